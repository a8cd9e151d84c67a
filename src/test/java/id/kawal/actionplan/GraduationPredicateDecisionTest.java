package id.kawal.actionplan;

import static id.kawal.actionplan.ActionPlanProcess.GRADUATION_DECISION;
import static id.kawal.actionplan.ActionPlanProcess.VAR_FINAL_SCORE;
import static id.kawal.actionplan.ActionPlanProcess.VAR_PASSED;
import static id.kawal.actionplan.ActionPlanProcess.VAR_PREDICATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The graduation predicate table in {@code processes/graduation-predicate.dmn}, row by row and at every boundary. */
class GraduationPredicateDecisionTest {

    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws IOException {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = GraduationPredicateDecisionTest.class.getClassLoader()
                .getResourceAsStream("processes/graduation-predicate.dmn")) {
            assertThat(dmn).as("processes/graduation-predicate.dmn on the classpath").isNotNull();
            decision = dmnEngine.parseDecision(GRADUATION_DECISION, dmn);
        }
    }

    @ParameterizedTest(name = "nilai akhir {0} -> {1}, lulus {2}")
    @CsvSource({
            "100,   Sangat Memuaskan, true",
            "95,    Sangat Memuaskan, true",
            "90.01, Sangat Memuaskan, true",
            "90,    Memuaskan,        true",
            "85,    Memuaskan,        true",
            "80,    Cukup Memuaskan,  true",
            "75,    Cukup Memuaskan,  true",
            "70,    Kurang Memuaskan, true",
            "65,    Kurang Memuaskan, true",
            "60.5,  Kurang Memuaskan, true",
            "60,    Tidak Memuaskan,  false",
            "30,    Tidak Memuaskan,  false",
            "0,     Tidak Memuaskan,  false",
    })
    void finalScoreGivesPredicateAndPassed(double finalScore, String predicate, boolean passed) {
        DmnDecisionResultEntries result = evaluate(finalScore).getSingleResult();

        assertThat(result).isNotNull();
        assertThat(result.<String>getEntry(VAR_PREDICATE)).isEqualTo(predicate);
        assertThat(result.<Boolean>getEntry(VAR_PASSED)).isEqualTo(passed);
    }

    /** What the table answers for a score it cannot judge: no predicate, no pass/fail decision, never no rule. */
    private static final String NEEDS_REVIEW = "PERLU_DIPERIKSA";

    @ParameterizedTest(name = "nilai akhir {0} -> PERLU_DIPERIKSA, lulus kosong")
    @ValueSource(doubles = {101, 100.01, 1000, -0.01, -1, -100})
    void scoreOutsideZeroToHundredNeedsReviewWithoutAPassDecision(double finalScore) {
        DmnDecisionResultEntries result = evaluate(finalScore).getSingleResult();

        assertThat(result).as("a rule for %s", finalScore).isNotNull();
        assertThat(result.<String>getEntry(VAR_PREDICATE)).isEqualTo(NEEDS_REVIEW);
        assertThat(result.<Boolean>getEntry(VAR_PASSED)).isNull();
    }

    @Test
    void missingScoreNeedsReviewWithoutAPassDecision() {
        Map<String, Object> noScore = new HashMap<>();
        noScore.put(VAR_FINAL_SCORE, null);

        DmnDecisionResultEntries result = dmnEngine.evaluateDecision(decision, noScore).getSingleResult();

        assertThat(result).isNotNull();
        assertThat(result.<String>getEntry(VAR_PREDICATE)).isEqualTo(NEEDS_REVIEW);
        assertThat(result.<Boolean>getEntry(VAR_PASSED)).isNull();
    }

    @Test
    void scoresAtTheEdgesOfZeroToHundredAreJudgedNotSentForReview() {
        assertThat(evaluate(0.0).getSingleResult().<String>getEntry(VAR_PREDICATE)).isEqualTo("Tidak Memuaskan");
        assertThat(evaluate(100.0).getSingleResult().<String>getEntry(VAR_PREDICATE)).isEqualTo("Sangat Memuaskan");
    }

    /** Every rule of the table is reached by one of the scores above (hit policy UNIQUE: exactly one each). */
    @Test
    void everyRuleOfTheTableIsCoveredAndExactlyOneAnswers() {
        Map<String, Double> oneScorePerRule = Map.of("very-satisfactory", 95.0, "satisfactory", 85.0,
                "fairly-satisfactory", 75.0, "less-satisfactory", 65.0, "unsatisfactory", 30.0, "needs-review", 150.0);
        assertThat(decision.getKey()).isEqualTo(GRADUATION_DECISION);
        DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();
        assertThat(table.getRules()).extracting(DmnDecisionTableRuleImpl::getId)
                .containsExactlyInAnyOrderElementsOf(oneScorePerRule.keySet());
        oneScorePerRule.forEach((rule, score) -> assertThat(evaluate(score)).as(rule).hasSize(1));
    }

    @Test
    void integerScoreIsReadAsDouble() {
        assertThat(evaluate(90).getSingleResult().<String>getEntry(VAR_PREDICATE)).isEqualTo("Memuaskan");
    }

    private static DmnDecisionResult evaluate(Object finalScore) {
        return dmnEngine.evaluateDecision(decision, Map.of(VAR_FINAL_SCORE, finalScore));
    }
}
