package id.kawal.innovation.index;

import id.kawal.document.DocumentOwner;
import id.kawal.innovation.Evidence;
import id.kawal.innovation.InnovationStatus;
import id.kawal.system.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The innovation index of a year, computed from the registry (see {@link IndexRules} for what qualifies and how it
 * scores), with the window and weights an administrator sets.
 */
@Service
public class InnovationIndex {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final IndexQueries queries;
    private final IndexYearRepository years;
    private final IndexWeightRepository weights;
    private final IndexPredicate predicate;
    private final Clock clock;

    public InnovationIndex(IndexQueries queries, IndexYearRepository years, IndexWeightRepository weights,
            IndexPredicate predicate, Clock clock) {
        this.queries = queries;
        this.years = years;
        this.weights = weights;
        this.predicate = predicate;
        this.clock = clock;
    }

    /** A running innovation of the window: its evidence, whether it qualifies, the indicators it meets, its score. */
    public record Line(Candidate innovation, boolean documentOrLink, boolean usage, boolean qualifies,
            Set<String> indicators, double score, long documents, List<String> links) {
    }

    /**
     * The index of a year: entered (implemented by the window's end, or undated), inside the window, running,
     * qualifying; the score and its predicate; the window's running innovations, qualifying or not.
     */
    public record Index(int year, LocalDate windowFrom, LocalDate windowTo, BigDecimal spdScore, long entered,
            long undated, long inWindow, long running, long qualifying, double sid, BigDecimal iid, String predicate,
            List<Line> lines, List<IndexWeight> weights) {

        public List<Line> qualifyingLines() {
            return lines.stream().filter(Line::qualifies).toList();
        }

        public List<Line> incompleteLines() {
            return lines.stream().filter(l -> !l.qualifies()).toList();
        }
    }

    @Transactional(readOnly = true)
    public Optional<IndexYear> window(int year) {
        return years.findById(year);
    }

    @Transactional(readOnly = true)
    public List<IndexYear> windows() {
        return years.findAll().stream().sorted((a, b) -> b.getYear().compareTo(a.getYear())).toList();
    }

    @Transactional(readOnly = true)
    public List<IndexWeight> weights() {
        return weights.findAllByOrderByGroupAscSortOrderAsc();
    }

    /** The index of {@code year}; a year without a window is refused on {@code year}, never computed on nothing. */
    @Transactional(readOnly = true)
    public Index of(int year) {
        checkYear(year);
        IndexYear window = years.findById(year)
                .orElseThrow(() -> new InvalidInputException("year", "index.windowNotSet", String.valueOf(year)));
        LocalDate from = window.getWindowFrom();
        LocalDate to = window.getWindowTo();
        Set<InnovationStatus> running = InnovationStatus.RUNNING;
        List<IndexWeight> setup = weights();
        Map<String, BigDecimal> w = new HashMap<>();
        setup.forEach(x -> w.put(x.getCode(), x.getWeight()));

        long entered = queries.entered(to);
        long undated = queries.undated();
        long inWindow = queries.inWindow(from, to);
        List<Candidate> candidates = queries.candidates(from, to, running);
        Map<Long, long[]> evidence = new HashMap<>(); // {links, usage figures, recent usage figures}
        for (Object[] e : queries.evidence(from, to, running, LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 12, 31))) {
            long[] counts = evidence.computeIfAbsent((Long) e[0], k -> new long[3]);
            if (e[1] == Evidence.Kind.LINK) {
                counts[0] += ((Number) e[2]).longValue();
            } else {
                counts[1] += ((Number) e[2]).longValue();
                counts[2] += e[3] == null ? 0 : ((Number) e[3]).longValue();
            }
        }
        Map<Long, Long> documents = counts(queries.documents(DocumentOwner.INNOVATION, from, to, running));
        Map<Long, Long> entries = counts(queries.entries(from, to, running));
        Map<Long, List<String>> links = new HashMap<>();
        for (Object[] l : queries.links(from, to, running)) {
            links.computeIfAbsent((Long) l[0], k -> new ArrayList<>()).add((String) l[1]);
        }

        List<Line> lines = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (Candidate c : candidates) {
            long[] ev = evidence.getOrDefault(c.id(), new long[3]);
            long docs = documents.getOrDefault(c.id(), 0L);
            boolean documentOrLink = docs > 0 || ev[0] > 0;
            boolean usage = ev[1] > 0;
            boolean qualifies = IndexRules.qualification(c.startedOn(), c.status(), documentOrLink, usage, from, to)
                    == IndexRules.Outcome.QUALIFIES;
            Set<String> met = new LinkedHashSet<>();
            if (c.ownerName() != null && !c.ownerName().isBlank()) {
                met.add(IndexRules.OWNER);
            }
            if (IndexRules.mature(c.startedOn(), to)) {
                met.add(IndexRules.MATURITY);
            }
            if (ev[2] > 0) {
                met.add(IndexRules.USAGE_RECENT);
            }
            if (c.status() == InnovationStatus.DIREPLIKASI) {
                met.add(IndexRules.REPLICATED);
            }
            if (entries.getOrDefault(c.id(), 0L) > 0) {
                met.add(IndexRules.AWARDED);
            }
            double score = IndexRules.innovationScore(met, w);
            if (qualifies) {
                scores.add(score);
            }
            lines.add(new Line(c, documentOrLink, usage, qualifies, met, score, docs, links.getOrDefault(c.id(), List.of())));
        }
        double sid = IndexRules.sid(scores, w);
        BigDecimal iid = IndexRules.iid(window.getSpdScore(), sid, w);
        return new Index(year, from, to, window.getSpdScore(), entered, undated, inWindow, candidates.size(),
                scores.size(), sid, iid, predicate.of(scores.size(), iid), lines, setup);
    }

    /** Sets (or changes) a year's window and capacity score. */
    @Transactional
    public IndexYear setWindow(int year, WindowForm form, String by) {
        checkYear(year);
        if (form.getWindowFrom() == null) {
            throw new InvalidInputException("windowFrom", "field.required");
        }
        if (form.getWindowTo() == null) {
            throw new InvalidInputException("windowTo", "field.required");
        }
        if (form.getWindowTo().isBefore(form.getWindowFrom())) {
            throw new InvalidInputException("windowTo", "index.windowReversed");
        }
        if (form.getWindowFrom().getYear() > year) {
            throw new InvalidInputException("windowFrom", "index.windowAfterYear", String.valueOf(year));
        }
        BigDecimal spd = form.getSpdScore();
        if (spd != null && (spd.signum() < 0 || spd.compareTo(IndexRules.HUNDRED) > 0)) {
            throw new InvalidInputException("spdScore", "index.weightRange");
        }
        IndexYear row = years.findById(year).orElseGet(() -> new IndexYear(year));
        row.set(form.getWindowFrom(), form.getWindowTo(), spd, by, clock.instant());
        return years.saveAndFlush(row);
    }

    /** Saves every weight at once, or none: each 0-100 with two decimals at most, each group summing to 100. */
    @Transactional
    public List<IndexWeight> saveWeights(Map<String, BigDecimal> values, String by) {
        List<IndexWeight> all = weights();
        Map<String, IndexWeight.Group> groups = new LinkedHashMap<>();
        all.forEach(x -> groups.put(x.getCode(), x.getGroup()));
        Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
        values.keySet().stream().filter(code -> !groups.containsKey(code)).findFirst()
                .ifPresent(code -> errors.put("weights", message("index.weightUnknown", code)));
        IndexRules.problems(values, groups).forEach((field, codeAndArgs) -> errors.put(field,
                message((String) codeAndArgs.get(0), codeAndArgs.subList(1, codeAndArgs.size()).toArray())));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        all.forEach(x -> x.change(values.get(x.getCode()), by, clock.instant()));
        weights.flush();
        return all;
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("year", "index.yearOutOfRange", String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    private static MessageSourceResolvable message(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args, code);
    }
}
