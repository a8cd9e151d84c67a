package id.kawal.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV Kawal writes goes through here, so that no cell can become a formula when the file is opened in a
 * spreadsheet (CSV or "formula" injection, OWASP): text that starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return is prefixed with a single quote, as the OWASP CSV Injection page advises. Numbers the
 * application computed itself ({@link Number} values) are written as they are, so that a spreadsheet can still sum
 * them.
 * <p>
 * Identifiers made of digits (an 18-digit NIP) go through {@link #identifier(String)}: a spreadsheet would read them
 * as numbers and keep only 15 significant digits ({@code 1.99001E+17}), losing the NIP for good. They get the same
 * leading single quote. We chose it over the two other common tricks: {@code ="199001..."} is itself a formula,
 * which is what this class exists to keep out of our files, and a leading tab is one of the characters OWASP says
 * to neutralise and is trimmed away (then the digits read as a number again) by importers that strip whitespace.
 * The quote is shown by some spreadsheets, but every digit survives, and {@link #unquoted(String)} takes it off
 * again when such a file comes back to Kawal.
 */
public final class CsvExport {

    private static final String TRIGGERS = "=+-@\t\r";

    private CsvExport() {
    }

    /** The CSV text of {@code rows} under {@code header}; each value goes through {@link #cell(Object)}. */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(CsvExport::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One cell: empty for null, numbers as they are, text that a spreadsheet would run as a formula quoted. */
    public static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value;
        }
        String text = value.toString();
        return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** An identifier of digits (a NIP) that a spreadsheet must keep as text; empty for null. */
    public static String identifier(String value) {
        return value == null || value.isEmpty() ? "" : "'" + value;
    }

    /** A cell read back from a CSV that may have been written by {@link #identifier(String)}: without its quote. */
    public static String unquoted(String value) {
        return value != null && value.startsWith("'") ? value.substring(1) : value;
    }
}
