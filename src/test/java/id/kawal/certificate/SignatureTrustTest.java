package id.kawal.certificate;

import static id.kawal.actionplan.ActionPlanProcess.ISSUE_CERTIFICATE;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanWorkflow;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import id.kawal.system.KawalProperties;
import java.nio.file.Path;
import java.util.GregorianCalendar;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** A signature makes a certificate genuine only when it is made with Kawal's own signing key. */
@KawalIntegrationTest
class SignatureTrustTest {

    @Autowired Plans plans;
    @Autowired ActionPlanWorkflow workflow;
    @Autowired CertificateService certificates;
    @Autowired SigningKeys keys;
    @Autowired SigningCertificates known;
    @Autowired MockMvc mvc;

    @TempDir
    Path strangerKeys;

    /** A look-alike certificate signed by a key anyone can make, under the very name Kawal signs with. */
    private byte[] signedByAStranger(SigningKeys stranger) {
        byte[] pdf = new CertificateRenderer().render(CertificateRendererTest.sample());
        return new CertificateSigner(stranger).sign(pdf, "Kawal", "Penerbitan sertifikat", "Kota Pekalongan",
                new GregorianCalendar());
    }

    private SigningKeys strangerKey() {
        return new SigningKeys(new KawalProperties.Signing(null, null, null, "Kawal", null, null), strangerKeys);
    }

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** Each check from an address of its own, so that these tests never meet the per-address limit. */
    private static RequestPostProcessor fromAnAddressOfItsOwn() {
        return VerificationUploadLimitsTest.from("192.0.2." + ADDRESSES.incrementAndGet());
    }

    private static MockMultipartFile pdf(byte[] bytes) {
        return new MockMultipartFile("file", "sttpp.pdf", "application/pdf", bytes);
    }

    @Test
    void aCertificateKawalIssuedIsSignedByKawalsKeyWhichThePageNames() throws Exception {
        ActionPlan plan = plans.enrol();
        plans.toSeminar(plan);
        plans.score(plan, "90", "90", "90");
        Certificate certificate = workflow.issueCertificate(plans.task(plan, ISSUE_CERTIFICATE), "admin");
        byte[] issued = certificates.pdfOf(certificate.getSerial());
        String fingerprint = SigningCertificates.fingerprint(keys.certificate());

        mvc.perform(multipart("/api/public/verify").file(pdf(issued)).with(fromAnAddressOfItsOwn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signaturesIntact").value(true))
                .andExpect(jsonPath("$.signature").value("KAWAL"))
                .andExpect(jsonPath("$.signer.fingerprint").value(fingerprint))
                .andExpect(jsonPath("$.signer.subject").value(keys.certificate().getSubjectX500Principal().getName()));
        mvc.perform(multipart("/verify").file(pdf(issued)).with(fromAnAddressOfItsOwn()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-signature=\"KAWAL\"")))
                .andExpect(content().string(containsString(fingerprint)));
    }

    @Test
    void aPdfSignedByASelfMadeKeyIsIntactButNotGenuine() throws Exception {
        SigningKeys stranger = strangerKey();
        byte[] forged = signedByAStranger(stranger);

        mvc.perform(multipart("/api/public/verify").file(pdf(forged)).with(fromAnAddressOfItsOwn()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issued").value(false))
                .andExpect(jsonPath("$.signaturesIntact").value(true))
                .andExpect(jsonPath("$.signature").value("UNKNOWN_SIGNER"))
                .andExpect(jsonPath("$.signer.fingerprint").value(SigningCertificates.fingerprint(stranger.certificate())));
        mvc.perform(multipart("/verify").file(pdf(forged)).with(fromAnAddressOfItsOwn()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-signature=\"UNKNOWN_SIGNER\"")))
                .andExpect(content().string(containsString("BUKAN sertifikat asli Kawal")));
    }

    @Test
    @Transactional
    void aKeyKawalSignedWithBeforeAKeyChangeStillCounts() throws Exception {
        SigningKeys earlier = strangerKey();
        byte[] signedEarlier = signedByAStranger(earlier);
        known.remember(earlier.certificate());

        mvc.perform(multipart("/api/public/verify").file(pdf(signedEarlier)).with(fromAnAddressOfItsOwn()))
                .andExpect(jsonPath("$.signature").value("KAWAL"));
    }
}
