package id.kawal.system.web;

import id.kawal.system.ClockConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import org.springframework.stereotype.Component;

/**
 * Dates in templates, one way everywhere: {@code ${@dates.day(c.issuedOn)}} gives 17-08-2025,
 * {@code ${@dates.time(n.createdAt)}} gives 17-08-2025 14:30 WIB (a moment in the users' zone, said so). Nothing
 * gives an empty text. One method per shape, taking any date type, so that a template never depends on which
 * overload the expression language picks for a null.
 */
@Component("dates")
public class DatesInPages {

    /** The day of a date, a local date-time or a moment (in WIB). */
    public String day(TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return DayMonthYear.format(LocalDate.ofInstant(instant, ClockConfig.ZONE));
        }
        return DayMonthYear.format(LocalDate.from(value));
    }

    /** The day and time of a moment or of a local date-time (already in WIB), with the zone said. */
    public String time(TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return DayMonthYear.format(instant);
        }
        return DayMonthYear.format(LocalDateTime.from(value)) + " WIB";
    }
}
