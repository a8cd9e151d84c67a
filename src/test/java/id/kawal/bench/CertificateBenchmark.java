package id.kawal.bench;

import id.kawal.certificate.CertificateContent;
import id.kawal.certificate.CertificateRenderer;
import id.kawal.certificate.CertificateSigner;
import id.kawal.certificate.SigningKeys;
import id.kawal.system.KawalProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Issues N signed PDF/A certificates (render + sign, as CertificateService does, without the
 * database) and, in the same run, N bare PDFBox one-page text documents with the same font, and
 * prints certificates per second, peak heap, and the ratio between the two.
 *
 * <p>Run: {@code mvn -q test-compile exec:java} (optionally {@code -Dexec.args=1000}).
 */
public final class CertificateBenchmark {

    private CertificateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path keys = Files.createTempDirectory("kawal-bench-keys");
        SigningKeys signingKeys = new SigningKeys(new KawalProperties.Signing(null, null, null, "Kawal Benchmark",
                "Penerbitan sertifikat", "Kota Pekalongan"), keys);
        CertificateRenderer renderer = new CertificateRenderer();
        CertificateSigner signer = new CertificateSigner(signingKeys);
        Calendar now = Calendar.getInstance(TimeZone.getTimeZone("Asia/Jakarta"));

        int warmup = Math.min(100, n);
        for (int i = 0; i < warmup; i++) {
            signer.sign(renderer.render(content(i)), "Kawal", "Penerbitan sertifikat", "Kota Pekalongan", now);
            bare(i);
        }

        Result baseline = measure(n, i -> bare(i));
        Result certificates = measure(n, i -> signer.sign(renderer.render(content(i)), "Kawal", "Penerbitan sertifikat",
                "Kota Pekalongan", now));

        System.out.printf("Kawal certificate benchmark, %d documents each, %d cores, max heap %d MiB%n", n,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf("bare PDFBox page, same font     : %8.1f docs/s   peak heap %5d MiB   avg %6.0f bytes%n",
                baseline.perSecond(), baseline.peakHeapMiB(), baseline.averageBytes());
        System.out.printf("signed PDF/A STTPP (QR, template): %8.1f docs/s   peak heap %5d MiB   avg %6.0f bytes%n",
                certificates.perSecond(), certificates.peakHeapMiB(), certificates.averageBytes());
        System.out.printf("ratio (bare / certificate time)  : %8.2f%n", baseline.perSecond() / certificates.perSecond());
    }

    interface Work {
        byte[] run(int i) throws Exception;
    }

    record Result(double perSecond, long peakHeapMiB, double averageBytes) {
    }

    private static Result measure(int n, Work work) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            bytes += work.run(i).length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Result(n / seconds, peak / (1024 * 1024), (double) bytes / n);
    }

    private static CertificateContent content(int i) {
        String serial = String.format("B%03d-M9XD-3HVA-TB6W-PC1Z", i % 1000);
        return new CertificateContent(serial, "STTPP", "Peserta Nomor " + i + ", S.Kom., M.T.", "197806152005012003",
                "Kepala Bidang IKP", "Dinas Komunikasi dan Informatika",
                "Pelatihan Kepemimpinan Administrator (PKA) Angkatan I Tahun 2025",
                "SIAP KAWAL: Sistem Informasi, Dokumentasi dan Publikasi Kegiatan Wali Kota", "Sangat Memuaskan",
                LocalDate.of(2025, 6, 17), "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Kepala",
                "http://localhost:8080/verify/" + serial);
    }

    /** The baseline: one A4 landscape page of the same lines of text, same embedded font, nothing else. */
    private static byte[] bare(int i) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDType0Font font;
            try (InputStream ttf = CertificateBenchmark.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                font = PDType0Font.load(document, ttf, true);
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 14);
                content.newLineAtOffset(72, 500);
                for (String line : new String[] {"SURAT TANDA TAMAT PENDIDIKAN DAN PELATIHAN", "Peserta Nomor " + i,
                        "NIP 197806152005012003", "Dinas Komunikasi dan Informatika", "Sangat Memuaskan"}) {
                    content.showText(line);
                    content.newLineAtOffset(0, -20);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
