package id.kawal.web;

import static id.kawal.innovation.check.InnovationCheckProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.ActionPlan;
import id.kawal.document.DocumentService;
import id.kawal.identity.Person;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.innovation.CheckOutcome;
import id.kawal.innovation.Evidence;
import id.kawal.innovation.Innovation;
import id.kawal.innovation.InnovationCheck;
import id.kawal.innovation.InnovationCheckRepository;
import id.kawal.innovation.InnovationFilter;
import id.kawal.innovation.InnovationRegistry;
import id.kawal.innovation.InnovationStatus;
import id.kawal.innovation.RegistrationForm;
import id.kawal.innovation.check.CheckAnswerForm;
import id.kawal.innovation.check.InnovationChecks;
import id.kawal.innovation.check.RoundAlreadyStartedException;
import id.kawal.notification.NotificationService;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import id.kawal.system.ConflictException;
import id.kawal.system.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The yearly "still running?" check on the demo data: a year's round, the answers and what they change in the
 * registry, the reminder, the escalation to the OPD's head and the end without an answer, who may answer, bad input.
 * Timers are run by executing their jobs.
 */
@KawalIntegrationTest
class InnovationCheckTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired InnovationChecks checks;
    @Autowired InnovationCheckRepository checkRows;
    @Autowired InnovationRegistry registry;
    @Autowired Plans plans;
    @Autowired UserAccountService accounts;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired NotificationService notifications;
    @Autowired DocumentService documents;

    private static Authentication as(String username, Role... roles) {
        return new UsernamePasswordAuthenticationToken(username, null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }

    private static final Authentication ADMIN = as("admin", Role.ADMIN);

    /** A running innovation of "Dinas Uji" whose owner has a Kawal account (a participant's, from their plan). */
    private Innovation ownedInnovation() {
        ActionPlan plan = plans.enrol();
        return registry.fromPlanOnTrial(plan.getId());
    }

    /** A running innovation of RSUD Bendan without owner: its OPD officers (opd1) are asked. */
    private Innovation ownerlessInnovationOfRsudBendan() {
        RegistrationForm form = new RegistrationForm();
        form.setName("Inovasi Cek " + SEQUENCE.incrementAndGet() + " " + System.nanoTime());
        form.setOpd("RSUD Bendan");
        form.setStartedOn(LocalDate.of(2022, 1, 3));
        return registry.register(form, ADMIN);
    }

    private String headOf(String opd) {
        String username = "kepala" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
        accounts.createUser(username, Plans.PASSWORD, new Person(username, "Kepala " + opd, Plans.freshNip(), "Kepala", opd),
                List.of(Role.OPD_HEAD));
        return username;
    }

    private InnovationCheck start(Innovation innovation, int year) {
        return checks.startOne(innovation.getId(), year, ADMIN);
    }

    private Task task(InnovationCheck check, String key) {
        return tasks.createTaskQuery().processInstanceId(check.getProcessInstanceId()).taskDefinitionKey(key).singleResult();
    }

    private void runTimer(InnovationCheck check, String boundaryEventId) {
        Job job = management.createJobQuery().processInstanceId(check.getProcessInstanceId()).timers()
                .activityId(boundaryEventId).singleResult();
        assertThat(job).as("timer %s", boundaryEventId).isNotNull();
        management.executeJob(job.getId());
    }

    private InnovationCheck reload(InnovationCheck check) {
        return checkRows.findById(check.getId()).orElseThrow();
    }

    private String participantOf(Innovation innovation) {
        return innovation.getOwner().username();
    }

    // ---- the year's round

    @Test
    void aRoundStartsOneCheckPerRunningInnovationInBatchJobsAndASecondStartIsRefusedWithTheCount() throws Exception {
        int year = 2019;
        long running = registry.page(new InnovationFilter(null, null, null, null, null, null, null), 0, 1).getTotalElements()
                - countNotRunning();

        String body = mvc.perform(post("/api/innovations/checks/rounds").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"year\":" + year + "}"))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.year").value(year))
                .andReturn().getResponse().getContentAsString();
        String round = body.replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1");
        for (int batch = 0; batch < 100 && runtime.createProcessInstanceQuery().processInstanceId(round).count() > 0; batch++) {
            Job next = management.createJobQuery().processInstanceId(round).singleResult();
            management.executeJob(next.getId());
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(round).count()).as("round ended").isZero();

        assertThat(checkRows.countByYear(year)).isEqualTo(running).isPositive();
        assertThat(checks.summary(year, null).waiting()).isEqualTo(running);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CHECK_PROCESS_ID).variableValueEquals(VAR_YEAR, year)
                .count()).isEqualTo(running);

        mvc.perform(post("/api/innovations/checks/rounds").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"year\":" + year + "}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.existingChecks").value(running))
                .andExpect(jsonPath("$.detail", containsString(String.valueOf(running))));
        assertThat(checkRows.countByYear(year)).as("nothing started twice").isEqualTo(running);
        mvc.perform(post("/innovations/checks/rounds").param("year", String.valueOf(year)).with(csrf())
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "check.roundStartedCount"))
                .andExpect(flash().attribute("messageArg", running));

        mvc.perform(get("/innovations/checks").param("year", String.valueOf(year)).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"count-waiting\">" + running + "<")));
        mvc.perform(get("/api/innovations/checks").param("year", String.valueOf(year)).param("opd", "RSUD Bendan")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].opd").value("RSUD Bendan"))
                .andExpect(jsonPath("$.summary.waiting").isNumber());
    }

    private long countNotRunning() {
        long all = 0;
        for (InnovationStatus s : InnovationStatus.values()) {
            if (!InnovationStatus.RUNNING.contains(s)) {
                all += registry.page(new InnovationFilter(null, s, null, null, null, null, null), 0, 1).getTotalElements();
            }
        }
        return all;
    }

    @Test
    void aCheckIsNeverStartedTwiceForOneInnovationAndYearNorForAStoppedOneNorForAFutureYear() {
        Innovation innovation = ownedInnovation();
        start(innovation, 2020);

        assertThatThrownBy(() -> start(innovation, 2020)).isInstanceOf(ConflictException.class).hasMessage("check.exists");
        assertThat(checkRows.countByYear(2020)).isEqualTo(1);
        assertThatThrownBy(() -> checks.startOne(innovation.getId(), LocalDate.now().getYear() + 1, ADMIN))
                .isInstanceOf(InvalidInputException.class);
        Innovation sipandu = registry.page(new InnovationFilter("Bappeda", InnovationStatus.TERHENTI, null, null, "sipandu",
                null, null), 0, 1).getContent().get(0);
        assertThatThrownBy(() -> checks.startOne(sipandu.getId(), 2020, ADMIN)).hasMessage("check.notRunning");
        assertThatThrownBy(() -> checks.startRound(2020, ADMIN)).isInstanceOf(RoundAlreadyStartedException.class);

        // the yearly timer's round of a year with a check already: that innovation is skipped, every other one started
        long running = registry.page(new InnovationFilter(null, null, null, null, null, null, null), 0, 1).getTotalElements()
                - countNotRunning();
        InnovationChecks.Batch batch = checks.startBatch(2020, 0, SYSTEM);
        assertThat(batch.started()).isEqualTo(running - 1);
        assertThat(checkRows.countByYear(2020)).isEqualTo(running);
        assertThat(checks.startBatch(2020, 0, SYSTEM).started()).as("a retried batch starts nothing twice").isZero();
    }

    // ---- answers

    @Test
    void theOwnerSeesTheQuestionAtHomeAndAnswersRunningWithAUsageFigure() throws Exception {
        Innovation innovation = ownedInnovation();
        InnovationCheck check = start(innovation, 2021);
        String owner = participantOf(innovation);
        Task question = task(check, CONFIRM_STILL_RUNNING);

        mvc.perform(get("/").with(user(owner).roles("PARTICIPANT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Konfirmasi inovasi masih berjalan")))
                .andExpect(content().string(containsString("/innovations/checks/tasks/" + question.getId())));
        mvc.perform(get("/innovations/checks/tasks/" + question.getId()).with(user(owner).roles("PARTICIPANT")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(innovation.getName())))
                .andExpect(content().string(containsString("Dinas Uji")));

        mvc.perform(post("/innovations/checks/tasks/" + question.getId()).with(csrf()).with(user(owner).roles("PARTICIPANT"))
                        .param("outcome", "BERJALAN").param("usage", "120").param("usageOn", LocalDate.now().minusDays(3).toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(reload(check).getOutcome()).isEqualTo(CheckOutcome.BERJALAN);
        assertThat(reload(check).getAnsweredBy()).isEqualTo(owner);
        Innovation after = registry.get(innovation.getId());
        assertThat(after.getEvidence()).extracting(Evidence::getFigure).containsExactly(new BigDecimal("120.00"));
        assertThat(after.getStatus()).isEqualTo(InnovationStatus.UJI_COBA);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(check.getProcessInstanceId()).count()).isZero();
        mvc.perform(get("/innovations/" + innovation.getId()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"check-history\"")))
                .andExpect(content().string(containsString("2021")));

        // the same answer again, a double click: the question is gone
        mvc.perform(post("/api/innovations/checks/tasks/" + question.getId()).with(httpBasic(owner, Plans.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"BERJALAN\",\"url\":\"https://example.go.id/x\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void anAnswerThatItStoppedStopsTheRecordWithItsDateAndReason() throws Exception {
        Innovation innovation = ownedInnovation();
        InnovationCheck check = start(innovation, 2021);
        String owner = participantOf(innovation);
        Task question = task(check, CONFIRM_STILL_RUNNING);
        LocalDate stopped = LocalDate.now().minusMonths(2);

        mvc.perform(post("/api/innovations/checks/tasks/" + question.getId()).with(httpBasic(owner, Plans.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"TERHENTI\",\"stoppedOn\":\"" + stopped + "\",\"reason\":\"Anggaran tidak ada lagi\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("TERHENTI"));

        Innovation after = registry.get(innovation.getId());
        assertThat(after.getStatus()).isEqualTo(InnovationStatus.TERHENTI);
        assertThat(after.getStatusSince()).isEqualTo(stopped);
        assertThat(after.getStatusHistory()).anyMatch(c -> c.getStatus() == InnovationStatus.TERHENTI
                && c.getChangedOn().equals(stopped) && "Anggaran tidak ada lagi".equals(c.getReason()));
        assertThat(reload(check).getReason()).isEqualTo("Anggaran tidak ada lagi");
        assertThat(reload(check).getStoppedOn()).isEqualTo(stopped);
    }

    @Test
    void badAnswersAreRefusedNextToTheirFieldsAndChangeNothing() throws Exception {
        Innovation innovation = ownedInnovation();
        InnovationCheck check = start(innovation, 2021);
        String owner = participantOf(innovation);
        String url = "/api/innovations/checks/tasks/" + task(check, CONFIRM_STILL_RUNNING).getId();

        mvc.perform(post(url).with(httpBasic(owner, Plans.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"BERJALAN\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.usage").exists());
        mvc.perform(post(url).with(httpBasic(owner, Plans.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"TERHENTI\",\"stoppedOn\":\"" + LocalDate.now().minusDays(1) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reason").exists());
        mvc.perform(post(url).with(httpBasic(owner, Plans.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"TERHENTI\",\"stoppedOn\":\"" + LocalDate.now().plusDays(10) + "\",\"reason\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.stoppedOn").exists());
        mvc.perform(post(url).with(httpBasic(owner, Plans.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"BERJALAN\",\"usage\":5,\"usageOn\":\"" + LocalDate.now().plusDays(3) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.usageOn").exists());
        mvc.perform(post(url).with(httpBasic(owner, Plans.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"BERJALAN\",\"url\":\"bukan alamat\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.url").exists());
        mvc.perform(post(url).with(httpBasic(owner, Plans.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.outcome").exists());
        // the page: the message next to the field, the question still there
        mvc.perform(multipart("/innovations/checks/tasks/" + task(check, CONFIRM_STILL_RUNNING).getId()).with(csrf())
                        .with(user(owner).roles("PARTICIPANT")).param("outcome", "BERJALAN"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "usage"))
                .andExpect(content().string(containsString("paling sedikit satu bukti")));

        assertThat(reload(check).isWaiting()).isTrue();
        assertThat(registry.get(innovation.getId()).getEvidence()).isEmpty();
        assertThat(task(check, CONFIRM_STILL_RUNNING).getAssignee()).as("a refused answer takes nothing").isNull();
    }

    @Test
    void onlyThoseAskedMayAnswer() throws Exception {
        Innovation innovation = ownerlessInnovationOfRsudBendan();
        InnovationCheck check = start(innovation, 2021);
        Task question = task(check, CONFIRM_STILL_RUNNING);
        String page = "/innovations/checks/tasks/" + question.getId();

        mvc.perform(get(page).with(user("opd3").roles("OPD"))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(user("peserta2").roles("PARTICIPANT"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/innovations/checks/tasks/" + question.getId()).with(httpBasic("opd3", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"BERJALAN\",\"url\":\"https://a.go.id\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/innovations/checks").with(user("opd1").roles("OPD"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/innovations/checks/rounds").with(httpBasic("opd1", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"year\":2018}")).andExpect(status().isForbidden());

        // the OPD's officer answers for an innovation without owner, with a document through the usual checks
        // (on one of the home page's pages of questions: other tests of the same context ask opd1 too)
        boolean onTheHomePage = false;
        for (int checkTasksPage = 0; checkTasksPage < 10 && !onTheHomePage; checkTasksPage++) {
            onTheHomePage = mvc.perform(get("/").param("checkTasksPage", String.valueOf(checkTasksPage))
                            .with(user("opd1").roles("OPD")))
                    .andReturn().getResponse().getContentAsString().contains("/innovations/checks/tasks/" + question.getId());
        }
        assertThat(onTheHomePage).as("the question is in opd1's inbox on the home page").isTrue();
        mvc.perform(multipart(page).file(Plans.pdf("bukti.pdf")).with(csrf()).with(user("opd1").roles("OPD"))
                        .param("outcome", "BERJALAN"))
                .andExpect(status().is3xxRedirection());
        assertThat(reload(check).getOutcome()).isEqualTo(CheckOutcome.BERJALAN);
        assertThat(reload(check).getAnsweredBy()).isEqualTo("opd1");
        assertThat(documents.ofInnovation(innovation.getId())).hasSize(1);
    }

    @Test
    void twoAnsweringAtOnceGiveOneAnswerAndAConflict() throws Exception {
        Innovation innovation = ownedInnovation();
        InnovationCheck check = start(innovation, 2021);
        String taskId = task(check, CONFIRM_STILL_RUNNING).getId();
        String owner = participantOf(innovation);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> answers = new ArrayList<>();
            for (Authentication who : List.of(as(owner, Role.PARTICIPANT), ADMIN)) {
                answers.add(() -> {
                    go.await();
                    try {
                        checks.answer(taskId, CheckAnswerForm.running(null, null, "https://inovasi.go.id/" + who.getName()),
                                List.of(), who);
                        return "ok";
                    } catch (ConflictException | OptimisticLockingException e) {
                        return "409";
                    }
                });
            }
            List<Future<String>> results = answers.stream().map(pool::submit).toList();
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            Collections.sort(outcomes);
            assertThat(outcomes).containsExactly("409", "ok");
        } finally {
            pool.shutdownNow();
        }
        assertThat(registry.get(innovation.getId()).getEvidence()).hasSize(1);
    }

    // ---- reminder, escalation, no answer

    @Test
    void afterTheReminderTheOpdHeadIsToldAndAnswers() throws Exception {
        Innovation innovation = ownedInnovation();
        String head = headOf("Dinas Uji");
        InnovationCheck check = start(innovation, 2021);
        String owner = participantOf(innovation);

        runTimer(check, CHECK_DEADLINE);
        assertThat(notifications.latestFor(owner)).extracting(n -> n.getCode()).contains("notify.checkReminder");

        runTimer(check, CHECK_ESCALATION_DUE);
        assertThat(notifications.latestFor(head)).extracting(n -> n.getCode()).contains("notify.checkEscalated");
        Task headQuestion = task(check, CONFIRM_STILL_RUNNING_HEAD);
        assertThat(headQuestion).isNotNull();
        mvc.perform(get("/").with(user(head).roles("OPD_HEAD")))
                .andExpect(content().string(containsString("Konfirmasi inovasi masih berjalan (kepala OPD)")));
        mvc.perform(get("/innovations/checks/tasks/" + headQuestion.getId()).with(user(owner).roles("PARTICIPANT")))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/innovations/checks/tasks/" + headQuestion.getId()).with(httpBasic(head, Plans.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"BERJALAN\",\"usage\":40,\"usageOn\":\"" + LocalDate.now() + "\"}"))
                .andExpect(status().isOk());

        assertThat(reload(check).getAnsweredBy()).isEqualTo(head);
        assertThat(tasks.createTaskQuery().processInstanceId(check.getProcessInstanceId()).count())
                .as("the owner's question is withdrawn too").isZero();
    }

    @Test
    void withoutAnyAnswerTheYearIsUnknownAndSoIsTheRecord() throws Exception {
        Innovation innovation = ownedInnovation();
        InnovationCheck check = start(innovation, 2021);

        runTimer(check, CHECK_DEADLINE);
        runTimer(check, CHECK_ESCALATION_DUE);
        runTimer(check, CHECK_FINAL_DEADLINE);

        assertThat(reload(check).getOutcome()).isEqualTo(CheckOutcome.TIDAK_DIKETAHUI);
        assertThat(registry.get(innovation.getId()).getStatus()).isEqualTo(InnovationStatus.TIDAK_DIKETAHUI);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(check.getProcessInstanceId()).count()).isZero();
        mvc.perform(get("/api/innovations/" + innovation.getId() + "/checks").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].outcome").value("TIDAK_DIKETAHUI"))
                .andExpect(content().string(not(containsString("BERJALAN"))));
    }
}
