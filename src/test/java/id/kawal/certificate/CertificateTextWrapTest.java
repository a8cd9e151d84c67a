package id.kawal.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@link CertificateLayout#wrap} and {@link CertificateFonts#replaceUnencodable}, with the certificate font. */
class CertificateTextWrapTest {

    private static final PDDocument DOCUMENT = new PDDocument();
    private static final PDFont FONT = CertificateFonts.forDocument(DOCUMENT).regular();
    private static final float SIZE = 12f;

    @AfterAll
    static void closeDocument() throws IOException {
        DOCUMENT.close();
    }

    @Test
    void textThatFitsStaysOnOneLine() {
        assertThat(CertificateLayout.wrap("Sangat Memuaskan", FONT, SIZE, 500f)).containsExactly("Sangat Memuaskan");
    }

    @Test
    void longTextBreaksAtSpacesIntoLinesNoWiderThanTheLimit() {
        String text = "SIAP KAWAL: Sistem Informasi, Dokumentasi dan Publikasi Kegiatan Wali Kota Pekalongan "
                + "untuk mendukung keterbukaan informasi publik di lingkungan Pemerintah Kota";
        float max = 200f;

        List<String> lines = CertificateLayout.wrap(text, FONT, SIZE, max);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allSatisfy(line -> assertThat(CertificateLayout.width(line, FONT, SIZE)).isLessThanOrEqualTo(max));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void linesAreFilledGreedily() {
        float max = CertificateLayout.width("aaa bbb", FONT, SIZE);

        assertThat(CertificateLayout.wrap("aaa bbb ccc ddd e", FONT, SIZE, max))
                .containsExactly("aaa bbb", "ccc ddd", "e");
    }

    @Test
    void wordWiderThanTheLimitGoesUnbrokenOnItsOwnLine() {
        String longWord = "Pengarusutamaan-Transformasi-Digital-Terintegrasi";
        float max = CertificateLayout.width("kata pendek", FONT, SIZE);

        List<String> lines = CertificateLayout.wrap("ini " + longWord + " itu", FONT, SIZE, max);

        assertThat(lines).containsExactly("ini", longWord, "itu");
    }

    @Test
    void emptyOrBlankTextGivesNoLines() {
        assertThat(CertificateLayout.wrap("", FONT, SIZE, 100f)).isEmpty();
        assertThat(CertificateLayout.wrap("  \t \n ", FONT, SIZE, 100f)).isEmpty();
    }

    @Test
    void whitespaceRunsCollapseAndEndsAreTrimmed() {
        assertThat(CertificateLayout.wrap("  Kepala \t Bidang\n\nIKP  ", FONT, SIZE, 500f))
                .containsExactly("Kepala Bidang IKP");
    }

    @Test
    void widthIsMeasuredInPointsAtTheFontSize() {
        float at10 = CertificateLayout.width("Kawal", FONT, 10f);
        float at20 = CertificateLayout.width("Kawal", FONT, 20f);

        assertThat(at20).isCloseTo(2 * at10, Offset.offset(0.001f));
        assertThat(CertificateLayout.width("", FONT, 10f)).isZero();
    }

    @Test
    void indonesianTextWithTypographicCharactersIsKept() {
        String text = "“SIAP KAWAL” – ‘Café’ № é ü © … Ñ ½ °C";

        assertThat(CertificateFonts.replaceUnencodable(text, FONT)).isEqualTo(text);
    }

    @Test
    void emojiTheFontLacksAndCjkBecomeOneQuestionMarkPerCharacter() {
        assertThat(CertificateFonts.replaceUnencodable("Siti 🚀 雅加达 🎓", FONT)).isEqualTo("Siti ? ??? ?");
    }

    @Test
    void emojiTheFontHasAreKept() {
        // DejaVu Sans draws the Emoticons block (monochrome)
        assertThat(CertificateFonts.replaceUnencodable("Siti 😀", FONT)).isEqualTo("Siti 😀");
    }

    @Test
    void controlCharactersBecomeQuestionMarks() {
        assertThat(CertificateFonts.replaceUnencodable("a\tb", FONT)).isEqualTo("a?b");
    }

    @Test
    void replacedTextCanBeMeasuredAndWrapped() {
        String safe = CertificateFonts.replaceUnencodable("Aksi 🚀 Perubahan 東京", FONT);

        assertThatCode(() -> CertificateLayout.wrap(safe, FONT, SIZE, 50f)).doesNotThrowAnyException();
    }
}
