package id.kawal.innovation.index;

import id.kawal.innovation.InnovationStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of Kawal's reading of the national innovation index (IGA / Indeks Inovasi Daerah, 2023 scheme), pure
 * functions over what the registry records.
 *
 * <p><b>Qualifying.</b> An innovation counts for an index year when it was implemented ({@code startedOn}) inside the
 * year's eligibility window, its evidence is complete, and it still runs (status on trial, running or replicated:
 * not stopped, and not marked "unknown" by the yearly check). Evidence is complete with at least one document or
 * link showing it (a document in the record's evidence, or a link) and at least one usage figure.
 *
 * <p><b>Score.</b> IID = SPD weight × SPD score + SID weight × SID, each on 0-100, so IID is on 0-100 as the scheme's
 * "(SPD + SID) / maximum × 100". SPD, the region's capacity (indicators 1-15), is not in the registry: the
 * administrator enters it per year. SID follows the scheme's shape: (sum of the qualifying innovations' scores) /
 * MAX(10, n), plus a score for the number of innovations (full at 10 or more), weighted INNOVATIONS and COUNT.
 * An innovation's score (0-100) is the sum of the weights of the indicators it meets; Kawal's indicators stand for the
 * scheme's indicators 16-35 that the registry can tell: a named owner, a year of operation by the window's end,
 * a usage figure of the index year or the one before, replication elsewhere, a competition entry.
 * All weights are setup data; each group sums to 100.
 */
public final class IndexRules {

    public static final String SPD = "SPD";
    public static final String SID = "SID";
    public static final String INNOVATIONS = "INNOVATIONS";
    public static final String COUNT = "COUNT";
    public static final String OWNER = "OWNER";
    public static final String MATURITY = "MATURITY";
    public static final String USAGE_RECENT = "USAGE_RECENT";
    public static final String REPLICATED = "REPLICATED";
    public static final String AWARDED = "AWARDED";

    /** The n below which the scheme divides by 10 anyway (MAX(10, n)), and at which the count score is full. */
    static final int MIN_DIVISOR = 10;
    static final BigDecimal HUNDRED = new BigDecimal("100");

    private IndexRules() {
    }

    /** Why an entered innovation does or does not count, in the order the desk review checks. */
    public enum Outcome { QUALIFIES, NO_START_DATE, OUTSIDE_WINDOW, NOT_RUNNING, EVIDENCE_INCOMPLETE }

    public static Outcome qualification(LocalDate startedOn, InnovationStatus status, boolean documentOrLink,
            boolean usage, LocalDate from, LocalDate to) {
        if (startedOn == null) {
            return Outcome.NO_START_DATE;
        }
        if (startedOn.isBefore(from) || startedOn.isAfter(to)) {
            return Outcome.OUTSIDE_WINDOW;
        }
        if (!InnovationStatus.RUNNING.contains(status)) {
            return Outcome.NOT_RUNNING;
        }
        return documentOrLink && usage ? Outcome.QUALIFIES : Outcome.EVIDENCE_INCOMPLETE;
    }

    /** Whether an innovation had run a year by the window's end. */
    static boolean mature(LocalDate startedOn, LocalDate windowTo) {
        return !startedOn.isAfter(windowTo.minusYears(1));
    }

    /** An innovation's score, 0-100: the weights of the indicators it meets. */
    public static double innovationScore(Set<String> met, Map<String, BigDecimal> weights) {
        return met.stream().map(code -> weights.getOrDefault(code, BigDecimal.ZERO)).mapToDouble(BigDecimal::doubleValue).sum();
    }

    /** SID on 0-100: (sum of scores) / MAX(10, n) weighted INNOVATIONS, plus the count score weighted COUNT. */
    public static double sid(Collection<Double> scores, Map<String, BigDecimal> weights) {
        int n = scores.size();
        double quality = scores.stream().mapToDouble(Double::doubleValue).sum() / Math.max(MIN_DIVISOR, n);
        double count = 100.0 * Math.min(n, MIN_DIVISOR) / MIN_DIVISOR;
        return share(weights, INNOVATIONS) * quality + share(weights, COUNT) * count;
    }

    /** IID on 0-100, to two decimals (the predicate ranges are written to two decimals). */
    public static BigDecimal iid(BigDecimal spdScore, double sid, Map<String, BigDecimal> weights) {
        double spd = spdScore == null ? 0 : spdScore.doubleValue();
        return BigDecimal.valueOf(share(weights, SPD) * spd + share(weights, SID) * sid).setScale(2, RoundingMode.HALF_UP);
    }

    private static double share(Map<String, BigDecimal> weights, String code) {
        return weights.getOrDefault(code, BigDecimal.ZERO).doubleValue() / 100.0;
    }

    /**
     * What is wrong with a set of weights, by field ({@code weights[CODE]} for a value, {@code group.NAME} for a
     * group's sum), as message codes with their arguments; empty when they may be saved. Each weight is 0 to 100 with
     * at most two decimals, and each group's weights sum to exactly 100.
     */
    static Map<String, List<Object>> problems(Map<String, BigDecimal> values, Map<String, IndexWeight.Group> groups) {
        Map<String, List<Object>> problems = new LinkedHashMap<>();
        Map<IndexWeight.Group, BigDecimal> sums = new LinkedHashMap<>();
        for (Map.Entry<String, IndexWeight.Group> g : groups.entrySet()) {
            BigDecimal value = values.get(g.getKey());
            String field = "weights[" + g.getKey() + "]";
            if (value == null) {
                problems.put(field, List.of("field.required"));
                continue;
            }
            if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
                problems.put(field, List.of("index.weightRange"));
            } else if (value.stripTrailingZeros().scale() > 2) {
                problems.put(field, List.of("index.weightDecimals"));
            }
            sums.merge(g.getValue(), value, BigDecimal::add);
        }
        sums.forEach((group, sum) -> {
            if (sum.compareTo(HUNDRED) != 0) {
                problems.put("group." + group.name(), List.of("index.weightSum", sum.stripTrailingZeros().toPlainString()));
            }
        });
        return problems;
    }
}
