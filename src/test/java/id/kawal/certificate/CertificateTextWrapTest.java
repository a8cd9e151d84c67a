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

import id.kawal.pdf.PdfText;

/** Certificate wording through {@link PdfText#wrap} and {@link PdfText#printable}, with the certificate font. */
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
        assertThat(PdfText.wrap("Sangat Memuaskan", FONT, SIZE, 500f)).containsExactly("Sangat Memuaskan");
    }

    @Test
    void longTextBreaksAtSpacesIntoLinesNoWiderThanTheLimit() {
        String text = "SIAP KAWAL: Sistem Informasi, Dokumentasi dan Publikasi Kegiatan Wali Kota Pekalongan "
                + "untuk mendukung keterbukaan informasi publik di lingkungan Pemerintah Kota";
        float max = 200f;

        List<String> lines = PdfText.wrap(text, FONT, SIZE, max);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allSatisfy(line -> assertThat(PdfText.width(line, FONT, SIZE)).isLessThanOrEqualTo(max));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void linesAreFilledGreedily() {
        float max = PdfText.width("aaa bbb", FONT, SIZE);

        assertThat(PdfText.wrap("aaa bbb ccc ddd e", FONT, SIZE, max))
                .containsExactly("aaa bbb", "ccc ddd", "e");
    }

    @Test
    void wordWiderThanTheLimitIsCutIntoPiecesThatFit() {
        String longWord = "Pengarusutamaan-Transformasi-Digital-Terintegrasi";
        float max = PdfText.width("kata pendek", FONT, SIZE);

        List<String> lines = PdfText.wrap("ini " + longWord + " itu", FONT, SIZE, max);

        assertThat(lines).allSatisfy(line -> assertThat(PdfText.width(line, FONT, SIZE)).isLessThanOrEqualTo(max));
        assertThat(lines.get(0)).isEqualTo("ini");
        assertThat(lines.get(lines.size() - 1)).endsWith("itu");
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("ini" + longWord + "itu");
    }

    @Test
    void emptyOrBlankTextGivesNoLines() {
        assertThat(PdfText.wrap("", FONT, SIZE, 100f)).isEmpty();
        assertThat(PdfText.wrap("  \t \n ", FONT, SIZE, 100f)).isEmpty();
    }

    @Test
    void whitespaceRunsCollapseAndEndsAreTrimmed() {
        assertThat(PdfText.wrap("  Kepala \t Bidang  IKP  ", FONT, SIZE, 500f))
                .containsExactly("Kepala Bidang IKP");
    }

    @Test
    void widthIsMeasuredInPointsAtTheFontSize() {
        float at10 = PdfText.width("Kawal", FONT, 10f);
        float at20 = PdfText.width("Kawal", FONT, 20f);

        assertThat(at20).isCloseTo(2 * at10, Offset.offset(0.001f));
        assertThat(PdfText.width("", FONT, 10f)).isZero();
    }

    @Test
    void indonesianTextWithTypographicCharactersIsKept() {
        String text = "“SIAP KAWAL” – ‘Café’ № é ü © … Ñ ½ °C";

        assertThat(PdfText.printable(text, FONT)).isEqualTo(text);
    }

    @Test
    void emojiTheFontLacksAndCjkBecomeOneQuestionMarkPerCharacter() {
        assertThat(PdfText.printable("Siti 🚀 雅加达 🎓", FONT)).isEqualTo("Siti ? ??? ?");
    }

    @Test
    void emojiTheFontHasAreKept() {
        // DejaVu Sans draws the Emoticons block (monochrome)
        assertThat(PdfText.printable("Siti 😀", FONT)).isEqualTo("Siti 😀");
    }

    @Test
    void controlCharactersBecomeSpaces() {
        assertThat(PdfText.printable("a\tb\u0007c", FONT)).isEqualTo("a b c");
    }

    @Test
    void replacedTextCanBeMeasuredAndWrapped() {
        String safe = PdfText.printable("Aksi 🚀 Perubahan 東京", FONT);

        assertThatCode(() -> PdfText.wrap(safe, FONT, SIZE, 50f)).doesNotThrowAnyException();
    }
}
