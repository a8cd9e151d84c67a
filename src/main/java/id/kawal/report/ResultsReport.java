package id.kawal.report;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a results report shows, in the reader's words (the caller resolves them): a title, a few lines of facts, an
 * optional bar chart, one or more tables and closing lines. {@link ResultsReportRenderer} decides the geometry.
 *
 * @param chart   a bar chart drawn above the tables, or {@code null} for none
 * @param created when the report was made, written to the PDF metadata (seconds precision)
 */
public record ResultsReport(String title, List<String> facts, Chart chart, List<Section> sections,
        List<String> closing, ZonedDateTime created) {

    public ResultsReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(created, "created");
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
        closing = List.copyOf(closing);
    }

    /** A report of one untitled table and no chart. */
    public static ResultsReport singleTable(String title, List<String> facts, List<String> header, float[] columnWeights,
            List<List<String>> rows, List<String> closing, ZonedDateTime created) {
        return new ResultsReport(title, facts, null, List.of(new Section(null, header, columnWeights, rows)), closing,
                created);
    }

    /**
     * A table, optionally with a heading; its header is repeated on every page it flows over.
     *
     * @param columnWeights relative widths of the columns; a row may have fewer cells than columns
     */
    public record Section(String heading, List<String> header, float[] columnWeights, List<List<String>> rows) {
    }

    /** A vertical bar chart (vector shapes, not a picture), with an optional title. */
    public record Chart(String title, List<Bar> bars) {
    }

    /** One bar of a bar chart. */
    public record Bar(String label, int value) {
    }
}
