package id.kawal.certificate;

import static id.kawal.actionplan.ActionPlanProcess.ISSUE_CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanCertificates;
import id.kawal.actionplan.ActionPlanWorkflow;
import id.kawal.document.DocumentOwner;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import id.kawal.system.InvalidInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/** Revocation, corrected re-issue and checking an uploaded PDF, as an auditor and a stranger would. */
@KawalIntegrationTest
class CertificateLifecycleTest {

    @Autowired Plans plans;
    @Autowired ActionPlanWorkflow workflow;
    @Autowired CertificateLifecycle lifecycle;
    @Autowired CertificateService certificates;
    @Autowired MockMvc mvc;

    private Certificate issued() {
        ActionPlan plan = plans.enrol();
        plans.toSeminar(plan);
        plans.score(plan, "92", "91", "93");
        return workflow.issueCertificate(plans.task(plan, ISSUE_CERTIFICATE), "admin");
    }

    @Test
    void aRevokedCertificateSaysSoWithItsReasonOnThePublicPage() throws Exception {
        Certificate certificate = issued();
        assertThatThrownBy(() -> lifecycle.revoke(certificate.getSerial(), "admin", " "))
                .isInstanceOf(InvalidInputException.class);
        lifecycle.revoke(certificate.getSerial(), "admin", "NIP salah ketik");
        mvc.perform(get("/verify/{s}", certificate.getSerial()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-status=\"REVOKED\"")))
                .andExpect(content().string(containsString("NIP salah ketik")));
        mvc.perform(get("/api/public/verify/{s}", certificate.getSerial()))
                .andExpect(jsonPath("$.genuine").value(false))
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revocationReason").value("NIP salah ketik"));
        assertThatThrownBy(() -> lifecycle.revoke(certificate.getSerial(), "admin", "lagi"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCorrectedCertificateReplacesTheOldOneAndBothSayWhich() throws Exception {
        Certificate old = issued();
        CorrectionForm form = CorrectionForm.of(old);
        form.setHolderName("Nama Yang Benar, S.E.");
        form.setReason("Nama salah eja");
        Certificate corrected = lifecycle.reissue(old.getSerial(), "admin", form);

        assertThat(corrected.getSerial()).isNotEqualTo(old.getSerial());
        assertThat(corrected.getReplacesSerial()).isEqualTo(old.getSerial());
        assertThat(certificates.get(old.getSerial()).isRevoked()).isTrue();
        assertThat(certificates.get(old.getSerial()).getReplacedBySerial()).isEqualTo(corrected.getSerial());
        assertThat(certificates.forSubject(ActionPlanCertificates.STTPP, DocumentOwner.ACTION_PLAN.name(), old.getSubjectId())).get()
                .extracting(Certificate::getSerial).isEqualTo(corrected.getSerial());
        try (var pdf = Loader.loadPDF(certificates.pdfOf(corrected.getSerial()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Nama Yang Benar, S.E.");
        }
        mvc.perform(get("/verify/{s}", old.getSerial()))
                .andExpect(content().string(containsString("id=\"replaced-by\"")))
                .andExpect(content().string(containsString(corrected.getSerial())));
        assertThatThrownBy(() -> lifecycle.reissue(old.getSerial(), "admin", form)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anUploadedPdfIsRecognisedByItsBytesAndAChangedOneIsNot() throws Exception {
        Certificate certificate = issued();
        byte[] original = certificates.pdfOf(certificate.getSerial());
        mvc.perform(multipart("/api/public/verify").file(new MockMultipartFile("file", "c.pdf", "application/pdf", original)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issued").value(true))
                .andExpect(jsonPath("$.serial").value(certificate.getSerial()))
                .andExpect(jsonPath("$.signed").value(true))
                .andExpect(jsonPath("$.signaturesIntact").value(true));
        byte[] changed = original.clone();
        changed[changed.length / 5] ^= 0x01; // inside the first signed byte range, before the signature value
        mvc.perform(multipart("/api/public/verify").file(new MockMultipartFile("file", "c.pdf", "application/pdf", changed)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issued").value(false))
                .andExpect(jsonPath("$.signaturesIntact").value(false));
        mvc.perform(multipart("/verify").file(new MockMultipartFile("file", "c.pdf", "application/pdf", original))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-issued=\"true\"")));
    }

    @Test
    void onlyAdministratorsRevoke() throws Exception {
        Certificate certificate = issued();
        mvc.perform(post("/api/certificates/{s}/revoke", certificate.getSerial()).with(httpBasic("mentor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/certificates/{s}/revoke", certificate.getSerial()).with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Data ganda\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revoked").value(true));
    }
}
