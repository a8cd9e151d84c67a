package id.kawal.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import id.kawal.system.KawalProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The late-review timers of the model ask this bean how long a review may wait. */
class ActionPlanDueDatesTest {

    private static ActionPlanDueDates withReviewDays(int reviewDays) {
        KawalProperties properties = new KawalProperties("http://localhost:8080",
                new KawalProperties.ActionPlan(7, Map.of(), reviewDays), null, null, null, null, null, null, null, null);
        return new ActionPlanDueDates(mock(MilestoneRepository.class), properties,
                Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneId.of("Asia/Jakarta")));
    }

    @Test
    void aLateReviewIsRemindedAfterReviewDaysAndEscalatedAfterTwiceAsMany() {
        ActionPlanDueDates dueDates = withReviewDays(3);

        assertThat(Duration.parse(dueDates.lateReviewReminder())).isEqualTo(Duration.ofDays(3));
        assertThat(Duration.parse(dueDates.lateReviewEscalation())).isEqualTo(Duration.ofDays(6));
    }

    @Test
    void reviewDaysDefaultToFiveAndAreSetWithKawalActionPlanReviewDays() {
        assertThat(bind(Map.of()).actionPlan().reviewDays()).isEqualTo(5);
        assertThat(bind(Map.of("kawal.action-plan.review-days", "2")).actionPlan().reviewDays()).isEqualTo(2);
    }

    private static KawalProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("kawal", KawalProperties.class);
    }
}
