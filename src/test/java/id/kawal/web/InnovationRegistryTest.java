package id.kawal.web;

import static id.kawal.actionplan.ActionPlanProcess.ISSUE_CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanCertificates;
import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.actionplan.ActionPlanWorkflow;
import id.kawal.certificate.Certificate;
import id.kawal.certificate.CertificateLifecycle;
import id.kawal.certificate.CorrectionForm;
import id.kawal.competition.Competition;
import id.kawal.competition.CompetitionService;
import id.kawal.competition.Entry;
import id.kawal.competition.EntryForm;
import id.kawal.competition.EntryRepository;
import id.kawal.competition.EntryService;
import id.kawal.identity.PersonRepository;
import id.kawal.innovation.Innovation;
import id.kawal.innovation.InnovationFilter;
import id.kawal.innovation.InnovationRegistry;
import id.kawal.innovation.InnovationStatus;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import id.kawal.support.Rounds;
import id.kawal.support.SqlStatements;
import id.kawal.system.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** The innovation registry on the demo data: where records come from, who may change them, what the public sees. */
@KawalIntegrationTest
class InnovationRegistryTest {

    @Autowired MockMvc mvc;
    @Autowired InnovationRegistry registry;
    @Autowired Plans plans;
    @Autowired ActionPlanWorkflow workflow;
    @Autowired ActionPlanCertificates sttpps;
    @Autowired ActionPlanRepository planRepository;
    @Autowired PersonRepository people;
    @Autowired CompetitionService competitions;
    @Autowired EntryRepository entries;
    @Autowired EntryService entryService;
    @Autowired Rounds rounds;
    @Autowired CertificateLifecycle lifecycle;

    private Innovation named(String opd, String q) {
        List<Innovation> found = registry.page(new InnovationFilter(opd, null, null, null, q, null, null), 0, 5).getContent();
        assertThat(found).as("%s of %s", q, opd).hasSize(1);
        return registry.get(found.get(0).getId());
    }

    private long recordsOfPlan(Long planId) {
        return registry.page(new InnovationFilter(null, null, null, null, null, null, List.of(planId)), 0, 5).getTotalElements();
    }

    @Test
    void aGraduatesSttppMakesOneRecordOwnedByTheParticipantAndIssuingAgainMakesNoSecond() {
        ActionPlan plan = plans.enrol();
        plans.toSeminar(plan);
        plans.score(plan, "90", "90", "90");
        Certificate sttpp = workflow.issueCertificate(plans.task(plan, ISSUE_CERTIFICATE), "admin");

        Innovation record = registry.ofActionPlan(plan.getId()).orElseThrow();
        var participant = people.findById(plan.getParticipant()).orElseThrow();
        assertThat(record.getStatus()).isEqualTo(InnovationStatus.BERJALAN);
        assertThat(record.getSttppSerial()).isEqualTo(sttpp.getSerial());
        assertThat(record.getOwner().nip()).isEqualTo(participant.getNip());
        assertThat(record.getOwner().position()).isEqualTo(participant.getPosition());
        assertThat(record.getOpd()).isEqualTo(participant.getAgency());
        assertThat(record.getName()).startsWith("Inovasi uji").doesNotContain(participant.getNip());

        // issuing again returns the certificate already issued; a retried listener finds the record it made
        assertThat(sttpps.issue(plan.getId(), "admin", "Sangat Memuaskan").getSerial()).isEqualTo(sttpp.getSerial());
        registry.fromGraduation(plan.getId(), sttpp.getSerial());
        assertThat(recordsOfPlan(plan.getId())).isEqualTo(1);

        // a corrected STTPP is a new certificate of the same plan: the same record, now naming the corrected serial
        CorrectionForm correction = CorrectionForm.of(sttpp);
        correction.setReason("Salah ketik nama");
        Certificate corrected = lifecycle.reissue(sttpp.getSerial(), "admin", correction);
        assertThat(recordsOfPlan(plan.getId())).isEqualTo(1);
        assertThat(registry.ofActionPlan(plan.getId()).orElseThrow().getSttppSerial()).isEqualTo(corrected.getSerial());
    }

    @Test
    void theDemoHasTheFiveInnovationsOf2025AndSiapKawalCameFromItsSttpp() {
        for (String participant : List.of("peserta1", "peserta2", "peserta3", "peserta4", "peserta5")) {
            ActionPlan plan = planRepository.findByParticipantOrderByIdDesc(participant).get(0);
            assertThat(registry.ofActionPlan(plan.getId())).as(participant).isPresent();
        }
        Innovation siapKawal = registry.ofActionPlan(planRepository.findByParticipantOrderByIdDesc("peserta1").get(0).getId())
                .orElseThrow();
        assertThat(siapKawal.getSttppSerial()).isNotNull();
        assertThat(siapKawal.getAcronym()).isEqualTo("SIAP KAWAL");
    }

    @Test
    void theWinnersOf2023AreLinkedToTheirEntriesWithTheirPiagam() throws Exception {
        Competition round = competitions.all().stream().filter(c -> c.getName().equals("Layanan Inovasi Daerah 2023"))
                .findFirst().orElseThrow();
        List<Entry> round2023 = entries.findByCompetitionIdOrderBySubmittedAtAscIdAsc(round.getId());
        for (Entry e : round2023) {
            assertThat(registry.ofEntry(e.getId())).as(e.getInnovationTitle()).isPresent();
        }
        Innovation jempol = named("RSUD Bendan", "jempol");
        Entry jempolEntry = round2023.stream().filter(e -> e.getInnovationTitle().startsWith("JEMPOL")).findFirst().orElseThrow();
        mvc.perform(get("/entries/{id}", jempolEntry.getId()).with(user("opd1").roles("OPD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/innovations/" + jempol.getId())));
        mvc.perform(get("/api/innovations/{id}", jempol.getId()).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.awards[0].competitionName").value("Layanan Inovasi Daerah 2023"))
                .andExpect(jsonPath("$.awards[0].achievement").isNotEmpty())
                .andExpect(jsonPath("$.awards[0].verifyUrl", containsString("/verify/")));
    }

    @Test
    void anInnovationEnteredAgainIsTheSameRecordChosenOrFoundByName() {
        Competition round = rounds.open(Rounds.form("Registri", List.of("juri1")));
        Innovation jempol = named("RSUD Bendan", "jempol");
        EntryForm chosen = new EntryForm("JEMPOL", "Pembayaran daring", LocalDate.of(2021, 1, 1));
        chosen.setInnovationId(jempol.getId());
        Entry again = entryService.submit(round.getId(), "opd1", chosen, Map.of());
        Entry byName = entryService.submit(round.getId(), "opd3", new EntryForm("  lampah simas BERES ", "Sampah",
                LocalDate.of(2021, 1, 1)), Map.of());

        assertThat(registry.ofEntry(again.getId())).contains(jempol.getId());
        assertThat(registry.get(jempol.getId()).getEntries()).hasSizeGreaterThanOrEqualTo(2);
        Innovation lampah = named("Kecamatan Pekalongan Selatan", "lampah");
        assertThat(registry.ofEntry(byName.getId())).contains(lampah.getId());
    }

    @Test
    void anOfficerMayNotEnterAnotherOpdsInnovation() {
        Competition round = rounds.open(Rounds.form("Registri asing", List.of("juri1")));
        Innovation jempol = named("RSUD Bendan", "jempol");
        EntryForm form = new EntryForm("Bukan milik kami", "x", LocalDate.of(2021, 1, 1));
        form.setInnovationId(jempol.getId());
        assertThatThrownBy(() -> entryService.submit(round.getId(), "opd3", form, Map.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theEntryFormOffersTheOpdsRecordsAndFillsItselfFromOne() throws Exception {
        Competition open = competitions.all().stream().filter(c -> c.getName().startsWith("Kompetisi Inovasi Pelayanan Publik"))
                .findFirst().orElseThrow();
        Innovation ratri = named("RSUD Bendan", "ratri");
        mvc.perform(get("/competitions/{id}/entries/new", open.getId()).param("innovation", ratri.getId().toString())
                        .with(user("opd1").roles("OPD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"from-registry\"")))
                .andExpect(content().string(containsString("value=\"" + ratri.getName() + "\"")));
    }

    @Test
    void anOfficerOfAnotherOpdMayNotChangeARecord() throws Exception {
        Innovation jempol = named("RSUD Bendan", "jempol");
        mvc.perform(post("/api/innovations/{id}", jempol.getId()).with(httpBasic("opd3", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"JEMPOL diambil\",\"form\":\"DIGITAL\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/innovations/{id}/status", jempol.getId()).with(user("opd3").roles("OPD")).with(csrf())
                        .param("status", "TERHENTI").param("changedOn", "2025-01-01").param("reason", "x"))
                .andExpect(status().isForbidden());
        assertThat(registry.get(jempol.getId()).getName()).startsWith("JEMPOL (");
        assertThat(registry.get(jempol.getId()).getStatus()).isEqualTo(InnovationStatus.BERJALAN);
    }

    @Test
    void aSecondInnovationOfTheSameNameInOneOpdIsRefusedOnTheNameField() throws Exception {
        mvc.perform(post("/api/innovations").with(httpBasic("opd1", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"ratri obat (ora usah antri tunggu obat)\",\"form\":\"DIGITAL\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasKey("name")));
        mvc.perform(post("/innovations").with(user("opd1").roles("OPD")).with(csrf())
                        .param("name", " RATRI Obat (Ora Usah Antri Tunggu Obat) ").param("form", "DIGITAL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name"));
    }

    @Test
    void anOfficerRegistersForTheirOwnOpdAndAStaleVersionIsAConflict() throws Exception {
        String body = mvc.perform(post("/api/innovations").with(httpBasic("opd3", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Bank Sampah Digital\",\"opd\":\"Bappeda\",\"form\":\"DIGITAL\",\"status\":\"UJI_COBA\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.innovation.opd").value("Kecamatan Pekalongan Selatan"))
                .andExpect(jsonPath("$.innovation.owner").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/innovations/{id}/status", id).with(httpBasic("opd3", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"TERHENTI\",\"changedOn\":\"2025-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasKey("reason")));
        mvc.perform(post("/api/innovations/{id}", id).with(httpBasic("opd3", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Bank Sampah Digital\",\"form\":\"DIGITAL\",\"version\":99}"))
                .andExpect(status().isConflict());
    }

    @Test
    void thePublicSeesTheOwnersPositionButNeverTheNipAndNoStoppedInnovation() throws Exception {
        Innovation kakHubin = registry.ofActionPlan(planRepository.findByParticipantOrderByIdDesc("peserta2").get(0).getId())
                .orElseThrow();
        String nip = kakHubin.getOwner().nip();
        assertThat(nip).isNotBlank();
        mvc.perform(get("/public/innovations/{id}", kakHubin.getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kepala Bidang HI dan Jamsos")))
                .andExpect(content().string(not(containsString(nip))));
        mvc.perform(get("/api/public/innovations/{id}", kakHubin.getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(nip))))
                .andExpect(jsonPath("$.innovation.ownerPosition").value("Kepala Bidang HI dan Jamsos"));
        // SIAP KAWAL's owner was rotated in the demo: "pemilik sedang diganti", and still not the old owner's NIP
        Innovation siapKawal = registry.ofActionPlan(planRepository.findByParticipantOrderByIdDesc("peserta1").get(0).getId())
                .orElseThrow();
        String oldNip = people.findById("peserta1").orElseThrow().getNip();
        mvc.perform(get("/public/innovations/{id}", siapKawal.getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pemilik sedang diganti")))
                .andExpect(content().string(not(containsString(oldNip))))
                .andExpect(content().string(containsString("/verify/" + siapKawal.getSttppSerial())));
        mvc.perform(get("/api/public/innovations/{id}", siapKawal.getId()))
                .andExpect(content().string(not(containsString(oldNip))))
                .andExpect(jsonPath("$.innovation.ownerBeingReplaced").value(true));
        Innovation sipandu = named("Bappeda", "sipandu");
        assertThat(sipandu.getStatus()).isEqualTo(InnovationStatus.TERHENTI);
        assertThat(sipandu.getStatusHistory().get(sipandu.getStatusHistory().size() - 1).getReason()).contains("dimutasi");
        mvc.perform(get("/public/innovations/{id}", sipandu.getId())).andExpect(status().isNotFound());
        mvc.perform(get("/public/innovations").param("q", "sipandu"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("SIPANDU"))));
    }

    @Test
    void theListIsPagedLikeTheOtherListsAndAParticipantSeesOnlyTheirOwn() throws Exception {
        mvc.perform(get("/api/innovations").param("size", "2").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(12)));
        mvc.perform(get("/api/innovations").param("page", "-1").with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors", hasKey("page")));
        mvc.perform(get("/api/innovations").with(httpBasic("peserta2", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].acronym").value("KAK HUBIN"));
        Innovation siapKawal = registry.ofActionPlan(planRepository.findByParticipantOrderByIdDesc("peserta1").get(0).getId())
                .orElseThrow();
        mvc.perform(get("/innovations/{id}", siapKawal.getId()).with(user("peserta2").roles("PARTICIPANT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/innovations/{id}", siapKawal.getId()).with(user("mentor").roles("MENTOR")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("SIAP KAWAL")));
        mvc.perform(get("/innovations").param("status", "TERHENTI").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("SIPANDU")));
    }

    @Test
    void evidenceDocumentsPassTheUsualChecksAndAreReadByWhoMayReadTheRecord() throws Exception {
        Innovation ratri = named("RSUD Bendan", "ratri");
        mvc.perform(multipart("/innovations/{id}/documents", ratri.getId())
                        .file(new MockMultipartFile("files", "bukti.pdf", "application/pdf", "MZ not a pdf".getBytes()))
                        .with(user("opd1").roles("OPD")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bukti.pdf")));
        assertThat(registry.documentsOf(ratri.getId())).isEmpty();

        mvc.perform(multipart("/innovations/{id}/documents", ratri.getId()).file(Plans.pdf("bukti.pdf"))
                        .with(user("opd1").roles("OPD")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Long document = registry.documentsOf(ratri.getId()).get(0).getId();
        // the record shows the evidence itself: the PDF's first page as a preview, not only its name
        mvc.perform(get("/innovations/{id}", ratri.getId()).with(user("opd3").roles("OPD")))
                .andExpect(content().string(containsString("/documents/" + document + "/preview")));
        mvc.perform(get("/documents/{id}", document).with(user("opd3").roles("OPD"))).andExpect(status().isOk());
        mvc.perform(get("/documents/{id}", document).with(user("peserta2").roles("PARTICIPANT")))
                .andExpect(status().isForbidden());
    }

    @Test
    void editingTheOwnerKeepsTheHistoryAndAnEmptyOwnerIsShownAsSuch() throws Exception {
        Innovation dakon = named("UPTD Museum Batik", "dakon");
        assertThat(dakon.isOwnerless()).isTrue();
        mvc.perform(post("/innovations/{id}", dakon.getId()).with(user("opd5").roles("OPD")).with(csrf())
                        .param("name", dakon.getName()).param("form", "DIGITAL").param("version", String.valueOf(dakon.getVersion()))
                        .param("ownerName", "Dewi Lestari, S.Hum.").param("ownerPosition", "Pengelola Koleksi"))
                .andExpect(status().is3xxRedirection());
        Innovation owned = registry.get(dakon.getId());
        assertThat(owned.getOwner().position()).isEqualTo("Pengelola Koleksi");
        assertThat(owned.getOwnerHistory()).hasSize(2);
        mvc.perform(get("/innovations").param("q", "ratri").with(user("opd1").roles("OPD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanpa pemilik")));
    }

    @Test
    void aPageOfTheListCostsTheSameStatementsForOneRowAsForTwenty() throws Exception {
        var one = get("/innovations").param("status", "TERHENTI").with(user("admin").roles("ADMIN"));
        var many = get("/innovations").with(user("admin").roles("ADMIN"));
        mvc.perform(many).andExpect(status().isOk());
        Page<Innovation> firstPage = registry.page(new InnovationFilter(null, null, null, null, null, null, null), 0, 20);
        assertThat(firstPage.getNumberOfElements()).isGreaterThanOrEqualTo(12);
        // newest first: other tests in this database may have registered more, so the page's own first row is expected
        String newest = HtmlUtils.htmlEscape(firstPage.getContent().get(0).getName());
        // a first page shorter than the page size needs no count (Spring Data knows the total), a full one does:
        // the count is one statement whatever the number of rows, so both lists are compared without it
        List<String> forOne = withoutCount(SqlStatements.of(() -> perform(one, "Terhenti")));
        List<String> forMany = withoutCount(SqlStatements.of(() -> perform(many, newest)));
        assertThat(forOne).as("the page reads the registry").anyMatch(sql -> sql.toLowerCase().contains("from innovation"));
        assertThat(forMany).as("statements for a full page:%n%s", String.join("\n", forMany)).hasSize(forOne.size());
    }

    private static List<String> withoutCount(List<String> statements) {
        return statements.stream().filter(sql -> !sql.toLowerCase().startsWith("select count(")).toList();
    }

    private void perform(RequestBuilder request, String expected) {
        try {
            mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(containsString(expected)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
