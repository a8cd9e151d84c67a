package id.kawal.report;

import static id.kawal.report.ReportLayout.LEADING;
import static id.kawal.report.ReportLayout.MARGIN;
import static id.kawal.report.ReportLayout.PAGE;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Where the next thing goes: the current page's content stream and the top of the free space on it ({@link #y()}),
 * moving down as things are drawn. The parts of a report ask {@link #fits} and start a {@link #newPage()} when
 * what they draw next would run into the bottom margin. Starts on a fresh page; close it before saving the document.
 */
final class PageCursor implements AutoCloseable {

    private final PDDocument document;
    private PDPageContentStream stream;
    private float y;

    PageCursor(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    /** The content stream of the current page. */
    PDPageContentStream stream() {
        return stream;
    }

    /** The top of the free space on the current page. */
    float y() {
        return y;
    }

    /** Whether {@code height} more points fit above the bottom margin. */
    boolean fits(float height) {
        return y - height >= MARGIN;
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    /** Moves down by {@code height} without drawing. */
    void skip(float height) {
        y -= height;
    }

    /** Moves down to {@code y} (below the cursor) without drawing, e.g. past a part drawn at fixed positions. */
    void moveDownTo(float y) {
        this.y = Math.min(this.y, y);
    }

    /** One line of already printable text at the left margin, on a new page when it would not fit. */
    void line(PDFont font, float size, String text) throws IOException {
        if (!fits(LEADING)) {
            newPage();
        }
        y -= size + 3;
        show(font, size, text, MARGIN, y);
    }

    /** {@code text} with its baseline starting at ({@code x}, {@code baseline}); does not move the cursor. */
    void show(PDFont font, float size, String text, float x, float baseline) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
