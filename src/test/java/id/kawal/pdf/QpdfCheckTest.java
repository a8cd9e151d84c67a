package id.kawal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import id.kawal.certificate.CertificateSamples;
import id.kawal.report.ResultsReport;
import id.kawal.report.ResultsReportRenderer;
import id.kawal.support.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of PDF Kawal makes passes {@code qpdf --check} without a warning, as it passes veraPDF. Skipped, with a
 * notice, where qpdf is not installed ({@code apt-get install qpdf}; {@code .ci/run} installs it).
 */
public class QpdfCheckTest {

    static final Path QPDF = Path.of("/usr/bin/qpdf");

    @TempDir
    Path work;

    @Test
    void aSignedCertificateIsCleanForQpdf() throws Exception {
        assertClean("sttpp-signed.pdf", CertificateSamples.signed());
    }

    @Test
    void anUnsignedCertificateIsCleanForQpdf() throws Exception {
        assertClean("sttpp.pdf", CertificateSamples.unsigned());
    }

    @Test
    void theResultsReportIsCleanForQpdf() throws Exception {
        byte[] pdf = new ResultsReportRenderer().render(ResultsReport.singleTable("Hasil penilaian",
                List.of("Dari 7 entri, 6 diimplementasikan dalam jendela kelayakan"), List.of("Peringkat", "OPD", "Inovasi"),
                new float[] {1, 2, 3}, List.of(List.of("1", "RSUD Bendan", "SIAP KAWAL")), List.of("Juri: juri1"),
                ZonedDateTime.of(2025, 7, 1, 9, 30, 0, 0, ZoneId.of("Asia/Jakarta"))));
        assertClean("results.pdf", pdf);
    }

    private void assertClean(String name, byte[] pdf) throws IOException, InterruptedException {
        assertQpdfClean(work, name, pdf);
    }

    /** Fails when {@code qpdf --check} warns on the PDF; skipped (with a notice) where qpdf is not installed. */
    public static void assertQpdfClean(Path work, String name, byte[] pdf) throws IOException, InterruptedException {
        ExternalTools.require(QPDF, "qpdf", "The qpdf check of " + name);
        Path file = work.resolve(name);
        Files.write(file, pdf);
        Process process = new ProcessBuilder(QPDF.toString(), "--check", file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("qpdf finished").isTrue();
        assertThat(output).as("qpdf --check " + name).doesNotContain("WARNING");
        // 0: clean; 2: errors; 3: warnings
        assertThat(process.exitValue()).as("qpdf --check %s exit code; it said:%n%s", name, output).isZero();
    }
}
