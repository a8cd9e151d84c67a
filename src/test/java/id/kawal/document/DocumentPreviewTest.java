package id.kawal.document;

import static id.kawal.actionplan.ActionPlanProcess.REPORT_MILESTONE;
import static id.kawal.actionplan.ActionPlanProcess.REVIEW_MILESTONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanWorkflow;
import id.kawal.actionplan.StageReportForm;
import id.kawal.competition.Competition;
import id.kawal.competition.CompetitionService;
import id.kawal.competition.Entry;
import id.kawal.competition.EntryRepository;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.multipart.MultipartFile;

@KawalIntegrationTest
class DocumentPreviewTest {

    static final String REPORT = "Jalan desa sudah diaspal sepanjang 2 km; warga ikut bergotong royong.";

    @Autowired MockMvc mvc;
    @Autowired Plans plans;
    @Autowired ActionPlanWorkflow workflow;
    @Autowired DocumentService documents;
    @Autowired DocumentPreviews previews;
    @Autowired CompetitionService competitions;
    @Autowired EntryRepository entries;

    ActionPlan plan;
    Map<String, StoredDocument> byName;
    RequestPostProcessor mentor = user("mentor").roles("MENTOR");

    @BeforeEach
    void aMilestoneReportedWithEvidenceOfEveryKind() throws IOException {
        plan = plans.enrol();
        plans.toTrial(plan, 1);
        List<MultipartFile> files = List.of(
                file("halaman.pdf", a4Pdf()),
                file("foto.png", png(1200, 600)),
                file("notulen.docx", ContentTypeGuardTest.officePackage(ContentTypeGuardTest.WORD + ".main+xml",
                        "word/document.xml")),
                file("rusak.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII)),
                file("terkunci.pdf", encryptedPdf()));
        workflow.reportMilestone(plans.task(plan, REPORT_MILESTONE), plan.getParticipant(), new StageReportForm(REPORT),
                files);
        byName = documents.ofActionPlan(plan.getId()).stream()
                .collect(Collectors.toMap(StoredDocument::getFilename, Function.identity(), (a, b) -> b));
    }

    @Test
    void aPdfsPreviewIsAPngOfItsFirstPageAtMost800Wide() throws Exception {
        MockHttpServletResponse response = preview("halaman.pdf", mentor);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
        assertThat(image.getWidth()).isBetween(1, 800);
        assertThat(image.getHeight()).isGreaterThan(image.getWidth()); // an A4 page, upright
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("private").contains("max-age=");
        assertThat(response.getHeader(HttpHeaders.ETAG)).contains(byName.get("halaman.pdf").getSha256());
    }

    @Test
    void anImagesPreviewIsAPngScaledDownTo800Wide() throws Exception {
        MockHttpServletResponse response = preview("foto.png", mentor);

        assertThat(response.getStatus()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    void anOfficeFileHasNoPreview() throws Exception {
        assertThat(preview("notulen.docx", mentor).getStatus()).isEqualTo(404);
    }

    @Test
    void aDamagedOrEncryptedPdfHasNoPreviewAndNoServerError() throws Exception {
        assertThat(preview("rusak.pdf", mentor).getStatus()).isEqualTo(404);
        assertThat(preview("terkunci.pdf", mentor).getStatus()).isEqualTo(404);
        assertThat(preview("terkunci.pdf", mentor).getStatus()).as("asked again, from the cache").isEqualTo(404);
    }

    @Test
    void whoMayNotDownloadADocumentMayNotSeeItsPreview() throws Exception {
        Long id = byName.get("halaman.pdf").getId();
        RequestPostProcessor stranger = user("peserta2").roles("PARTICIPANT");

        int download = mvc.perform(get("/documents/{id}", id).with(stranger)).andReturn().getResponse().getStatus();
        MockHttpServletResponse preview = preview("halaman.pdf", stranger);

        assertThat(download).isEqualTo(403);
        assertThat(preview.getStatus()).isEqualTo(download);
        assertThat(preview.getContentType()).doesNotStartWith("image/");
        assertThat(preview(plan.getParticipant(), "halaman.pdf").getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/documents/{id}/preview", 987654321L).with(mentor)).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void aPreviewIsRenderedOnceAndAClientThatHasItGetsNotModified() throws Exception {
        long misses = previews.stats().missCount();
        MockHttpServletResponse first = preview("foto.png", mentor);
        MockHttpServletResponse second = preview("foto.png", mentor);

        assertThat(previews.stats().missCount()).isEqualTo(misses + 1);
        assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());

        String etag = first.getHeader(HttpHeaders.ETAG);
        MockHttpServletResponse again = mvc.perform(get("/documents/{id}/preview", byName.get("foto.png").getId())
                .header(HttpHeaders.IF_NONE_MATCH, etag).with(mentor)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(again.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
    }

    @Test
    void theReviewPageShowsTheReportAndItsEvidenceBeforeTheDecisionForm() throws Exception {
        String html = mvc.perform(get("/tasks/{id}", plans.task(plan, REVIEW_MILESTONE)).with(mentor))
                .andReturn().getResponse().getContentAsString();

        int report = html.indexOf("id=\"report-text\"");
        int decision = html.indexOf("name=\"decision\"");
        assertThat(report).isPositive();
        assertThat(html.indexOf(REPORT)).isGreaterThan(report).isLessThan(decision);
        String photo = "<img src=\"/documents/" + byName.get("foto.png").getId() + "/preview\"";
        assertThat(html.indexOf(photo)).isPositive().isLessThan(decision);
        assertThat(html).contains("/documents/" + byName.get("halaman.pdf").getId() + "/preview")
                .contains("alt=\"Halaman pertama halaman.pdf\"")
                .doesNotContain("/documents/" + byName.get("notulen.docx").getId() + "/preview")
                .contains("notulen.docx").contains("DOCX");
    }

    @Test
    void theJourneyPageShowsTheEvidenceAsPreviews() throws Exception {
        String html = mvc.perform(get("/plans/{id}", plan.getId()).with(user(plan.getParticipant()).roles("PARTICIPANT")))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<img src=\"/documents/" + byName.get("foto.png").getId() + "/preview\"")
                .contains("alt=\"Gambar foto.png\"");
    }

    @Test
    void aJurorSeesTheFirstPageOfAnEntrysDocuments() throws Exception {
        Competition round = competitions.all().stream().filter(c -> c.getName().equals("Layanan Inovasi Daerah 2023"))
                .findFirst().orElseThrow();
        Entry jempol = entries.findByCompetitionIdOrderBySubmittedAtAscIdAsc(round.getId()).stream()
                .filter(e -> e.getInnovationTitle().startsWith("JEMPOL")).findFirst().orElseThrow();
        StoredDocument document = documents.ofEntry(jempol.getId()).get(0);
        RequestPostProcessor juror = user("juri1").roles("JUROR");

        String html = mvc.perform(get("/entries/{id}", jempol.getId()).with(juror)).andReturn().getResponse()
                .getContentAsString();
        MockHttpServletResponse preview = mvc.perform(get("/documents/{id}/preview", document.getId()).with(juror))
                .andReturn().getResponse();

        assertThat(html).contains("<img src=\"/documents/" + document.getId() + "/preview\"")
                .contains("alt=\"Halaman pertama " + document.getFilename() + "\"");
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(preview.getContentAsByteArray())).getWidth()).isBetween(1, 800);
    }

    private MockHttpServletResponse preview(String filename, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/documents/{id}/preview", byName.get(filename).getId()).with(who)).andReturn()
                .getResponse();
    }

    private MockHttpServletResponse preview(String participant, String filename) throws Exception {
        return preview(filename, user(participant).roles("PARTICIPANT"));
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("files", name, "application/octet-stream", bytes);
    }

    static byte[] a4Pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.addPage(new PDPage(PDRectangle.A4));
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] encryptedPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage(PDRectangle.A4));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("pemilik", "rahasia", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
