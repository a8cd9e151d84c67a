package id.kawal.innovation.dashboard;

import id.kawal.identity.Person;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.innovation.InnovationRegistry;
import id.kawal.innovation.InnovationStatus;
import id.kawal.system.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mayor's target, "every OPD, one new innovation every year" (problem 2): every OPD against every year of a
 * range. An innovation is new in the year it started ({@code startedOn}, the date it was first implemented, which
 * is also what the national index's window looks at); the registration date is not used, because records of
 * innovations older than Kawal are registered long after they started. A record without a start date counts for no
 * year and is shown apart per OPD. Running, stopped and unknown are that year's new innovations by their status
 * today: how many of a year's innovations survive.
 *
 * <p>The rows are every OPD that has a record or an officer in Kawal (an OPD with nothing yet is the one the
 * target is about). Computed by two grouped queries and the list of OPDs, never by loading records.
 */
@Service
public class InnovationDashboard {

    /** The longest range one table shows. */
    static final int MAX_YEARS = 30;
    /** The years a range may start and end in. */
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private final DashboardRepository counts;
    private final InnovationRegistry registry;
    private final UserAccountService accounts;
    private final DashboardProperties properties;
    private final Clock clock;

    public InnovationDashboard(DashboardRepository counts, InnovationRegistry registry, UserAccountService accounts,
            DashboardProperties properties, Clock clock) {
        this.counts = counts;
        this.registry = registry;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /** One OPD in one year. */
    public record Cell(int year, long newCount, long running, long stopped, long unknown, boolean met) {
    }

    /** One OPD over the range: its cells, the records without a start date, the years it met the target. */
    public record Row(String opd, List<Cell> cells, long undated, int yearsMet) {
    }

    /** One year over every OPD shown. */
    public record YearTotal(int year, long newCount, long running, long stopped, long unknown, int opdsMet, int opds) {
    }

    public record Dashboard(int from, int to, String opd, int target, List<Integer> years, List<Row> rows,
            List<YearTotal> totals) {
    }

    /** Whether an OPD's new innovations of a year meet the target. */
    static boolean met(long newCount, int target) {
        return newCount >= target;
    }

    /**
     * The table for the years {@code from} to {@code to} (by default the current year and the three before it),
     * for one OPD or all ({@code opd} empty).
     */
    @Transactional(readOnly = true)
    public Dashboard of(Integer from, Integer to, String opd) {
        int last = to == null ? (from == null ? LocalDate.now(clock).getYear() : Math.max(from, LocalDate.now(clock).getYear())) : to;
        int first = from == null ? last - 3 : from;
        check(first, last);
        String only = opd == null || opd.isBlank() ? null : opd.trim();
        int target = properties.targetPerYear();

        Map<String, Map<Integer, long[]>> byOpd = new HashMap<>();
        for (OpdYearCount c : counts.countsByOpdYearAndStatus(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), only)) {
            long[] cell = byOpd.computeIfAbsent(c.opd(), k -> new HashMap<>()).computeIfAbsent(c.year(), k -> new long[4]);
            cell[0] += c.count();
            cell[slotOf(c.status())] += c.count();
        }
        Map<String, Long> undated = new HashMap<>();
        for (Object[] u : counts.undatedByOpd(only)) {
            undated.put((String) u[0], ((Number) u[1]).longValue());
        }

        List<Integer> years = IntStream.rangeClosed(first, last).boxed().toList();
        List<Row> rows = new ArrayList<>();
        for (String name : opds(only, byOpd.keySet(), undated.keySet())) {
            Map<Integer, long[]> ofOpd = byOpd.getOrDefault(name, Map.of());
            List<Cell> cells = years.stream().map(y -> {
                long[] c = ofOpd.getOrDefault(y, new long[4]);
                return new Cell(y, c[0], c[1], c[2], c[3], met(c[0], target));
            }).toList();
            rows.add(new Row(name, cells, undated.getOrDefault(name, 0L), (int) cells.stream().filter(Cell::met).count()));
        }
        List<YearTotal> totals = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            int index = i;
            List<Cell> column = rows.stream().map(r -> r.cells().get(index)).toList();
            totals.add(new YearTotal(years.get(i), column.stream().mapToLong(Cell::newCount).sum(),
                    column.stream().mapToLong(Cell::running).sum(), column.stream().mapToLong(Cell::stopped).sum(),
                    column.stream().mapToLong(Cell::unknown).sum(), (int) column.stream().filter(Cell::met).count(),
                    column.size()));
        }
        return new Dashboard(first, last, only, target, years, rows, totals);
    }

    private static void check(int first, int last) {
        if (first < FIRST_YEAR || first > LAST_YEAR) {
            throw new InvalidInputException("from", "dashboard.yearOutOfRange", FIRST_YEAR, LAST_YEAR);
        }
        if (last < FIRST_YEAR || last > LAST_YEAR) {
            throw new InvalidInputException("to", "dashboard.yearOutOfRange", FIRST_YEAR, LAST_YEAR);
        }
        if (first > last) {
            throw new InvalidInputException("to", "dashboard.rangeReversed");
        }
        if (last - first + 1 > MAX_YEARS) {
            throw new InvalidInputException("from", "dashboard.rangeTooLong", MAX_YEARS);
        }
    }

    /** 1 running, 2 stopped, 3 unknown. */
    private static int slotOf(InnovationStatus status) {
        if (InnovationStatus.RUNNING.contains(status)) {
            return 1;
        }
        return status == InnovationStatus.TERHENTI ? 2 : 3;
    }

    /**
     * The OPDs of the rows, by name without case: those of the registry, those with records in the range or undated,
     * and the agencies of OPD officers (spelled as the registry spells them when it has them). One OPD when asked.
     */
    private List<String> opds(String only, Iterable<String> counted, Iterable<String> undated) {
        if (only != null) {
            return List.of(only);
        }
        Map<String, String> byKey = new TreeMap<>();
        for (Person officer : accounts.usersWithRole(Role.OPD)) {
            if (officer.getAgency() != null && !officer.getAgency().isBlank()) {
                byKey.put(officer.getAgency().trim().toLowerCase(Locale.ROOT), officer.getAgency().trim());
            }
        }
        List<String> known = new ArrayList<>(registry.opds());
        counted.forEach(known::add);
        undated.forEach(known::add);
        known.forEach(name -> byKey.put(name.toLowerCase(Locale.ROOT), name));
        return List.copyOf(byKey.values());
    }
}
