package id.kawal.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    // criteria 1 (benefit, 40), 2 (access, 35), 3 (replicability, 25)
    private final Map<Long, Integer> weights = new LinkedHashMap<>(Map.of(1L, 40, 2L, 35, 3L, 25));
    private final List<Long> heaviestFirst = List.of(1L, 2L, 3L);

    @Test
    void aJurorsTotalIsTheWeightedMeanOfTheCriteria() {
        assertThat(Scoring.jurorTotal(Map.of(1L, d("80"), 2L, d("70"), 3L, d("90")), weights)).isEqualByComparingTo("79.00");
    }

    @Test
    void aMissingCriterionScoreIsAnError() {
        assertThatThrownBy(() -> Scoring.jurorTotal(Map.of(1L, d("80")), weights)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEntryTotalIsTheMeanOfItsJurorsTotals() {
        assertThat(Scoring.entryTotal(List.of(d("79"), d("81"), d("86")))).isEqualByComparingTo("82.00");
    }

    @Test
    void theSpreadIsHighestMinusLowest() {
        assertThat(Scoring.spread(List.of(d("79"), d("95.5"), d("86")))).isEqualByComparingTo("16.5");
    }

    @Test
    void aJurorFarFromTheOthersIsAnOutlier() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        totals.put("juri1", d("80"));
        totals.put("juri2", d("82"));
        totals.put("juri3", d("50"));
        assertThat(Scoring.outliers(totals)).containsExactly("juri3");
    }

    @Test
    void withTwoJurorsNobodyIsCalledAnOutlier() {
        assertThat(Scoring.outliers(Map.of("juri1", d("90"), "juri2", d("40")))).isEmpty();
    }

    @Test
    void entriesRankByTotalHighestFirst() {
        var ranking = Scoring.rank(List.of(
                new Scoring.Candidate(1L, d("70"), Map.of(), Instant.EPOCH),
                new Scoring.Candidate(2L, d("90"), Map.of(), Instant.EPOCH),
                new Scoring.Candidate(3L, d("80"), Map.of(), Instant.EPOCH)), TieBreakRule.HEAVIEST_CRITERION, heaviestFirst);
        assertThat(ranking.order()).containsExactly(2L, 3L, 1L);
        assertThat(ranking.unresolvedTie()).isFalse();
    }

    @Test
    void aTieGoesToTheHigherScoreOnTheHeaviestCriterion() {
        var ranking = Scoring.rank(List.of(
                new Scoring.Candidate(1L, d("80"), Map.of(1L, d("75"), 2L, d("90")), Instant.EPOCH),
                new Scoring.Candidate(2L, d("80"), Map.of(1L, d("85"), 2L, d("70")), Instant.EPOCH)),
                TieBreakRule.HEAVIEST_CRITERION, heaviestFirst);
        assertThat(ranking.order()).containsExactly(2L, 1L);
        assertThat(ranking.unresolvedTie()).isFalse();
    }

    @Test
    void aTieCanGoToTheEarlierSubmission() {
        var ranking = Scoring.rank(List.of(
                new Scoring.Candidate(1L, d("80"), Map.of(), Instant.parse("2023-05-02T00:00:00Z")),
                new Scoring.Candidate(2L, d("80"), Map.of(), Instant.parse("2023-05-01T00:00:00Z"))),
                TieBreakRule.EARLIER_SUBMISSION, heaviestFirst);
        assertThat(ranking.order()).containsExactly(2L, 1L);
    }

    @Test
    void aTieTheRuleCannotBreakIsReportedForTheAdministrator() {
        var ranking = Scoring.rank(List.of(
                new Scoring.Candidate(1L, d("80"), Map.of(1L, d("80")), Instant.EPOCH),
                new Scoring.Candidate(2L, d("80"), Map.of(1L, d("80")), Instant.EPOCH),
                new Scoring.Candidate(3L, d("60"), Map.of(1L, d("60")), Instant.EPOCH)),
                TieBreakRule.HEAVIEST_CRITERION, heaviestFirst);
        assertThat(ranking.unresolvedTie()).isTrue();
        assertThat(ranking.ties()).containsExactly(List.of(1L, 2L));
        assertThat(ranking.order()).containsExactly(1L, 2L, 3L);
    }
}
