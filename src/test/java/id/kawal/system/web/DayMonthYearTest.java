package id.kawal.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DayMonthYearTest {

    @ParameterizedTest
    @ValueSource(strings = {"17-08-2025", "17-8-2025", "17/08/2025", "17.08.2025", "17082025", " 17-08-2025 ", "2025-08-17"})
    void readsTheWaysPeopleAndScriptsWriteADay(String text) throws ParseException {
        assertThat(DayMonthYear.parseDate(text)).isEqualTo(LocalDate.of(2025, 8, 17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31-02-2025", "29-02-2025", "00-01-2025", "17-13-2025", "08-17-2025", "2025/08/17", "17-08-25",
            "kemarin", ""})
    void refusesADayThatDoesNotExistOrIsNotWrittenDayFirst(String text) {
        assertThatThrownBy(() -> DayMonthYear.parseDate(text)).isInstanceOf(ParseException.class);
    }

    @Test
    void acceptsTheLeapDayOfALeapYear() throws ParseException {
        assertThat(DayMonthYear.parseDate("29-02-2028")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-06-2025 08:00", "1-6-2025 8:00", "01/06/2025 08:00", "01-06-2025 08.00", "2025-06-01T08:00",
            "2025-06-01 08:00"})
    void readsADayAndATime(String text) throws ParseException {
        assertThat(DayMonthYear.parseDateTime(text)).isEqualTo(LocalDateTime.of(2025, 6, 1, 8, 0));
    }

    @Test
    void refusesATimeThatDoesNotExist() {
        assertThatThrownBy(() -> DayMonthYear.parseDateTime("01-06-2025 24:30")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> DayMonthYear.parseDateTime("01-06-2025")).isInstanceOf(ParseException.class);
    }

    @Test
    void writesDayFirstAndMomentsInWib() {
        assertThat(DayMonthYear.format(LocalDate.of(2025, 8, 7))).isEqualTo("07-08-2025");
        assertThat(DayMonthYear.format(LocalDateTime.of(2025, 6, 1, 8, 5))).isEqualTo("01-06-2025 08:05");
        // 23:30 UTC is 06:30 the next morning in Jakarta
        assertThat(DayMonthYear.format(Instant.parse("2025-08-16T23:30:00Z"))).isEqualTo("17-08-2025 06:30 WIB");
        assertThat(new DatesInPages().day(Instant.parse("2025-08-16T23:30:00Z"))).isEqualTo("17-08-2025");
        assertThat(new DatesInPages().day(null)).isEmpty();
    }

    @Test
    void theFormFieldFormatterPrintsWhatItReads() throws ParseException {
        DayMonthYear.Dates formatter = new DayMonthYear.Dates();
        LocalDate day = formatter.parse("5/1/2026", null);
        assertThat(formatter.print(day, null)).isEqualTo("05-01-2026");
    }
}
