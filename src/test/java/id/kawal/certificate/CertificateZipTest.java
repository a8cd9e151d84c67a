package id.kawal.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class CertificateZipTest {

    @Test
    void certificatesAreNamedByKindAndSerialInTheOrderGivenThenTheTextFiles() throws Exception {
        Certificate sttpp = certificate("STTPP", "KWL-0002", "first pdf");
        Certificate piagam = certificate("PIAGAM", "KWL-0001", "second pdf");
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("gagal.txt", "Peserta 2: tanpa profil\nPeserta 5: tanpa NIP");

        Map<String, String> zip = read(CertificateZip.of(List.of(sttpp, piagam), texts));

        assertThat(zip).containsExactly(Map.entry("STTPP-KWL-0002.pdf", "first pdf"),
                Map.entry("PIAGAM-KWL-0001.pdf", "second pdf"),
                Map.entry("gagal.txt", "Peserta 2: tanpa profil\nPeserta 5: tanpa NIP"));
    }

    @Test
    void nothingToZipIsAnEmptyButValidZip() throws Exception {
        assertThat(read(CertificateZip.of(List.of(), Map.of()))).isEmpty();
    }

    private static Certificate certificate(String kind, String serial, String pdf) {
        IssueRequest request = new IssueRequest(kind, "ACTION_PLAN", 1L, "peserta1", "Peserta Satu", null, null, null,
                null, null, null, LocalDate.of(2026, 1, 1), "admin");
        Certificate certificate = new Certificate(serial, request, "Kawal", Instant.EPOCH);
        certificate.attach(pdf.getBytes(StandardCharsets.UTF_8), "sha");
        return certificate;
    }

    /** Entry name to its content as text, in the ZIP's order. */
    private static Map<String, String> read(byte[] zip) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
