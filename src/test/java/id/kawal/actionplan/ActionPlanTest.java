package id.kawal.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionPlanTest {

    private final Cohort cohort = new Cohort("PKA-I-2025", "PKA Angkatan I Tahun 2025", "Kota Pekalongan",
            LocalDate.of(2025, 4, 14), null);

    private ActionPlan plan() {
        return new ActionPlan(cohort, "peserta", "197905122006041009", "mentor", "coach", "penguji", Instant.EPOCH);
    }

    @Test
    void businessKeyIsNipAndCohortCode() {
        assertThat(plan().getBusinessKey()).isEqualTo("197905122006041009/PKA-I-2025");
    }

    @Test
    void finalScoreIsTheMeanOfTheThreeSeminarScoresToTwoDecimals() {
        ActionPlan plan = plan();
        plan.score(ActionPlan.SeminarRole.EXAMINER, new BigDecimal("85"));
        plan.score(ActionPlan.SeminarRole.COACH, new BigDecimal("88"));
        plan.score(ActionPlan.SeminarRole.MENTOR, new BigDecimal("86"));
        assertThat(plan.computeFinalScore()).isEqualByComparingTo("86.33");
    }

    @ParameterizedTest(name = "seminar score {0} is refused")
    @ValueSource(strings = {"100.01", "101", "-0.01", "-5"})
    void seminarScoreOutsideZeroToHundredIsRefused(String score) {
        ActionPlan plan = plan();
        assertThatThrownBy(() -> plan.score(ActionPlan.SeminarRole.EXAMINER, new BigDecimal(score)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(plan.getExaminerScore()).isNull();
    }

    @Test
    void missingSeminarScoreIsRefused() {
        ActionPlan plan = plan();
        assertThatThrownBy(() -> plan.score(ActionPlan.SeminarRole.MENTOR, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void finalScoreOfTheExtremeScoresStaysWithinZeroToHundred() {
        ActionPlan top = plan();
        for (ActionPlan.SeminarRole role : ActionPlan.SeminarRole.values()) {
            top.score(role, new BigDecimal("100"));
        }
        assertThat(top.computeFinalScore()).isEqualByComparingTo("100");
        ActionPlan bottom = plan();
        for (ActionPlan.SeminarRole role : ActionPlan.SeminarRole.values()) {
            bottom.score(role, BigDecimal.ZERO);
        }
        assertThat(bottom.computeFinalScore()).isEqualByComparingTo("0");
    }

    /** A score stored out of range by other means (a database edit) never reaches the graduation table. */
    @Test
    void finalScoreIsRefusedWhenAStoredScoreIsOutOfRange() throws Exception {
        ActionPlan plan = plan();
        for (ActionPlan.SeminarRole role : ActionPlan.SeminarRole.values()) {
            plan.score(role, new BigDecimal("90"));
        }
        Field coach = ActionPlan.class.getDeclaredField("coachScore");
        coach.setAccessible(true);
        coach.set(plan, new BigDecimal("250"));

        assertThatThrownBy(plan::computeFinalScore).isInstanceOf(IllegalStateException.class);
        assertThat(plan.getFinalScore()).isNull();
    }

    @Test
    void finalScoreNeedsAllThreeScores() {
        ActionPlan plan = plan();
        plan.score(ActionPlan.SeminarRole.EXAMINER, new BigDecimal("85"));
        assertThatThrownBy(plan::computeFinalScore).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void proposalReplacesItsMilestonesWhileDrafting() {
        ActionPlan plan = plan();
        plan.writeProposal("A", "p", "o", List.of(new PlannedMilestone("m1", LocalDate.of(2025, 5, 1)),
                new PlannedMilestone("m2", LocalDate.of(2025, 6, 1))));
        plan.writeProposal("B", "p", "o", List.of(new PlannedMilestone("only", LocalDate.of(2025, 5, 1))));
        assertThat(plan.getMilestones()).extracting(Milestone::getTitle).containsExactly("only");
        assertThat(plan.getTitle()).isEqualTo("B");
    }

    @Test
    void proposalCannotChangeOnceTheTrialStarted() {
        ActionPlan plan = plan();
        plan.moveTo(Stage.TRIAL);
        assertThatThrownBy(() -> plan.writeProposal("B", "p", "o", List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void progressRunsFromZeroAtProposalToHundredWhenFinished() {
        ActionPlan plan = plan();
        assertThat(plan.progressPercent()).isZero();
        plan.moveTo(Stage.SEMINAR);
        assertThat(plan.progressPercent()).isBetween(50, 80);
        plan.moveTo(Stage.NOT_PASSED);
        assertThat(plan.progressPercent()).isEqualTo(100);
    }

    @Test
    void onlyTheParticipantAndTheirAssessorsAreInvolved() {
        ActionPlan plan = plan();
        assertThat(plan.involves("peserta")).isTrue();
        assertThat(plan.involves("mentor")).isTrue();
        assertThat(plan.involves("penguji")).isTrue();
        assertThat(plan.involves("mentor2")).isFalse();
    }

    @Test
    void aMilestoneIsOverdueAfterItsDueDateUntilReported() {
        ActionPlan plan = plan();
        plan.writeProposal("A", "p", "o", List.of(new PlannedMilestone("m1", LocalDate.of(2025, 5, 1))));
        Milestone m = plan.getMilestones().get(0);
        assertThat(m.isOverdue(LocalDate.of(2025, 5, 1))).isFalse();
        assertThat(m.isOverdue(LocalDate.of(2025, 5, 2))).isTrue();
        m.report("done", Instant.EPOCH);
        assertThat(m.isOverdue(LocalDate.of(2025, 5, 2))).isFalse();
    }
}
