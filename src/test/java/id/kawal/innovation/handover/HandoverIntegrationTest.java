package id.kawal.innovation.handover;

import static id.kawal.innovation.handover.HandoverProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.identity.Person;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.innovation.Innovation;
import id.kawal.innovation.InnovationRegistry;
import id.kawal.innovation.OwnerChange;
import id.kawal.notification.Notification;
import id.kawal.notification.NotificationService;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The handover on the whole app (demo data, job executor off): through the pages and the API, the bad inputs each
 * refused next to its field or as a problem detail, who may do which step, and two people acting at once. Every test
 * makes its own innovation, owned by a fresh participant with an account, and its own head of that OPD.
 */
@KawalIntegrationTest
class HandoverIntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final List<String> DEMO_ACCOUNTS = List.of("admin", "opd1");

    @Autowired MockMvc mvc;
    @Autowired Plans plans;
    @Autowired ActionPlanRepository planRepository;
    @Autowired InnovationRegistry registry;
    @Autowired HandoverRepository handovers;
    @Autowired UserAccountService accounts;
    @Autowired NotificationService notifications;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;

    /** An innovation, its owner (an account), a head of its OPD, and a colleague of that OPD to succeed the owner. */
    record Case(Innovation innovation, String owner, String head, String colleague, String opd) {
    }

    private Case newCase() {
        int n = SEQUENCE.incrementAndGet();
        // the record of a plan on trial, owned by the plan's participant, in the participant's OPD
        ActionPlan plan = plans.enrol();
        Innovation record = registry.fromPlanOnTrial(plan.getId());
        String head = person("kepala.ht" + n, record.getOpd(), Role.OPD_HEAD);
        String colleague = person("penerus.ht" + n, record.getOpd(), Role.PARTICIPANT);
        return new Case(record, plan.getParticipant(), head, colleague, record.getOpd());
    }

    private String person(String username, String agency, Role role) {
        accounts.createUser(username, Plans.PASSWORD, new Person(username, "Nama " + username, Plans.freshNip(),
                "Staf", agency), List.of(role));
        return username;
    }

    private RequestPostProcessor as(String username) {
        return user(username).roles(accounts.rolesOf(username).stream().map(Role::name).toArray(String[]::new));
    }

    private MockHttpServletRequestBuilder api(String path, String who, String json, Object... vars) {
        return post(path, vars).with(httpBasic(who, DEMO_ACCOUNTS.contains(who) ? "demo" : Plans.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private Handover running(Innovation innovation) {
        return handovers.findByInnovationIdOrderByStartedAtDescIdDesc(innovation.getId()).get(0);
    }

    private String openTask(Innovation innovation) {
        return tasks.createTaskQuery().processInstanceId(running(innovation).getProcessInstanceId()).singleResult().getId();
    }

    private void rotate(Case c) throws Exception {
        mvc.perform(api("/api/innovations/{id}/handover", c.owner(), "{\"rotatedOn\":\"2025-11-03\",\"newAgency\":\"Kecamatan X\"}",
                c.innovation().getId())).andExpect(status().isCreated());
    }

    private List<String> notificationCodesOf(String username) {
        return notifications.latestFor(username).stream().map(Notification::getCode).toList();
    }

    @Test
    void theDemoHasSiapKawalsOwnerRotatedAndItsHeadAskedToNameTheSuccessor() throws Exception {
        Innovation siapKawal = registry.ofActionPlan(plans.reload(planRepository.findByParticipantOrderByIdDesc("peserta1")
                .get(0)).getId()).orElseThrow();
        assertThat(siapKawal.isHandingOver()).isTrue();
        Handover h = running(siapKawal);
        assertThat(h.getOutgoing().username()).isEqualTo("peserta1");
        assertThat(h.getStage()).isEqualTo(HandoverStage.NAMING_SUCCESSOR);
        assertThat(tasks.createTaskQuery().processInstanceId(h.getProcessInstanceId()).singleResult().getTaskDefinitionKey())
                .isEqualTo(NAME_SUCCESSOR);
        assertThat(accounts.rolesOf("kepala.kominfo")).containsExactly(Role.OPD_HEAD);
        assertThat(accounts.checkPassword("kepala.kominfo", "demo")).isTrue();
        mvc.perform(get("/").with(as("kepala.kominfo")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tunjuk penerus")))
                .andExpect(content().string(containsString(siapKawal.getName())));
        mvc.perform(get("/innovations/{id}", siapKawal.getId()).with(as("kepala.kominfo")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tanpa pemilik: menunggu penerus")));
    }

    @Test
    void theOwnerTheHeadAndTheSuccessorWalkTheHandoverThroughThePagesAndTheSuccessorBecomesTheOwner() throws Exception {
        Case c = newCase();
        Long id = c.innovation().getId();
        mvc.perform(get("/innovations/{id}", id).with(as(c.owner())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Catat mutasi pemilik")))
                .andExpect(content().string(containsString("action=\"/innovations/" + id + "/handover\"")));
        mvc.perform(get("/innovations/{id}", id).with(as("opd1")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"rotation-form\""))));
        mvc.perform(post("/innovations/{id}/handover", id).with(as(c.owner())).with(csrf())
                        .param("rotatedOn", "2025-11-03").param("newPosition", "Camat").param("newAgency", "Kecamatan X"))
                .andExpect(redirectedUrl("/innovations/" + id + "/handover"));

        // tanpa pemilik, menunggu penerus: on the record, in the registry's list, in the public catalogue without NIP
        Innovation released = registry.get(id);
        String oldNip = c.innovation().getOwner().nip();
        assertThat(released.isOwnerless()).isTrue();
        assertThat(released.isHandingOver()).isTrue();
        mvc.perform(get("/innovations/{id}", id).with(as("admin")))
                .andExpect(content().string(containsString("Tanpa pemilik: menunggu penerus")));
        mvc.perform(get("/innovations").param("opd", c.opd()).with(as("admin")))
                .andExpect(content().string(containsString("Tanpa pemilik: menunggu penerus")));
        mvc.perform(get("/public/innovations/{id}", id))
                .andExpect(content().string(containsString("Pemilik sedang diganti")))
                .andExpect(content().string(not(containsString(oldNip))));
        assertThat(notificationCodesOf(c.head())).contains("notify.handoverNameSuccessor");

        // the head finds the step in the home page's inbox, with its name, and names a colleague
        String naming = openTask(released);
        mvc.perform(get("/").with(as(c.head())))
                .andExpect(content().string(containsString("Tunjuk penerus")))
                .andExpect(content().string(containsString("/handover-tasks/" + naming)));
        mvc.perform(get("/handover-tasks/{t}", naming).with(as(c.head())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nama " + c.colleague())));
        mvc.perform(post("/handover-tasks/{t}/successor", naming).with(as(c.head())).with(csrf())
                        .param("successorUsername", c.colleague()))
                .andExpect(redirectedUrl("/innovations/" + id + "/handover"));
        assertThat(running(released).getStage()).isEqualTo(HandoverStage.HANDING_OVER);

        // the outgoing owner hands over; the successor reads the checklist and returns it once, with a reason
        String checklist = openTask(released);
        mvc.perform(get("/").with(as(c.owner())))
                .andExpect(content().string(containsString("Serahkan (daftar periksa serah terima)")));
        mvc.perform(post("/handover-tasks/{t}/checklist", checklist).with(as(c.owner())).with(csrf())
                        .param("documentsDone", "true").param("documentsNote", "SOP di lemari arsip")
                        .param("accountsDone", "true").param("contactsDone", "true")
                        .param("issuesNote", "Kontrak server belum diperpanjang"))
                .andExpect(redirectedUrl("/innovations/" + id + "/handover"));
        String accepting = openTask(released);
        mvc.perform(get("/handover-tasks/{t}", accepting).with(as(c.colleague())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SOP di lemari arsip")))
                .andExpect(content().string(containsString("Kontrak server belum diperpanjang")));
        mvc.perform(post("/handover-tasks/{t}/acceptance", accepting).with(as(c.colleague())).with(csrf())
                        .param("decision", "RETURN").param("reason", "Akun media sosial belum diserahkan"))
                .andExpect(redirectedUrl("/innovations/" + id + "/handover"));
        assertThat(running(released).getReturnReason()).isEqualTo("Akun media sosial belum diserahkan");
        assertThat(notificationCodesOf(c.owner())).contains("notify.handoverReturned");

        String again = openTask(released);
        mvc.perform(get("/handover-tasks/{t}", again).with(as(c.owner())))
                .andExpect(content().string(containsString("Akun media sosial belum diserahkan")));
        mvc.perform(post("/handover-tasks/{t}/checklist", again).with(as(c.owner())).with(csrf())
                        .param("documentsDone", "true").param("accountsDone", "true").param("accountsNote", "Akun IG dan FB")
                        .param("contactsDone", "true").param("issuesDone", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/handover-tasks/{t}/acceptance", openTask(released)).with(as(c.colleague())).with(csrf())
                        .param("decision", "ACCEPT"))
                .andExpect(redirectedUrl("/innovations/" + id + "/handover"));

        // the successor owns it; the history keeps the old owner and names the handover
        Innovation after = registry.get(id);
        assertThat(after.getOwner().username()).isEqualTo(c.colleague());
        assertThat(after.isHandingOver()).isFalse();
        List<OwnerChange> history = after.getOwnerHistory();
        assertThat(history).extracting(o -> o.getOwner().username())
                .containsSubsequence(c.owner(), null, c.colleague());
        assertThat(history.get(history.size() - 1).getHandoverId()).isEqualTo(running(released).getId());
        assertThat(running(released).getStage()).isEqualTo(HandoverStage.DONE);
        assertThat(running(released).getReturnedCount()).isEqualTo(1);
        assertThat(notificationCodesOf(c.owner())).contains("notify.handoverDone");
        assertThat(notificationCodesOf(c.colleague())).contains("notify.handoverDone");
        mvc.perform(get("/innovations/{id}/handover", id).with(as(c.colleague())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Riwayat serah terima")))
                .andExpect(content().string(containsString("Akun IG dan FB")));
    }

    @Test
    void badInputIsRefusedNextToItsFieldAndTheFormKeepsWhatWasTyped() throws Exception {
        Case c = newCase();
        Long id = c.innovation().getId();
        mvc.perform(post("/innovations/{id}/handover", id).with(as(c.owner())).with(csrf())
                        .param("rotatedOn", LocalDate.now().plusDays(5).toString()).param("newAgency", "Kecamatan Tetap"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanggal mutasi tidak boleh di masa depan")))
                .andExpect(content().string(containsString("Kecamatan Tetap")));
        assertThat(registry.get(id).isHandingOver()).isFalse();
        rotate(c);
        String naming = openTask(c.innovation());

        // the outgoing owner is no successor
        mvc.perform(post("/handover-tasks/{t}/successor", naming).with(as(c.head())).with(csrf())
                        .param("successorUsername", c.owner()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("adalah pemilik yang dimutasi")));
        // someone of another OPD only with the head's explicit approval
        String stranger = person("luar.ht" + SEQUENCE.incrementAndGet(), "Dinas Lain", Role.PARTICIPANT);
        mvc.perform(post("/handover-tasks/{t}/successor", naming).with(as(c.head())).with(csrf())
                        .param("successorUsername", stranger))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("centang persetujuan penerus dari OPD lain")));
        mvc.perform(api("/api/handover-tasks/{t}/successor", c.head(), "{\"successorName\":\"Budi\",\"successorAgency\":\"Dinas Lain\"}", naming))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.crossOpdConfirmed").exists());
        mvc.perform(api("/api/handover-tasks/{t}/successor", c.head(), "{}", naming))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.successorName").exists());
        assertThat(running(c.innovation()).getStage()).as("nothing saved").isEqualTo(HandoverStage.NAMING_SUCCESSOR);
        assertThat(tasks.createTaskQuery().taskId(naming).singleResult().getAssignee()).as("nor claimed").isNull();

        mvc.perform(api("/api/handover-tasks/{t}/successor", c.head(),
                        "{\"successorUsername\":\"" + stranger + "\",\"crossOpdConfirmed\":true}", naming))
                .andExpect(status().isOk()).andExpect(jsonPath("$.crossOpdConfirmed").value(true))
                .andExpect(jsonPath("$.stage").value("HANDING_OVER"));

        // an item not handed over needs a note; a return needs a reason
        String checklist = openTask(c.innovation());
        mvc.perform(api("/api/handover-tasks/{t}/checklist", c.owner(), "{\"documentsDone\":true}", checklist))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.accountsNote").exists())
                .andExpect(jsonPath("$.errors.issuesNote").exists());
        mvc.perform(api("/api/handover-tasks/{t}/checklist", c.owner(),
                "{\"documentsDone\":true,\"accountsDone\":true,\"contactsDone\":true,\"issuesDone\":true}", checklist))
                .andExpect(status().isOk());
        mvc.perform(api("/api/handover-tasks/{t}/acceptance", stranger, "{\"decision\":\"RETURN\"}", openTask(c.innovation())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reason").exists());
    }

    @Test
    void theOutgoingOwnerCannotBeTheSuccessorWhoeverNamesThem() throws Exception {
        Case c = newCase();
        // the outgoing owner also heads the OPD, so may name the successor: not themselves
        accounts.addRole(c.owner(), Role.OPD_HEAD);
        rotate(c);
        String naming = openTask(c.innovation());
        String self = "{\"successorUsername\":\"" + c.owner() + "\"}";
        mvc.perform(api("/api/handover-tasks/{t}/successor", c.owner(), self, naming))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.successorUsername").value(containsString("tidak dapat menunjuk diri sendiri")));
        mvc.perform(api("/api/handover-tasks/{t}/successor", "admin", self, naming))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.successorUsername").value(containsString("adalah pemilik yang dimutasi")));
        // nor by name and NIP without the account
        mvc.perform(api("/api/handover-tasks/{t}/successor", "admin", "{\"successorName\":\"Siapa Saja\",\"successorNip\":\""
                        + c.innovation().getOwner().nip() + "\"}", naming))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.successorName").exists());
        assertThat(running(c.innovation()).getStage()).isEqualTo(HandoverStage.NAMING_SUCCESSOR);
    }

    @Test
    void aRotationIsRecordedOnlyByTheOwnerOrAnAdministratorAndOnlyOnceAtATime() throws Exception {
        Case c = newCase();
        Long id = c.innovation().getId();
        for (String who : List.of(c.head(), c.colleague(), "opd1")) {
            mvc.perform(api("/api/innovations/{id}/handover", who, "{\"rotatedOn\":\"2025-11-03\"}", id))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/innovations/{id}/handover", id).with(as("opd1")).with(csrf()).param("rotatedOn", "2025-11-03"))
                .andExpect(status().isForbidden());
        assertThat(registry.get(id).isHandingOver()).isFalse();

        mvc.perform(api("/api/innovations/{id}/handover", "admin", "{\"rotatedOn\":\"2025-11-03\"}", id))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stage").value("NAMING_SUCCESSOR"))
                .andExpect(jsonPath("$.outgoing.username").value(c.owner()));
        mvc.perform(api("/api/innovations/{id}/handover", "admin", "{\"rotatedOn\":\"2025-11-04\"}", id))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(handovers.findByInnovationIdOrderByStartedAtDescIdDesc(id)).hasSize(1);
        // an innovation without owner has nobody to rotate
        String ownerless = mvc.perform(api("/api/innovations", "admin", "{\"name\":\"Inovasi tanpa pemilik "
                        + SEQUENCE.incrementAndGet() + "\",\"opd\":\"" + c.opd() + "\",\"form\":\"DIGITAL\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        Long ownerlessId = Long.valueOf(ownerless.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(api("/api/innovations/{id}/handover", "admin", "{\"rotatedOn\":\"2025-11-03\"}", ownerlessId))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.owner").exists());
        assertThat(handovers.findByInnovationIdOrderByStartedAtDescIdDesc(ownerlessId)).isEmpty();
    }

    @Test
    void onlyTheRightfulActorDoesEachStep() throws Exception {
        Case c = newCase();
        rotate(c);
        String naming = openTask(c.innovation());
        String otherHead = person("kepala.lain" + SEQUENCE.incrementAndGet(), "Dinas Lain", Role.OPD_HEAD);
        String body = "{\"successorUsername\":\"" + c.colleague() + "\"}";
        for (String who : List.of(otherHead, c.owner(), c.colleague())) {
            mvc.perform(api("/api/handover-tasks/{t}/successor", who, body, naming)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/handover-tasks/{t}", naming).with(as(otherHead))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(as(otherHead))).andExpect(content().string(not(containsString("/handover-tasks/" + naming))));
        mvc.perform(get("/").with(as("admin"))).andExpect(content().string(containsString("/handover-tasks/" + naming)));
        mvc.perform(api("/api/handover-tasks/{t}/successor", c.head(), body, naming)).andExpect(status().isOk());

        String checklist = openTask(c.innovation());
        String done = "{\"documentsDone\":true,\"accountsDone\":true,\"contactsDone\":true,\"issuesDone\":true}";
        for (String who : List.of(c.head(), c.colleague(), "admin")) {
            mvc.perform(api("/api/handover-tasks/{t}/checklist", who, done, checklist)).andExpect(status().isForbidden());
        }
        mvc.perform(api("/api/handover-tasks/{t}/acceptance", c.owner(), "{\"decision\":\"ACCEPT\"}", checklist))
                .andExpect(status().isForbidden());
        mvc.perform(api("/api/handover-tasks/{t}/checklist", c.owner(), done, checklist)).andExpect(status().isOk());
        // the same step again: already done
        mvc.perform(api("/api/handover-tasks/{t}/checklist", c.owner(), done, checklist)).andExpect(status().isConflict());

        String accepting = openTask(c.innovation());
        for (String who : List.of(c.owner(), c.head(), "admin")) {
            mvc.perform(api("/api/handover-tasks/{t}/acceptance", who, "{\"decision\":\"ACCEPT\"}", accepting))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(api("/api/handover-tasks/{t}/acceptance", c.colleague(), "{\"decision\":\"ACCEPT\"}", accepting))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("DONE"));
        mvc.perform(get("/api/innovations/{id}/handover", c.innovation().getId()).with(httpBasic(c.colleague(), Plans.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].successor.username").value(c.colleague()))
                .andExpect(jsonPath("$[0].checklist.documentsDone").value(true));
    }

    @Test
    void aSuccessorWithoutAccountIsNamedByNameAndTheHeadAcceptsForThem() throws Exception {
        Case c = newCase();
        rotate(c);
        mvc.perform(api("/api/handover-tasks/{t}/successor", "admin",
                        "{\"successorName\":\"Rina Wati\",\"successorNip\":\"123\",\"successorPosition\":\"Kasi\"}", openTask(c.innovation())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.successorNip").exists());
        mvc.perform(api("/api/handover-tasks/{t}/successor", "admin",
                        "{\"successorName\":\"Rina Wati\",\"successorPosition\":\"Kasi\"}", openTask(c.innovation())))
                .andExpect(status().isOk());
        mvc.perform(api("/api/handover-tasks/{t}/checklist", c.owner(),
                "{\"documentsDone\":true,\"accountsDone\":true,\"contactsDone\":true,\"issuesDone\":true}", openTask(c.innovation())))
                .andExpect(status().isOk());
        mvc.perform(api("/api/handover-tasks/{t}/acceptance", c.head(), "{\"decision\":\"ACCEPT\"}", openTask(c.innovation())))
                .andExpect(status().isOk());
        Innovation after = registry.get(c.innovation().getId());
        assertThat(after.getOwner().name()).isEqualTo("Rina Wati");
        assertThat(after.getOwner().username()).isNull();
        assertThat(after.isHandingOver()).isFalse();
    }

    @Test
    void noSuccessorInTimeTellsTheAdministratorsOnceAndTheStepStaysOpen() throws Exception {
        Case c = newCase();
        rotate(c);
        Handover h = running(c.innovation());
        Job timer = management.createJobQuery().processInstanceId(h.getProcessInstanceId()).singleResult();
        management.executeJob(timer.getId());
        assertThat(running(c.innovation()).getEscalatedAt()).isNotNull();
        long told = notifications.latestFor("admin").stream()
                .filter(n -> n.getCode().equals("notify.handoverEscalated") && n.getArgs()[0].equals(c.innovation().getName()))
                .count();
        assertThat(told).isEqualTo(1);
        assertThat(management.createJobQuery().processInstanceId(h.getProcessInstanceId()).count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(h.getProcessInstanceId()).singleResult().getTaskDefinitionKey())
                .isEqualTo(NAME_SUCCESSOR);
        mvc.perform(get("/").with(as(c.head()))).andExpect(content().string(containsString("Dilaporkan ke Bappeda")));
    }

    @Test
    void theOpenApiDocumentListsTheHandoverApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/innovations/{id}/handover'].get").exists())
                .andExpect(jsonPath("$.paths['/api/innovations/{id}/handover'].post").exists())
                .andExpect(jsonPath("$.paths['/api/me/handover-tasks'].get").exists())
                .andExpect(jsonPath("$.paths['/api/handover-tasks/{taskId}/successor'].post").exists())
                .andExpect(jsonPath("$.paths['/api/handover-tasks/{taskId}/checklist'].post").exists())
                .andExpect(jsonPath("$.paths['/api/handover-tasks/{taskId}/acceptance'].post").exists());
    }

    @Test
    void twoHeadsNamingAtOnceGiveOneSuccessAndOneConflict() throws Exception {
        Case c = newCase();
        rotate(c);
        String secondHead = person("kepala.dua" + SEQUENCE.incrementAndGet(), c.opd(), Role.OPD_HEAD);
        String naming = openTask(c.innovation());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MockHttpServletResponse>> responses = new ArrayList<>();
            for (String head : List.of(c.head(), secondHead)) {
                String body = "{\"successorUsername\":\"" + c.colleague() + "\"}";
                responses.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(api("/api/handover-tasks/{t}/successor", head, body, naming)).andReturn().getResponse();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<MockHttpServletResponse> response : responses) {
                statuses.add(response.get(60, TimeUnit.SECONDS).getStatus());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(running(c.innovation()).getStage()).isEqualTo(HandoverStage.HANDING_OVER);
    }
}
