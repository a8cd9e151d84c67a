package id.kawal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import id.kawal.pdf.EmbeddedFonts;

class ResultsReportRendererTest {

    private final ResultsReportRenderer renderer = new ResultsReportRenderer();

    @Test
    void aLongTableFlowsOverPagesAndKeepsEveryRow() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(String.valueOf(i), "OPD " + i, "Inovasi nomor " + i));
        }
        byte[] pdf = renderer.render(new ResultsReportRenderer.Report("Laporan uji", List.of("fakta"),
                List.of("No", "OPD", "Inovasi"), new float[] {1, 2, 3}, rows, List.of("Juri: a, b")));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Inovasi nomor 1\n").contains("Inovasi nomor 120").contains("Juri: a, b");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Laporan uji");
        }
    }

    @Test
    void aWordWiderThanItsColumnIsCutToFit() throws Exception {
        try (PDDocument document = new PDDocument()) {
            var font = EmbeddedFonts.bold(document);
            List<String> lines = ResultsReportRenderer.wrap("Kebermanfaatan bagi", font, 9, 40);
            for (String line : lines) {
                assertThat(font.getStringWidth(line) / 1000 * 9).isLessThanOrEqualTo(40);
            }
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo("Kebermanfaatanbagi");
        }
    }

    @Test
    void charactersTheFontCannotShowBecomeQuestionMarks() throws Exception {
        try (PDDocument document = new PDDocument()) {
            var font = EmbeddedFonts.regular(document);
            assertThat(ResultsReportRenderer.clean("Juara 1 \u4e2d 🚀", font)).isEqualTo("Juara 1 ? ?");
            assertThat(ResultsReportRenderer.clean("“Café” – № 5", font)).isEqualTo("“Café” – № 5");
        }
    }

    @Test
    void theCreationDateDefaultsToNowWhenTheCallerGivesNone() {
        var before = ZonedDateTime.now().minusSeconds(1);
        var report = new ResultsReportRenderer.Report("t", List.of(), List.of("a"), new float[] {1}, List.of(),
                List.of());
        assertThat(report.created()).isAfterOrEqualTo(before).isBeforeOrEqualTo(ZonedDateTime.now());
        assertThat(report.created().getNano()).isZero();
    }
}
