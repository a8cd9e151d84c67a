package id.kawal.report;

import static id.kawal.report.ReportLayout.LEADING;
import static id.kawal.report.ReportLayout.MARGIN;
import static id.kawal.report.ReportLayout.TEXT_SIZE;
import static id.kawal.report.ReportLayout.WIDTH;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import id.kawal.pdf.PdfText;

/**
 * A vertical bar chart drawn with rectangles, kept on one page: an optional title, then the bars scaled to the
 * largest value, each with its value above and its label (wrapped to the bar's slot) below.
 */
final class ResultsChart {

    private static final float HEIGHT = 120;
    private static final float LABEL_SPACE = 3 * LEADING;
    private static final float MAX_SLOT = 110;
    private static final float LABEL_SIZE = TEXT_SIZE - 1;

    private final PDFont regular;
    private final PDFont bold;

    ResultsChart(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    void draw(PageCursor pages, ResultsReport.Chart chart) throws IOException {
        List<ResultsReport.Bar> bars = chart.bars();
        float needed = (chart.title() == null ? 0 : LEADING + 4) + HEIGHT + LABEL_SPACE + 10;
        if (!pages.fits(needed)) {
            pages.newPage();
        }
        if (chart.title() != null) {
            pages.line(bold, TEXT_SIZE + 1, PdfText.printable(chart.title(), bold));
            pages.skip(4);
        }
        int max = Math.max(1, bars.stream().mapToInt(ResultsReport.Bar::value).max().orElse(1));
        float slot = Math.min(MAX_SLOT, WIDTH / Math.max(1, bars.size()));
        float barWidth = slot * 0.6f;
        float base = pages.y() - HEIGHT - 10;
        PDPageContentStream stream = pages.stream();
        stream.setLineWidth(0.5f);
        stream.setStrokingColor(0.3f, 0.3f, 0.3f);
        stream.moveTo(MARGIN, base);
        stream.lineTo(MARGIN + slot * bars.size(), base);
        stream.stroke();
        for (int i = 0; i < bars.size(); i++) {
            ResultsReport.Bar bar = bars.get(i);
            float x = MARGIN + i * slot + (slot - barWidth) / 2;
            float height = HEIGHT * bar.value() / max;
            stream.setNonStrokingColor(0.04f, 0.43f, 0.31f);
            stream.addRect(x, base, barWidth, height);
            stream.fill();
            stream.setNonStrokingColor(0f, 0f, 0f);
            centred(pages, String.valueOf(bar.value()), x + barWidth / 2, base + height + 3);
            float labelY = base - LEADING;
            for (String part : ResultsReportRenderer.lines(bar.label(), regular, LABEL_SIZE, slot - 4)) {
                centred(pages, part, x + barWidth / 2, labelY);
                labelY -= LEADING - 2;
            }
        }
        pages.moveDownTo(base - LABEL_SPACE);
    }

    private void centred(PageCursor pages, String text, float centre, float baseline) throws IOException {
        pages.show(regular, LABEL_SIZE, text, centre - PdfText.width(text, regular, LABEL_SIZE) / 2, baseline);
    }
}
