package id.kawal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsALeadingQuote() {
        assertThat(CsvExport.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvExport.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvExport.cell("+628123")).isEqualTo("'+628123");
        assertThat(CsvExport.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvExport.cell("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void ordinaryTextAndTheAppsOwnNumbersAreWrittenAsTheyAre() {
        assertThat(CsvExport.cell("SIAP KAWAL - layanan cepat")).isEqualTo("SIAP KAWAL - layanan cepat");
        assertThat(CsvExport.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvExport.cell(new BigDecimal("-1.5"))).isEqualTo(new BigDecimal("-1.5"));
        assertThat(CsvExport.cell(null)).isEqualTo("");
    }

    @Test
    void aNipStaysTextAndComesBackWithoutItsQuote() {
        assertThat(CsvExport.identifier("199001012015031001")).isEqualTo("'199001012015031001");
        assertThat(CsvExport.identifier(null)).isEmpty();
        assertThat(CsvExport.unquoted("'199001012015031001")).isEqualTo("199001012015031001");
        assertThat(CsvExport.unquoted("199001012015031001")).isEqualTo("199001012015031001");
    }

    @Test
    void aWholeFileNeutralisesEveryCellAndEscapesQuotes() {
        String csv = CsvExport.write(List.of("rank", "innovation", "total"),
                List.of(Arrays.asList(1, "=HYPERLINK(\"http://x\",\"klik\")", new BigDecimal("88.50")),
                        Arrays.asList(2, null, null)));
        assertThat(csv.split("\r\n")).containsExactly("rank,innovation,total",
                "1,\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",88.50", "2,,");
    }
}
