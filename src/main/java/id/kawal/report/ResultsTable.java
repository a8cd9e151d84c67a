package id.kawal.report;

import static id.kawal.report.ReportLayout.CELL_PADDING;
import static id.kawal.report.ReportLayout.LEADING;
import static id.kawal.report.ReportLayout.MARGIN;
import static id.kawal.report.ReportLayout.PAGE;
import static id.kawal.report.ReportLayout.TEXT_SIZE;
import static id.kawal.report.ReportLayout.WIDTH;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import id.kawal.pdf.PdfText;

/**
 * A table across the page width: a bold header row, then the rows, each as tall as its longest cell (cells wrap
 * within their column) and ruled below. A row that would not fit starts a new page, which repeats the header.
 */
final class ResultsTable {

    private final PDFont regular;
    private final PDFont bold;

    ResultsTable(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    void draw(PageCursor pages, ResultsReport.Section section) throws IOException {
        float[] columns = columnWidths(section.columnWeights(), WIDTH);
        List<List<String>> header = cells(section.header(), bold, columns);
        row(pages, header, bold, columns, null);
        for (List<String> row : section.rows()) {
            row(pages, cells(row, regular, columns), regular, columns, header);
        }
    }

    /** {@code weights} scaled to add up to {@code width}. */
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

    /** Each cell's lines; a missing or empty cell is one empty line. */
    private static List<List<String>> cells(List<String> row, PDFont font, float[] columns) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            String value = i < row.size() ? row.get(i) : null;
            cells.add(ResultsReportRenderer.lines(value, font, TEXT_SIZE, columns[i] - 2 * CELL_PADDING));
        }
        return cells;
    }

    /** One row; on a new page the {@code repeatedHeader} (if any) goes first. */
    private void row(PageCursor pages, List<List<String>> cells, PDFont font, float[] columns,
            List<List<String>> repeatedHeader) throws IOException {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        float height = lines * LEADING + 4;
        if (!pages.fits(height)) {
            pages.newPage();
            if (repeatedHeader != null) {
                row(pages, repeatedHeader, bold, columns, null);
            }
        }
        float x = MARGIN;
        for (int c = 0; c < columns.length; c++) {
            float lineY = pages.y() - TEXT_SIZE - 2;
            for (String text : cells.get(c)) {
                pages.show(font, TEXT_SIZE, text, x + CELL_PADDING, lineY);
                lineY -= LEADING;
            }
            x += columns[c];
        }
        pages.skip(height);
        PDPageContentStream stream = pages.stream();
        stream.setLineWidth(0.3f);
        stream.moveTo(MARGIN, pages.y());
        stream.lineTo(PAGE.getWidth() - MARGIN, pages.y());
        stream.stroke();
    }
}
