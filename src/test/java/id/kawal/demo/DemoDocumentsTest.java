package id.kawal.demo;

import id.kawal.pdf.QpdfCheckTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's sample documents are PDFs as clean as the ones Kawal makes: qpdf finds nothing to warn about. */
class DemoDocumentsTest {

    @TempDir
    Path work;

    @Test
    void aDemoDocumentIsCleanForQpdf() throws Exception {
        QpdfCheckTest.assertQpdfClean(work, "bukti.pdf", DemoDataLoader.pdf("bukti.pdf", "Bukti tonggak capaian").getBytes());
    }
}
