package id.kawal.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.pdf.PdfAComplianceTest;
import id.kawal.support.KawalIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The action plan's reports, read back from real PDF/A output. */
@KawalIntegrationTest
class ActionPlanReportsTest {

    @Autowired MockMvc mvc;
    @Autowired ActionPlanRepository plans;
    @Autowired CohortRepository cohorts;

    private Long graduate() {
        return plans.findByParticipantOrderByIdDesc("peserta1").get(0).getId();
    }

    private byte[] fetch(String path, String username, String role) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)
                        .with(user(username).roles(role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theProgressReportShowsStagesApprovalsCommentsAndDocumentHashes() throws Exception {
        byte[] pdf = fetch("/plans/" + graduate() + "/report.pdf", "peserta1", "PARTICIPANT");
        String text = text(pdf);
        assertThat(text).contains("Laporan kemajuan Aksi Perubahan - Tubagus M. Sadaruddin").contains("SIAP KAWAL")
                .contains("Disetujui").contains("Sangat Memuaskan").contains("proposal.pdf").contains("STTPP");
        assertThat(text).containsPattern("[0-9a-f]{16}");
        PdfAComplianceTest.assertPdfA2b(pdf);
    }

    @Test
    void reportsAreWordedInTheReadersLanguage() throws Exception {
        String progress = text(fetch("/plans/" + graduate() + "/report.pdf?lang=en", "peserta1", "PARTICIPANT"));
        assertThat(progress).contains("Action plan progress report - Tubagus M. Sadaruddin").contains("Milestones")
                .contains("Approvals and comments").contains("Made by Kawal on").doesNotContain("Tonggak capaian");
        Long cohort = cohorts.findByCode("PKA-I-2025").orElseThrow().getId();
        String recap = text(fetch("/admin/cohorts/" + cohort + "/recap.pdf?lang=en", "admin", "ADMIN"));
        assertThat(recap).contains("Recap of PKA Angkatan I Tahun 2025").contains("Distribution of graduation predicates")
                .contains("Graduated");
        String audit = text(fetch("/plans/" + graduate() + "/audit.pdf?lang=en", "admin", "ADMIN"));
        assertThat(audit).contains("Audit trail").contains("Source: the process engine history");
    }

    @Test
    void theCohortRecapDrawsThePredicateDistributionAndListsEveryParticipant() throws Exception {
        Long cohort = cohorts.findByCode("PKA-I-2025").orElseThrow().getId();
        byte[] pdf = fetch("/admin/cohorts/" + cohort + "/recap.pdf", "admin", "ADMIN");
        String text = text(pdf);
        assertThat(text).contains("Rekapitulasi PKA Angkatan I Tahun 2025").contains("Sebaran predikat kelulusan")
                .contains("Sangat Memuaskan").contains("Tubagus M. Sadaruddin").contains("Sukirno");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String content = new String(document.getPage(0).getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(content).as("bars are drawn as rectangles, not pasted as a picture").contains(" re");
            assertThat(document.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
        PdfAComplianceTest.assertPdfA2b(pdf);
        String csv = new String(fetch("/admin/cohorts/" + cohort + "/recap.csv", "admin", "ADMIN"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("name,nip,opd,action_plan,stage").contains("Ilena Palupi");
    }

    @Test
    void theAuditTrailNamesWhoDidWhatFromTheEngineHistory() throws Exception {
        String text = text(fetch("/plans/" + graduate() + "/audit.pdf", "admin", "ADMIN"));
        assertThat(text).contains("Jejak audit").contains("Susun proposal").contains("peserta1").contains("mentor")
                .contains("Terbitkan STTPP").contains("admin");
    }

    @Test
    void reportsFollowTheSameAccessRulesAsThePlan() throws Exception {
        mvc.perform(get("/plans/" + graduate() + "/report.pdf").with(user("peserta2").roles("PARTICIPANT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/cohorts/1/recap.pdf").with(user("mentor").roles("MENTOR"))).andExpect(status().isForbidden());
    }
}
