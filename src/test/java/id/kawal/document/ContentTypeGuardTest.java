package id.kawal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypeGuardTest {

    private final ContentTypeGuard guard = new ContentTypeGuard();

    @Test
    void admitsAPdfByItsContent() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(guard.admit(pdf, "laporan.pdf")).contains("application/pdf");
    }

    @Test
    void judgesByContentNotByName() {
        byte[] pdf = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(guard.admit(pdf, "looks-like-a-picture.png")).contains("application/pdf");
    }

    @Test
    void rejectsAProgramRenamedToPdf() {
        byte[] exe = new byte[64];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThat(guard.admit(exe, "laporan.pdf")).isEmpty();
    }

    @Test
    void rejectsAnHtmlPageRenamedToPdf() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(guard.admit(html, "laporan.pdf")).isEmpty();
    }

    @Test
    void admitsAPngByItsMagicNumber() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(guard.admit(png, "bukti")).contains("image/png");
    }
}
