package id.kawal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.competition.Competition;
import id.kawal.competition.CompetitionProcess;
import id.kawal.competition.CompetitionService;
import id.kawal.competition.Entry;
import id.kawal.competition.EntryRepository;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import java.io.ByteArrayInputStream;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The competition API and pages on the demo data: rules, visibility, problems for bad input. */
@KawalIntegrationTest
class CompetitionApiTest {

    @Autowired MockMvc mvc;
    @Autowired CompetitionService competitions;
    @Autowired EntryRepository entries;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;

    private Competition named(String prefix) {
        return competitions.all().stream().filter(c -> c.getName().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void weightsThatDoNotSumTo100AreAProblemNamingTheRule() throws Exception {
        mvc.perform(post("/api/competitions").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Uji bobot","organiser":"Bappeda","year":2026,"kind":"LOCAL",
                                 "submissionOpensAt":"2026-01-01T08:00:00","submissionClosesAt":"2026-02-01T08:00:00",
                                 "eligibleFrom":"2019-01-01","eligibleUntil":"2025-12-31","completionDays":5,
                                 "scoringDeadline":"2026-03-01","entryLimitPerOpd":2,"shortlistSize":3,"tieBreak":"HEAVIEST_CRITERION",
                                 "jurors":["juri1"],"criteria":[{"name":"Manfaat","weight":60},{"name":"Akses","weight":30}],
                                 "awards":[{"name":"Juara 1","placed":true}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasKey("weightsSumTo100")));
        Assertions.assertThat(competitions.all()).noneMatch(c -> c.getName().equals("Uji bobot"));
    }

    @Test
    void anEntryAfterTheWindowIsRefusedWithTheWindowInTheMessage() throws Exception {
        Competition finished = named("Layanan Inovasi Daerah 2023");
        mvc.perform(multipart("/api/competitions/{id}/entries", finished.getId()).param("innovationTitle", "Terlambat")
                        .param("summary", "x").param("implementedOn", "2021-01-01").with(httpBasic("opd1", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.competition", containsString("2023-09-29")));
    }

    @Test
    void aDocumentOfTheWrongKindIsRefusedAndNoEntryIsMade() throws Exception {
        Competition open = named("Kompetisi Inovasi Pelayanan Publik");
        long before = entries.count();
        byte[] exe = new byte[64];
        exe[0] = 'M';
        exe[1] = 'Z';
        mvc.perform(multipart("/api/competitions/{id}/entries", open.getId())
                        .file(new MockMultipartFile("doc0", "proposal.pdf", "application/pdf", exe))
                        .param("innovationTitle", "Salah berkas").param("summary", "x").param("implementedOn", "2021-01-01")
                        .with(httpBasic("opd3", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.files", containsString("proposal.pdf")));
        Assertions.assertThat(entries.count()).isEqualTo(before);
    }

    @Test
    void anOpdOfficerEntersAnInnovationAndSeesOnlyTheirOwnOpdsEntries() throws Exception {
        Competition open = named("Kompetisi Inovasi Pelayanan Publik");
        mvc.perform(multipart("/api/competitions/{id}/entries", open.getId())
                        .file(new MockMultipartFile("doc0", "proposal.pdf", "application/pdf", Plans.pdf("p.pdf").getBytes()))
                        .param("innovationTitle", "Kecamatan Ramah").param("summary", "x").param("implementedOn", "2021-01-01")
                        .with(httpBasic("opd3", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.opd").value("Kecamatan Pekalongan Selatan"))
                .andExpect(jsonPath("$.eligibilitySuggestion").value("INCOMPLETE"));
        Entry rsud = entries.findByCompetitionIdOrderBySubmittedAtAscIdAsc(open.getId()).stream()
                .filter(e -> e.getOpd().equals("RSUD Bendan")).findFirst().orElseThrow();
        mvc.perform(get("/api/entries/{id}", rsud.getId()).with(httpBasic("opd3", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/entries/{id}", rsud.getId()).with(httpBasic("opd1", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/entries/{id}", rsud.getId()).with(user("opd3").roles("OPD"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyOpdOfficersEnterInnovations() throws Exception {
        Competition open = named("Kompetisi Inovasi Pelayanan Publik");
        mvc.perform(multipart("/api/competitions/{id}/entries", open.getId()).param("innovationTitle", "x")
                        .param("summary", "x").param("implementedOn", "2021-01-01").with(httpBasic("juri1", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void scoresOutsideTheScaleAreRefused() throws Exception {
        mvc.perform(post("/api/tasks/{id}/scores", "no-such-task").with(httpBasic("juri1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"scores\":[{\"criterionId\":1,\"value\":120}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasKey("scores[0].value")));
    }

    @Test
    void publishedResultsArePublicWithTheIgaCountAndAsCsv() throws Exception {
        Competition finished = named("Layanan Inovasi Daerah 2023");
        mvc.perform(get("/api/public/competitions/{id}/results", finished.getId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entered").value(7))
                .andExpect(jsonPath("$.implementedInWindow").value(6))
                .andExpect(jsonPath("$.ranking[0].award").value("Juara 1"))
                .andExpect(jsonPath("$.ranking[0].opd").value("RSUD Bendan"));
        mvc.perform(get("/api/public/competitions/{id}/results.csv", finished.getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rank,opd,innovation")))
                .andExpect(content().string(containsString("Juara Harapan 2")));
        mvc.perform(get("/results/{id}", finished.getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dari 7 entri, 6 diimplementasikan dalam jendela kelayakan")));
    }

    @Test
    void resultsOfARoundStillRunningAreNotPublic() throws Exception {
        Competition open = named("Kompetisi Inovasi Pelayanan Publik");
        mvc.perform(get("/results/{id}", open.getId())).andExpect(status().isNotFound());
        mvc.perform(get("/api/public/competitions/{id}/results", open.getId())).andExpect(status().isNotFound());
    }

    @Test
    void theCompetitionPagesOpenForTheirRoles() throws Exception {
        Competition finished = named("Layanan Inovasi Daerah 2023");
        mvc.perform(get("/admin/competitions").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
        mvc.perform(get("/admin/competitions/{id}", finished.getId()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("JEMPOL")));
        mvc.perform(get("/admin/competitions").with(user("juri1").roles("JUROR"))).andExpect(status().isForbidden());
        mvc.perform(get("/competitions").with(user("opd1").roles("OPD"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("new-entry")));
        Competition open = named("Kompetisi Inovasi Pelayanan Publik");
        mvc.perform(get("/competitions/{id}/entries/new", open.getId()).with(user("opd1").roles("OPD")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Proposal inovasi")));
        Entry waiting = entries.findByCompetitionIdOrderBySubmittedAtAscIdAsc(open.getId()).get(0);
        mvc.perform(get("/entries/{id}", waiting.getId()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"desk-review\"")));
        Assertions.assertThat(tasks.createTaskQuery().processInstanceId(waiting.getProcessInstanceId())
                .taskDefinitionKey(CompetitionProcess.DESK_REVIEW).count()).isEqualTo(1);
    }

    @Test
    void theResultsReportListsEveryEntryWithCriterionMeansRankingAndJury() throws Exception {
        Competition finished = named("Layanan Inovasi Daerah 2023");
        byte[] pdf = mvc.perform(get("/admin/competitions/{id}/report.pdf", finished.getId()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            Assertions.assertThat(text).contains("Laporan hasil Layanan Inovasi Daerah 2023")
                    .contains("JEMPOL").contains("Juara 1").contains("SIPANDU").contains("memenuhi")
                    .contains("(30%)").contains("juri3").contains("Dari 7 entri, 6");
        }
        mvc.perform(get("/admin/competitions/{id}/report.pdf", finished.getId()).with(user("opd1").roles("OPD")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theResultsReportFollowsTheReadersLanguage() throws Exception {
        Competition finished = named("Layanan Inovasi Daerah 2023");
        byte[] pdf = mvc.perform(get("/admin/competitions/{id}/report.pdf", finished.getId()).param("lang", "en")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            Assertions.assertThat(text).contains("Results report Layanan Inovasi Daerah 2023")
                    .contains("Rank").contains("Award").contains("Ineligible").contains("Tie-break rule")
                    .contains("Jury: ").doesNotContain("Penghargaan");
        }
    }

    /** The entry keeps the table's reason key; the page says it in the reader's language, older free text as stored. */
    @Test
    void theEligibilityReasonIsShownInTheReadersLanguageAndOlderTextAsStored() throws Exception {
        Entry entry = entries.findAll().stream().filter(e -> "eligibility.reason.eligible".equals(e.getEligibilityReason()))
                .findFirst().orElseThrow();
        String page = "/admin/competitions/" + entry.getCompetition().getId();
        mvc.perform(get(page).with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Memenuhi syarat administrasi")))
                .andExpect(content().string(not(containsString("eligibility.reason."))));
        mvc.perform(get(page).param("lang", "en").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Meets the administrative requirements")));
        jdbc.update("update competition_entry set eligibility_reason = ? where id = ?", "Alasan lama yang ditulis apa adanya", entry.getId());
        try {
            mvc.perform(get(page).param("lang", "en").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Alasan lama yang ditulis apa adanya")));
        } finally {
            jdbc.update("update competition_entry set eligibility_reason = ? where id = ?", "eligibility.reason.eligible", entry.getId());
        }
    }

    @Test
    void everyPiagamOfAPublishedCompetitionComesInOneZip() throws Exception {
        Competition finished = named("Layanan Inovasi Daerah 2023");
        byte[] zip = mvc.perform(get("/admin/competitions/{id}/certificates.zip", finished.getId()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        int pdfs = 0;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Assertions.assertThat(e.getName()).startsWith("PIAGAM-").endsWith(".pdf");
                pdfs++;
            }
        }
        Assertions.assertThat(pdfs).isEqualTo(6);
    }
}
