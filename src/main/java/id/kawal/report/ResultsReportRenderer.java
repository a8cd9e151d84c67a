package id.kawal.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.stereotype.Component;

import id.kawal.pdf.EmbeddedFonts;
import id.kawal.pdf.PdfA;
import id.kawal.system.ClockConfig;

/**
 * A tabular report as a PDF: a title, a few lines of facts, then a table that flows over as many
 * A4 landscape pages as it needs, its header repeated on each. Geometry lives here; the words come
 * from the caller.
 * <p>
 * The PDF is PDF/A-2b ({@link PdfA}) with the embedded DejaVu Sans fonts ({@link EmbeddedFonts}); its metadata says
 * title = the report's title, author {@value PdfA#PRODUCER}, created = {@link Report#created()}. The same report
 * (including {@code created}) always gives the same bytes.
 */
@Component
public class ResultsReportRenderer {

    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 36;
    static final float TITLE_SIZE = 15;
    static final float TEXT_SIZE = 9;
    static final float LEADING = 12;

    static final ZoneId ZONE = ClockConfig.ZONE;

    /**
     * @param columnWeights relative widths of the table's columns
     * @param created       when the report was made, written to the PDF metadata (seconds precision)
     */
    public record Report(String title, List<String> facts, List<String> header, float[] columnWeights,
            List<List<String>> rows, List<String> closing, ZonedDateTime created) {

        public Report {
            Objects.requireNonNull(created, "created");
        }

        /** A report made now (to the second, Asia/Jakarta time). */
        public Report(String title, List<String> facts, List<String> header, float[] columnWeights,
                List<List<String>> rows, List<String> closing) {
            this(title, facts, header, columnWeights, rows, closing,
                    ZonedDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS));
        }
    }

    /** A titled table inside a larger report. */
    public record Section(String heading, List<String> header, float[] columnWeights, List<List<String>> rows) {
    }

    /** One bar of a bar chart. */
    public record Bar(String label, int value) {
    }

    /**
     * A report of several tables and, optionally, a bar chart drawn into the PDF (vector shapes,
     * not a picture).
     */
    public record Document(String title, List<String> facts, List<Section> sections, String chartTitle, List<Bar> chart,
            List<String> closing, ZonedDateTime created) {

        public Document {
            Objects.requireNonNull(created, "created");
        }
    }

    public byte[] render(Report report) {
        return render(new Document(report.title(), report.facts(),
                List.of(new Section(null, report.header(), report.columnWeights(), report.rows())), null, List.of(),
                report.closing(), report.created()));
    }

    public byte[] render(Document report) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = EmbeddedFonts.regular(document);
            PDFont bold = EmbeddedFonts.bold(document);
            float width = PAGE.getWidth() - 2 * MARGIN;
            Pages pages = new Pages(document, bold);
            pages.line(bold, TITLE_SIZE, clean(report.title(), bold), MARGIN);
            pages.skip(4);
            for (String fact : report.facts()) {
                for (String line : wrap(clean(fact, regular), regular, TEXT_SIZE, width)) {
                    pages.line(regular, TEXT_SIZE, line, MARGIN);
                }
            }
            if (!report.chart().isEmpty()) {
                pages.skip(8);
                pages.chart(report.chartTitle(), report.chart(), regular, bold);
            }
            for (Section section : report.sections()) {
                pages.skip(8);
                if (section.heading() != null) {
                    pages.line(bold, TEXT_SIZE + 2, clean(section.heading(), bold), MARGIN);
                    pages.skip(2);
                }
                float[] columns = columnWidths(section.columnWeights(), width);
                pages.tableHeader = cells(section.header(), bold, columns);
                pages.row(pages.tableHeader, bold, columns);
                for (List<String> row : section.rows()) {
                    pages.row(cells(row, regular, columns), regular, columns);
                }
                pages.tableHeader = null;
            }
            pages.skip(6);
            for (String line : report.closing()) {
                for (String wrapped : wrap(clean(line, regular), regular, TEXT_SIZE, width)) {
                    pages.line(regular, TEXT_SIZE, wrapped, MARGIN);
                }
            }
            pages.close();
            PdfA.makePdfA2b(document, new PdfA.DocumentMeta(report.title(), PdfA.PRODUCER, subject(report.title(), report.facts()),
                    null, GregorianCalendar.from(report.created())));
            return PdfA.save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title, followed by the first fact (e.g. organiser and year) when there is one. */
    private static String subject(String title, List<String> facts) {
        return facts.isEmpty() ? title : title + " - " + facts.get(0);
    }

    private static List<List<String>> cells(List<String> row, PDFont font, float[] columns) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            String value = i < row.size() && row.get(i) != null ? row.get(i) : "";
            cells.add(wrap(clean(value, font), font, TEXT_SIZE, columns[i] - 6));
        }
        return cells;
    }

    static float[] columnWidths(float[] weights, float width) {
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = width * weights[i] / total;
        }
        return widths;
    }

    /** Greedy word wrap by measured width; a word wider than the line is cut where it must be. */
    static List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<String> words = new ArrayList<>();
        for (String word : text.trim().split("\\s+")) {
            words.addAll(cut(word, font, size, maxWidth));
        }
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A word too wide for the line, in pieces that fit. */
    static List<String> cut(String word, PDFont font, float size, float maxWidth) throws IOException {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            String candidate = piece.toString() + word.charAt(i);
            if (piece.length() > 0 && font.getStringWidth(candidate) / 1000 * size > maxWidth) {
                pieces.add(piece.toString());
                piece = new StringBuilder().append(word.charAt(i));
            } else {
                piece = new StringBuilder(candidate);
            }
        }
        pieces.add(piece.toString());
        return pieces;
    }

    /** Characters the font cannot encode (e.g. emoji, CJK) become '?', encodable control characters a space. */
    static String clean(String text, PDFont font) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(Character.isISOControl(cp) ? " " : ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** The cursor over the pages: starts a new page when the next line or row would not fit. */
    private static final class Pages {
        private final PDDocument document;
        /** The font of the table header, repeated on each page. */
        private final PDFont headerFont;
        private PDPageContentStream stream;
        private float y;
        private List<List<String>> tableHeader;

        Pages(PDDocument document, PDFont headerFont) throws IOException {
            this.document = document;
            this.headerFont = headerFont;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        }

        void skip(float height) {
            y -= height;
        }

        void line(PDFont font, float size, String text, float x) throws IOException {
            if (y - LEADING < MARGIN) {
                newPage();
            }
            y -= size + 3;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
        }

        void row(List<List<String>> cells, PDFont font, float[] columns) throws IOException {
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            float height = lines * LEADING + 4;
            if (y - height < MARGIN) {
                newPage();
                if (tableHeader != null && cells != tableHeader) {
                    row(tableHeader, headerFont, columns);
                }
            }
            float x = MARGIN;
            for (int c = 0; c < columns.length; c++) {
                float lineY = y - TEXT_SIZE - 2;
                for (String text : cells.get(c)) {
                    stream.beginText();
                    stream.setFont(font, TEXT_SIZE);
                    stream.newLineAtOffset(x + 3, lineY);
                    stream.showText(text);
                    stream.endText();
                    lineY -= LEADING;
                }
                x += columns[c];
            }
            y -= height;
            stream.setLineWidth(0.3f);
            stream.moveTo(MARGIN, y);
            stream.lineTo(PAGE.getWidth() - MARGIN, y);
            stream.stroke();
        }

        /** A vertical bar chart, drawn with rectangles: value labels above the bars, category labels below. */
        void chart(String title, List<Bar> bars, PDFont regular, PDFont bold) throws IOException {
            float chartHeight = 120;
            float labelSpace = 3 * LEADING;
            float needed = (title == null ? 0 : LEADING + 4) + chartHeight + labelSpace + 10;
            if (y - needed < MARGIN) {
                newPage();
            }
            if (title != null) {
                line(bold, TEXT_SIZE + 1, clean(title, bold), MARGIN);
                y -= 4;
            }
            int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
            float slot = Math.min(110, (PAGE.getWidth() - 2 * MARGIN) / Math.max(1, bars.size()));
            float barWidth = slot * 0.6f;
            float base = y - chartHeight - 10;
            stream.setLineWidth(0.5f);
            stream.setStrokingColor(0.3f, 0.3f, 0.3f);
            stream.moveTo(MARGIN, base);
            stream.lineTo(MARGIN + slot * bars.size(), base);
            stream.stroke();
            for (int i = 0; i < bars.size(); i++) {
                Bar bar = bars.get(i);
                float x = MARGIN + i * slot + (slot - barWidth) / 2;
                float height = chartHeight * bar.value() / max;
                stream.setNonStrokingColor(0.04f, 0.43f, 0.31f);
                stream.addRect(x, base, barWidth, height);
                stream.fill();
                stream.setNonStrokingColor(0f, 0f, 0f);
                text(regular, String.valueOf(bar.value()), x + barWidth / 2, base + height + 3, true);
                float labelY = base - LEADING;
                for (String part : wrap(clean(bar.label(), regular), regular, TEXT_SIZE - 1, slot - 4)) {
                    text(regular, part, x + barWidth / 2, labelY, true);
                    labelY -= LEADING - 2;
                }
            }
            y = base - labelSpace;
        }

        private void text(PDFont font, String text, float x, float baseline, boolean centred) throws IOException {
            float size = TEXT_SIZE - 1;
            float left = centred ? x - font.getStringWidth(text) / 1000 * size / 2 : x;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(left, baseline);
            stream.showText(text);
            stream.endText();
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
