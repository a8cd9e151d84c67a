package id.kawal.innovation.index;

import static id.kawal.innovation.index.IndexPredicate.DECISION;
import static id.kawal.innovation.index.IndexPredicate.VAR_IID;
import static id.kawal.innovation.index.IndexPredicate.VAR_PREDICATE;
import static id.kawal.innovation.index.IndexPredicate.VAR_QUALIFYING;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The index predicate table in {@code processes/innovation-index-predicate.dmn}, at every boundary of its ranges. */
class InnovationIndexPredicateDecisionTest {

    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws IOException {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = InnovationIndexPredicateDecisionTest.class.getClassLoader()
                .getResourceAsStream("processes/innovation-index-predicate.dmn")) {
            assertThat(dmn).as("processes/innovation-index-predicate.dmn on the classpath").isNotNull();
            decision = dmnEngine.parseDecision(DECISION, dmn);
        }
    }

    @ParameterizedTest(name = "IID {0} -> {1}")
    @CsvSource({
            "100,   Sangat Inovatif",
            "75,    Sangat Inovatif",
            "60.01, Sangat Inovatif",
            "60.00, Inovatif",
            "47.5,  Inovatif",
            "35.00, Inovatif",
            "34.99, Kurang Inovatif",
            "10,    Kurang Inovatif",
            "0.01,  Kurang Inovatif",
            "0,     Tidak Dapat Dinilai",
    })
    void aScoreOfARegionWithQualifyingInnovationsGetsThe2023Predicate(double iid, String predicate) {
        assertThat(evaluate(5, iid).getSingleResult().<String>getEntry(VAR_PREDICATE)).isEqualTo(predicate);
    }

    @ParameterizedTest(name = "IID {0} with no qualifying innovation -> Tidak Dapat Dinilai")
    @ValueSource(doubles = {0, 20, 74.8})
    void aRegionWithoutQualifyingInnovationsCannotBeRatedWhateverItsScore(double iid) {
        assertThat(evaluate(0, iid).getSingleResult().<String>getEntry(VAR_PREDICATE)).isEqualTo("Tidak Dapat Dinilai");
    }

    @ParameterizedTest(name = "IID {0} -> PERLU_DIPERIKSA")
    @ValueSource(doubles = {100.01, 1000, -0.01})
    void aScoreOutsideZeroToHundredNeedsReview(double iid) {
        assertThat(evaluate(5, iid).getSingleResult().<String>getEntry(VAR_PREDICATE)).isEqualTo("PERLU_DIPERIKSA");
    }

    @Test
    void aMissingScoreNeedsReview() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_QUALIFYING, 3);
        variables.put(VAR_IID, null);
        assertThat(dmnEngine.evaluateDecision(decision, variables).getSingleResult().<String>getEntry(VAR_PREDICATE))
                .isEqualTo("PERLU_DIPERIKSA");
    }

    /** Every rule of the table is reached, exactly one at a time (hit policy UNIQUE). */
    @Test
    void everyRuleIsCoveredAndExactlyOneAnswers() {
        Map<String, double[]> oneCasePerRule = Map.of("nothing-reported", new double[] {0, 50},
                "very-innovative", new double[] {1, 80}, "innovative", new double[] {1, 50},
                "less-innovative", new double[] {1, 20}, "disclaimer", new double[] {1, 0},
                "needs-review", new double[] {1, 150});
        DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();
        assertThat(table.getRules()).extracting(DmnDecisionTableRuleImpl::getId)
                .containsExactlyInAnyOrderElementsOf(oneCasePerRule.keySet());
        oneCasePerRule.forEach((rule, c) -> assertThat(evaluate((int) c[0], c[1])).as(rule).hasSize(1));
    }

    private static DmnDecisionResult evaluate(int qualifying, double iid) {
        return dmnEngine.evaluateDecision(decision, Map.of(VAR_QUALIFYING, qualifying, VAR_IID, iid));
    }
}
