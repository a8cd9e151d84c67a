package id.kawal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import id.kawal.certificate.CertificateContent;
import id.kawal.certificate.CertificateRenderer;

class EmbeddedFontsTest {

    @Test
    void eachDocumentGetsItsOwnSubsetEmbeddedFonts() throws Exception {
        try (PDDocument a = new PDDocument(); PDDocument b = new PDDocument()) {
            PDType0Font regular = EmbeddedFonts.regular(a);
            PDType0Font bold = EmbeddedFonts.bold(a);

            assertThat(regular.willBeSubset()).isTrue();
            assertThat(regular.isEmbedded()).isTrue();
            assertThat(regular.getName()).isEqualTo("DejaVuSans");
            assertThat(bold.getName()).isEqualTo("DejaVuSans-Bold");
            assertThat(EmbeddedFonts.regular(b)).isNotSameAs(regular);
        }
    }

    @Test
    void coversIndonesianTypographyButNotCjk() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = EmbeddedFonts.regular(document);

            for (String ch : List.of("é", "ñ", "“", "”", "‘", "’", "–", "—", "…", "№", "°", "€", "Rp")) {
                font.encode(ch); // throws if the font has no glyph
            }
            assertThatThrownBy(() -> font.encode("東")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void renderingOnManyThreadsAtOnceGivesTheSameBytesAsRenderingAlone() throws Exception {
        CertificateRenderer renderer = new CertificateRenderer();
        List<CertificateContent> contents = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            contents.add(new CertificateContent("SER-" + i, i % 2 == 0 ? "STTPP" : "PIAGAM", "Pemegang “" + i + "” é",
                    "197806152005012003", "Jabatan " + i, "Dinas " + i, "Pelatihan " + i, "Judul aksi nomor " + i,
                    "Sangat Memuaskan", LocalDate.of(2025, 6, 17), "Ir. Bambang", "Kepala",
                    "http://localhost:8080/verify/SER-" + i));
        }
        List<byte[]> alone = contents.stream().map(renderer::render).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> together = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (CertificateContent c : contents) {
                    together.add(pool.submit(() -> renderer.render(c)));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                assertThat(together.get(i).get()).as("certificate " + i).isEqualTo(alone.get(i % contents.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
