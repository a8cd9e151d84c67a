package id.kawal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ResultsReportRendererTest {

    private final ResultsReportRenderer renderer = new ResultsReportRenderer();

    private static final ZonedDateTime CREATED = ZonedDateTime.of(2025, 7, 1, 9, 30, 0, 0, ZoneId.of("Asia/Jakarta"));

    @Test
    void aLongTableFlowsOverPagesRepeatingItsHeaderAndKeepsEveryRow() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(String.valueOf(i), "OPD " + i, "Inovasi nomor " + i));
        }
        byte[] pdf = renderer.render(ResultsReport.singleTable("Laporan uji", List.of("fakta"),
                List.of("No", "OPD", "Kolom inovasi"), new float[] {1, 2, 3}, rows, List.of("Juri: a, b"), CREATED));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Inovasi nomor 1\n").contains("Inovasi nomor 120").contains("Juri: a, b");
            assertThat(text.split("Kolom inovasi", -1)).hasSize(document.getNumberOfPages() + 1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Laporan uji");
        }
    }

    @Test
    void aWordWiderThanItsColumnIsCutToFit() throws Exception {
        String word = "Kebermanfaatanbagisemuawargakotadanpemerintahdaerah";
        byte[] pdf = renderer.render(ResultsReport.singleTable("t", List.of(), List.of("a", "b"), new float[] {1, 30},
                List.of(List.of(word, "x")), List.of(), CREATED));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).doesNotContain(word);
            assertThat(text.replaceAll("\\s", "")).contains(word);
        }
    }

    @Test
    void charactersTheFontCannotShowBecomeQuestionMarksAndLineBreaksAreKept() throws Exception {
        byte[] pdf = renderer.render(ResultsReport.singleTable("Juara 1 \u4e2d 🚀", List.of("“Café” – № 5\nbaris dua"),
                List.of("a"), new float[] {1}, List.of(), List.of(), CREATED));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Juara 1 ? ?\n“Café” – № 5\nbaris dua\n");
        }
    }

    @Test
    void theChartAndTheHeadedSectionsAreDrawnInOrder() throws Exception {
        ResultsReport report = new ResultsReport("Rekap", List.of("fakta"),
                new ResultsReport.Chart("Sebaran", List.of(new ResultsReport.Bar("Memuaskan", 3), new ResultsReport.Bar("Cukup", 1))),
                List.of(new ResultsReport.Section("Bagian satu", List.of("k1"), new float[] {1}, List.of(List.of("isi1"))),
                        new ResultsReport.Section("Bagian dua", List.of("k2"), new float[] {1}, List.of(List.of("isi2")))),
                List.of("penutup"), CREATED);
        try (PDDocument document = Loader.loadPDF(renderer.render(report))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).containsSubsequence("Rekap", "fakta", "Sebaran", "3", "Memuaskan", "Bagian satu", "k1", "isi1",
                    "Bagian dua", "k2", "isi2", "penutup");
        }
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        ResultsReport report = ResultsReport.singleTable("t", List.of("f"), List.of("a"), new float[] {1},
                List.of(List.of("x")), List.of(), CREATED);

        assertThat(renderer.render(report)).isEqualTo(renderer.render(report));
    }

    @Test
    void aReportNeedsItsCreationDate() {
        assertThatNullPointerException().isThrownBy(() -> ResultsReport.singleTable("t", List.of(), List.of("a"),
                new float[] {1}, List.of(), List.of(), null)).withMessage("created");
    }
}
