package id.kawal.system.web;

import id.kawal.system.ClockConfig;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalQuery;
import java.util.List;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Dates as Indonesians write them, whatever the browser's language: entered and shown as {@code dd-MM-yyyy} (times as
 * {@code dd-MM-yyyy HH:mm}, in WIB). Typing is forgiving where it cannot be ambiguous: one-digit days and months,
 * slashes or dots instead of hyphens, the eight digits alone (a phone's number pad has no hyphen), and the ISO form
 * that scripts and older pages send ({@code 2025-08-17}, {@code 2025-08-17T08:00}). The year's position tells the
 * forms apart; a day that does not exist (31-02-2025) is refused, never rolled over.
 */
public final class DayMonthYear {

    public static final String DATE = "dd-MM-yyyy";
    public static final String DATE_TIME = "dd-MM-yyyy HH:mm";

    private static final DateTimeFormatter PRINT_DATE = strict(DATE);
    private static final DateTimeFormatter PRINT_DATE_TIME = strict(DATE_TIME);

    private static final List<DateTimeFormatter> DATES = List.of(strict("d-M-yyyy"), strict("d/M/yyyy"),
            strict("d.M.yyyy"), strict("ddMMyyyy"), DateTimeFormatter.ISO_LOCAL_DATE);
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(strict("d-M-yyyy H:mm"), strict("d/M/yyyy H:mm"),
            strict("d.M.yyyy H:mm"), strict("d-M-yyyy H.mm"), strict("yyyy-MM-dd H:mm"), DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private DayMonthYear() {
    }

    private static DateTimeFormatter strict(String pattern) {
        // 'u' (proleptic year) instead of 'y' (year of era): STRICT resolving needs it to check the day exists
        return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    public static String format(LocalDate date) {
        return date == null ? "" : PRINT_DATE.format(date);
    }

    public static String format(LocalDateTime dateTime) {
        return dateTime == null ? "" : PRINT_DATE_TIME.format(dateTime);
    }

    /** A moment as the users read it: their date and time in WIB, with the zone said. */
    public static String format(Instant instant) {
        return instant == null ? "" : PRINT_DATE_TIME.format(instant.atZone(ClockConfig.ZONE)) + " WIB";
    }

    public static LocalDate parseDate(String text) throws ParseException {
        return parse(text, DATES, LocalDate::from);
    }

    public static LocalDateTime parseDateTime(String text) throws ParseException {
        return parse(text, DATE_TIMES, LocalDateTime::from);
    }

    private static <T> T parse(String text, List<DateTimeFormatter> formats, TemporalQuery<T> query) throws ParseException {
        String trimmed = text.trim();
        for (DateTimeFormatter format : formats) {
            try {
                return format.parse(trimmed, query);
            } catch (DateTimeParseException notThisOne) {
                // try the next way of writing it
            }
        }
        throw new ParseException("Not a date as dd-MM-yyyy: " + text, 0);
    }

    /** The form fields' formatter for {@link LocalDate}. */
    public static final class Dates implements Formatter<LocalDate> {
        @Override
        public LocalDate parse(String text, Locale locale) throws ParseException {
            return parseDate(text);
        }

        @Override
        public String print(LocalDate date, Locale locale) {
            return format(date);
        }
    }

    /** The form fields' formatter for {@link LocalDateTime} (a time in WIB). */
    public static final class DateTimes implements Formatter<LocalDateTime> {
        @Override
        public LocalDateTime parse(String text, Locale locale) throws ParseException {
            return parseDateTime(text);
        }

        @Override
        public String print(LocalDateTime dateTime, Locale locale) {
            return format(dateTime);
        }
    }
}
