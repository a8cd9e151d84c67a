package id.kawal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

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
        var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        List<String> lines = ResultsReportRenderer.wrap("Kebermanfaatan bagi", font, 9, 40);
        for (String line : lines) {
            assertThat(font.getStringWidth(line) / 1000 * 9).isLessThanOrEqualTo(40);
        }
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("Kebermanfaatanbagi");
    }

    @Test
    void charactersTheFontCannotShowBecomeQuestionMarks() {
        var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertThat(ResultsReportRenderer.clean("Juara 1 \u4e2d", font)).isEqualTo("Juara 1 ?");
    }
}
