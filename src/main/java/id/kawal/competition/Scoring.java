package id.kawal.competition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The jury's arithmetic, free of storage so it can be tested as rules: weighted totals, the
 * spread between jurors, and the ranking with its tie-break.
 */
public final class Scoring {

    /** A juror whose total is this far from the others' mean is flagged as an outlier. */
    public static final BigDecimal OUTLIER_DISTANCE = new BigDecimal("15");

    private Scoring() {
    }

    /** One juror's total for one entry: the weighted mean of the criteria (weights sum to 100). */
    public static BigDecimal jurorTotal(Map<Long, BigDecimal> scoreByCriterion, Map<Long, Integer> weightByCriterion) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Long, Integer> weight : weightByCriterion.entrySet()) {
            BigDecimal score = scoreByCriterion.get(weight.getKey());
            if (score == null) {
                throw new IllegalArgumentException("No score for criterion " + weight.getKey());
            }
            sum = sum.add(score.multiply(BigDecimal.valueOf(weight.getValue())));
        }
        return sum.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** The entry's total: the mean of its jurors' totals. */
    public static BigDecimal entryTotal(List<BigDecimal> jurorTotals) {
        if (jurorTotals.isEmpty()) {
            throw new IllegalArgumentException("An entry needs at least one juror's score");
        }
        return jurorTotals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(jurorTotals.size()), 2, RoundingMode.HALF_UP);
    }

    /** Highest minus lowest juror total. */
    public static BigDecimal spread(List<BigDecimal> jurorTotals) {
        if (jurorTotals.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return jurorTotals.stream().max(Comparator.naturalOrder()).orElseThrow()
                .subtract(jurorTotals.stream().min(Comparator.naturalOrder()).orElseThrow());
    }

    /**
     * The jurors whose total is at least {@link #OUTLIER_DISTANCE} from the median of all the
     * jurors' totals (the median, unlike the mean, is not dragged along by the outlier itself).
     */
    public static List<String> outliers(Map<String, BigDecimal> totalByJuror) {
        List<String> outliers = new ArrayList<>();
        if (totalByJuror.size() < 3) {
            return outliers;
        }
        List<BigDecimal> sorted = totalByJuror.values().stream().sorted().toList();
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        totalByJuror.forEach((juror, total) -> {
            if (total.subtract(median).abs().compareTo(OUTLIER_DISTANCE) >= 0) {
                outliers.add(juror);
            }
        });
        return outliers;
    }

    /**
     * What ranking needs of an entry.
     *
     * @param meanByCriterion the jurors' mean per criterion, for the heaviest-criterion tie-break
     */
    public record Candidate(Long entryId, BigDecimal total, Map<Long, BigDecimal> meanByCriterion, Instant submittedAt) {
    }

    /** @param unresolvedTie two neighbours that the tie-break rule could not separate */
    public record Ranking(List<Long> order, boolean unresolvedTie, List<List<Long>> ties) {
    }

    /**
     * Orders the entries by total, highest first; equal totals by the competition's tie-break rule.
     * {@code criteriaByWeight} lists criterion ids from the heaviest down (earlier position first
     * among equal weights).
     */
    public static Ranking rank(List<Candidate> candidates, TieBreakRule rule, List<Long> criteriaByWeight) {
        Comparator<Candidate> byTotal = Comparator.comparing(Candidate::total).reversed();
        Comparator<Candidate> tieBreak = switch (rule) {
            case HEAVIEST_CRITERION -> (a, b) -> {
                for (Long criterion : criteriaByWeight) {
                    int c = b.meanByCriterion().getOrDefault(criterion, BigDecimal.ZERO)
                            .compareTo(a.meanByCriterion().getOrDefault(criterion, BigDecimal.ZERO));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            };
            case EARLIER_SUBMISSION -> Comparator.comparing(Candidate::submittedAt);
        };
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(byTotal.thenComparing(tieBreak).thenComparing(Candidate::entryId));
        List<List<Long>> ties = new ArrayList<>();
        Map<String, List<Long>> groups = new LinkedHashMap<>();
        for (Candidate c : sorted) {
            groups.computeIfAbsent(key(c, sorted, byTotal.thenComparing(tieBreak)), k -> new ArrayList<>()).add(c.entryId());
        }
        groups.values().stream().filter(g -> g.size() > 1).forEach(ties::add);
        return new Ranking(sorted.stream().map(Candidate::entryId).collect(Collectors.toList()), !ties.isEmpty(), ties);
    }

    private static String key(Candidate c, List<Candidate> sorted, Comparator<Candidate> order) {
        for (Candidate other : sorted) {
            if (order.compare(c, other) == 0) {
                return String.valueOf(other.entryId());
            }
        }
        return String.valueOf(c.entryId());
    }
}
