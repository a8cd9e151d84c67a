package id.kawal.report;

import static id.kawal.report.ReportLayout.TEXT_SIZE;
import static id.kawal.report.ReportLayout.TITLE_SIZE;
import static id.kawal.report.ReportLayout.WIDTH;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.stereotype.Component;

import id.kawal.pdf.EmbeddedFonts;
import id.kawal.pdf.PdfA;
import id.kawal.pdf.PdfText;

/**
 * A {@link ResultsReport} as a PDF on as many A4 landscape pages as it needs: the title, the facts, the chart
 * ({@link ResultsChart}), each table ({@link ResultsTable}) under its heading, then the closing lines; the
 * {@link PageCursor} starts a new page when the next part does not fit. Geometry lives in {@link ReportLayout}; the
 * words come from the caller, in the reader's language.
 * <p>
 * The PDF is PDF/A-2b ({@link PdfA}) with the embedded DejaVu Sans fonts ({@link EmbeddedFonts}); its metadata says
 * title = the report's title, author {@value PdfA#PRODUCER}, created = {@link ResultsReport#created()}. The same
 * report always gives the same bytes.
 */
@Component
public class ResultsReportRenderer {

    public byte[] render(ResultsReport report) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = EmbeddedFonts.regular(document);
            PDFont bold = EmbeddedFonts.bold(document);
            try (PageCursor pages = new PageCursor(document)) {
                pages.line(bold, TITLE_SIZE, PdfText.printable(report.title(), bold));
                pages.skip(4);
                paragraphs(pages, report.facts(), regular);
                if (report.chart() != null && !report.chart().bars().isEmpty()) {
                    pages.skip(8);
                    new ResultsChart(regular, bold).draw(pages, report.chart());
                }
                ResultsTable table = new ResultsTable(regular, bold);
                for (ResultsReport.Section section : report.sections()) {
                    pages.skip(8);
                    if (section.heading() != null) {
                        pages.line(bold, TEXT_SIZE + 2, PdfText.printable(section.heading(), bold));
                        pages.skip(2);
                    }
                    table.draw(pages, section);
                }
                pages.skip(6);
                paragraphs(pages, report.closing(), regular);
            }
            PdfA.makePdfA2b(document, new PdfA.DocumentMeta(report.title(), PdfA.PRODUCER,
                    subject(report.title(), report.facts()), null, GregorianCalendar.from(report.created())));
            return PdfA.save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraphs(PageCursor pages, List<String> paragraphs, PDFont font) throws IOException {
        for (String paragraph : paragraphs) {
            for (String line : lines(paragraph, font, TEXT_SIZE, WIDTH)) {
                pages.line(font, TEXT_SIZE, line);
            }
        }
    }

    /** {@link PdfText#wrap}, except that nothing to say still takes one (empty) line: a fact, a cell, a label. */
    static List<String> lines(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = PdfText.wrap(text, font, size, maxWidth);
        return lines.isEmpty() ? List.of("") : lines;
    }

    /** The title, followed by the first fact (e.g. organiser and year) when there is one. */
    private static String subject(String title, List<String> facts) {
        return facts.isEmpty() ? title : title + " - " + facts.get(0);
    }
}
