package id.kawal.innovation.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The check's timers ask this bean how long an answer may wait: the reminder, then the escalation, then the end. */
class InnovationCheckScheduleTest {

    private static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2026-11-30T20:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @Test
    void eachPeriodStartsWhereThePreviousEnds() {
        InnovationCheckSchedule schedule = new InnovationCheckSchedule(
                new CheckProperties("0 0 8 15 1 ?", 30, 14, 10, 200), LATE_EVENING_UTC);

        assertThat(Duration.parse(schedule.reminder())).isEqualTo(Duration.ofDays(30));
        assertThat(Duration.parse(schedule.escalation())).isEqualTo(Duration.ofDays(44));
        assertThat(Duration.parse(schedule.finalDeadline())).isEqualTo(Duration.ofDays(54));
        assertThat(schedule.cycle()).isEqualTo("0 0 8 15 1 ?");
    }

    @Test
    void theDeadlineCountsFromTodayInTheUsersZone() {
        InnovationCheckSchedule schedule = new InnovationCheckSchedule(
                new CheckProperties("0 0 8 15 1 ?", 30, 14, 14, 200), LATE_EVENING_UTC);

        // 20:00 UTC is already 1 December in Pekalongan (WIB)
        assertThat(schedule.deadlineFromToday()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(schedule.dueDate().toInstant()).isEqualTo(Instant.parse("2026-12-30T17:00:00Z"));
    }
}
