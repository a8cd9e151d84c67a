package id.kawal.innovation.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The times of the yearly check, asked by the models: when the round starts
 * ({@code ${innovationCheckSchedule.cycle()}}, read at deployment) and how long an answer may wait before the
 * reminder, the escalation and the end (ISO 8601 durations from the task's creation). Bean name
 * {@code innovationCheckSchedule}.
 */
@Component("innovationCheckSchedule")
public class InnovationCheckSchedule {

    private final CheckProperties properties;
    private final Clock clock;

    public InnovationCheckSchedule(CheckProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public String cycle() {
        return properties.checkCycle();
    }

    /** The answer's deadline, when the owner is reminded: {@code kawal.innovation.check-days}. */
    public String reminder() {
        return "P" + properties.checkDays() + "D";
    }

    /** When the OPD's heads are told: {@code check-days + escalation-days}. */
    public String escalation() {
        return "P" + (properties.checkDays() + properties.escalationDays()) + "D";
    }

    /** When the check ends without an answer: {@code check-days + escalation-days + final-days}. */
    public String finalDeadline() {
        return "P" + (properties.checkDays() + properties.escalationDays() + properties.finalDays()) + "D";
    }

    /** The deadline of a check started today, as the task and the year's list show it. */
    public LocalDate deadlineFromToday() {
        return LocalDate.now(clock).plusDays(properties.checkDays());
    }

    /** The same deadline, as the task's due date (the start of that day in the users' zone). */
    public Date dueDate() {
        return Date.from(deadlineFromToday().atStartOfDay(clock.getZone()).toInstant());
    }
}
