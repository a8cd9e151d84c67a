package id.kawal.innovation.check;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The yearly "still running?" check, {@code kawal.innovation.*}.
 *
 * @param checkCycle     when the engine starts the yearly round: a Camunda 7 timer cycle, either a Quartz-style cron
 *                       expression, seconds first ({@code 0 0 8 15 1 ?}: every 15 January at 08:00, the default), or
 *                       an ISO 8601 repetition ({@code R/2027-01-15T08:00:00/P1Y}); read when the model is deployed
 * @param checkDays      days the owner has to answer before being reminded (the answer's deadline)
 * @param escalationDays days after that deadline before the OPD's head(s) are told, and may answer too
 * @param finalDays      days after the escalation before the check ends as "tidak diketahui"
 * @param batchSize      how many running innovations one step of a round looks at; each batch is a job of its own
 */
@ConfigurationProperties("kawal.innovation")
public record CheckProperties(@DefaultValue("0 0 8 15 1 ?") String checkCycle,
        @DefaultValue("30") int checkDays,
        @DefaultValue("14") int escalationDays,
        @DefaultValue("14") int finalDays,
        @DefaultValue("200") int batchSize) {
}
