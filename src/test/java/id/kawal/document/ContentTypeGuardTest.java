package id.kawal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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

    static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A minimal Office package: [Content_Types].xml declaring {@code mainPart}, then that part. */
    static byte[] officePackage(String mainPart, String partName) throws IOException {
        String types = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                  <Default Extension="xml" ContentType="application/xml"/>
                  <Override PartName="/%s" ContentType="%s"/>
                </Types>""".formatted(partName, mainPart);
        return zip(new Object[] {"[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8)},
                new Object[] {partName, "<document/>".getBytes(StandardCharsets.UTF_8)});
    }

    static byte[] zip(Object[]... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Object[] entry : entries) {
                zip.putNextEntry(new ZipEntry((String) entry[0]));
                zip.write((byte[]) entry[1]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aWordDocumentIsAdmittedByItsPackage() throws IOException {
        byte[] docx = officePackage(WORD + ".main+xml", "word/document.xml");
        assertThat(guard.admit(docx, "proposal.docx")).contains(WORD);
    }

    @Test
    void officeFileWhoseContentIsNotWordIsRefused() throws IOException {
        byte[] anyZip = zip(new Object[] {"setup.exe", new byte[] {'M', 'Z', 0, 0}});
        assertThat(guard.admit(anyZip, "proposal.docx")).isEmpty();
        assertThat(guard.admit(anyZip, "anggaran.xlsx")).isEmpty();
        assertThat(guard.admit(anyZip, "paparan.pptx")).isEmpty();
    }

    @Test
    void aSpreadsheetNamedAsAWordDocumentIsRefused() throws IOException {
        byte[] xlsx = officePackage("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "xl/workbook.xml");
        assertThat(guard.admit(xlsx, "anggaran.xlsx")).contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(guard.admit(xlsx, "proposal.docx")).isEmpty();
    }

    @Test
    void aZipBombIsRefusedAfterABoundedAmountOfWork() throws IOException {
        byte[] bomb = zip(new Object[] {"padding.bin", new byte[64 * 1024 * 1024]},
                new Object[] {"[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)});
        assertThat(bomb.length).isLessThan(1024 * 1024);
        long started = System.nanoTime();
        assertThat(guard.admit(bomb, "proposal.docx")).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aContentTypesFileWithAnExternalEntityIsNotFollowed() throws IOException {
        String types = """
                <?xml version="1.0"?>
                <!DOCTYPE Types [<!ENTITY main SYSTEM "file:///etc/hostname">]>
                <Types><Override PartName="/word/document.xml" ContentType="&main;"/></Types>""";
        byte[] docx = zip(new Object[] {"[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8)});
        assertThat(guard.admit(docx, "proposal.docx")).isEmpty();
    }
}
