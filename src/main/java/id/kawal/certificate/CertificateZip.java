package id.kawal.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Certificates in one ZIP for an administrator to download: each PDF named {@code <KIND>-<serial>.pdf} (e.g.
 * {@code STTPP-...pdf}, {@code PIAGAM-...pdf}), in the order given, then any text files (e.g. what failed in a
 * bulk issue). Reads each certificate's PDF, so it runs inside the transaction that loaded them.
 */
final class CertificateZip {

    private CertificateZip() {
    }

    /**
     * @param textFiles file name to UTF-8 text, written after the certificates in the map's order
     */
    static byte[] of(List<Certificate> certificates, Map<String, String> textFiles) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Certificate certificate : certificates) {
                write(zip, fileName(certificate), certificate.getPdf());
            }
            for (Map.Entry<String, String> text : textFiles.entrySet()) {
                write(zip, text.getKey(), text.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String fileName(Certificate certificate) {
        return certificate.getKind() + "-" + certificate.getSerial() + ".pdf";
    }

    private static void write(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
