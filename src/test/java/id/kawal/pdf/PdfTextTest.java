package id.kawal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@link PdfText}: the one text helper of every PDF, with the embedded DejaVu Sans. */
class PdfTextTest {

    private static final PDDocument DOCUMENT = new PDDocument();
    private static final PDFont REGULAR = EmbeddedFonts.regular(DOCUMENT);
    private static final PDFont BOLD = EmbeddedFonts.bold(DOCUMENT);
    private static final float SIZE = 9f;

    @AfterAll
    static void closeDocument() throws IOException {
        DOCUMENT.close();
    }

    @Test
    void aWordWiderThanTheLineIsCutIntoPiecesThatFit() {
        List<String> lines = PdfText.wrap("Kebermanfaatan bagi", BOLD, SIZE, 40);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allSatisfy(line -> assertThat(PdfText.width(line, BOLD, SIZE)).isLessThanOrEqualTo(40));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("Kebermanfaatanbagi");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String word = "😀😀😀😀😀😀😀😀";

        List<String> lines = PdfText.wrap(word, REGULAR, SIZE, PdfText.width("😀😀", REGULAR, SIZE) + 1);

        assertThat(lines).containsExactly("😀😀", "😀😀", "😀😀", "😀😀");
    }

    @Test
    void aCharacterWiderThanTheLineStillGoesOnALineOfItsOwn() {
        assertThat(PdfText.wrap("WW", REGULAR, SIZE, 1f)).containsExactly("W", "W");
    }

    @Test
    void explicitLineBreaksStartNewLinesAndBlankLinesBetweenThemAreKept() {
        assertThat(PdfText.wrap("Tonggak 1 selesai\nTonggak 2\r\n\r\nCatatan", REGULAR, SIZE, 500f))
                .containsExactly("Tonggak 1 selesai", "Tonggak 2", "", "Catatan");
    }

    @Test
    void leadingAndTrailingLineBreaksAreDropped() {
        assertThat(PdfText.wrap("\n\n  Juri: a, b \n", REGULAR, SIZE, 500f)).containsExactly("Juri: a, b");
    }

    @Test
    void eachParagraphWrapsOnItsOwn() {
        float max = PdfText.width("aaa bbb", REGULAR, SIZE);

        assertThat(PdfText.wrap("aaa bbb ccc\nddd", REGULAR, SIZE, max)).containsExactly("aaa bbb", "ccc", "ddd");
    }

    @Test
    void charactersTheFontCannotEncodeBecomeOneQuestionMarkEach() {
        assertThat(PdfText.printable("Juara 1 \u4e2d 🚀", REGULAR)).isEqualTo("Juara 1 ? ?");
        assertThat(PdfText.wrap("Juara 1 \u4e2d\u6587 🚀", REGULAR, SIZE, 500f)).containsExactly("Juara 1 ?? ?");
    }

    @Test
    void typographicCharactersAreKept() {
        assertThat(PdfText.printable("“Café” – № 5 …", REGULAR)).isEqualTo("“Café” – № 5 …");
    }

    @Test
    void controlCharactersBecomeSpacesAndCollapseWhenWrapped() {
        assertThat(PdfText.printable("a\tb\u0000c\u001Bd", REGULAR)).isEqualTo("a b c d");
        assertThat(PdfText.wrap("a\t\tb\u0007c", REGULAR, SIZE, 500f)).containsExactly("a b c");
    }

    @Test
    void nullEmptyAndBlankTextGiveNoLines() {
        assertThat(PdfText.wrap(null, REGULAR, SIZE, 100f)).isEmpty();
        assertThat(PdfText.wrap("", REGULAR, SIZE, 100f)).isEmpty();
        assertThat(PdfText.wrap(" \t\n \r\n", REGULAR, SIZE, 100f)).isEmpty();
        assertThat(PdfText.printable(null, REGULAR)).isEmpty();
        assertThat(PdfText.printable("", REGULAR)).isEmpty();
    }

    @Test
    void everyWrappedLineCanBeShownWithTheFont() throws IOException {
        List<String> lines = PdfText.wrap("Aksi 🚀 Perubahan 東京\u0007\nbaris\tdua", REGULAR, SIZE, 60f);

        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDFont font = EmbeddedFonts.regular(document);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(font, SIZE);
                for (String line : lines) {
                    assertThatCode(() -> stream.showText(line)).as(line).doesNotThrowAnyException();
                }
                stream.endText();
            }
        }
    }
}
