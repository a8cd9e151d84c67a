package id.kawal.bench;

import id.kawal.innovation.dashboard.InnovationDashboard;
import id.kawal.innovation.index.InnovationIndex;
import id.kawal.innovation.index.WindowForm;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The OPD x year dashboard and the innovation index over 50 OPDs x 10 years (500 OPD-years), first with 500
 * innovations and then with 5,000 in the same run: the service call, the JSON API and the rendered page, p50/p99,
 * and the ratio between the two sizes (1.0: the cost does not grow with the registry). A bare
 * {@code select count(*) from innovation} is measured alongside as the floor of any query on that table.
 *
 * <p>The records are written with JDBC batches (what matters here is reading them): a tenth stopped, a twentieth
 * unknown, one in three with a link and a usage figure, so that the index of 2020 (window 2018-2019) has entered,
 * running and qualifying innovations to count.
 *
 * <p>Run: {@code mvn -q test-compile exec:java@dashboard -Dexec.args="--db=h2 --innovations=5000"} (or
 * {@code --db=postgres}, the embedded PostgreSQL).
 */
public final class DashboardBenchmark {

    static final int OPDS = 50;
    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2025;
    static final int INDEX_YEAR = 2020;

    private final BenchApp app;
    private final HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
    private int made;

    private DashboardBenchmark(BenchApp app) {
        this.app = app;
    }

    public static void main(String[] args) {
        Bench.main(args, DashboardBenchmark::run);
    }

    private static void run(Map<String, String> options) throws Exception {
        String db = options.getOrDefault("db", "h2");
        int large = Integer.parseInt(options.getOrDefault("innovations", "5000"));
        int small = large / 10;
        try (BenchApp app = BenchApp.start(db, true)) {
            DashboardBenchmark bench = new DashboardBenchmark(app);
            app.bean(InnovationIndex.class).setWindow(INDEX_YEAR, new WindowForm(LocalDate.of(2018, 1, 1),
                    LocalDate.of(2019, 12, 31), new BigDecimal("50")), "admin");
            bench.login();
            bench.grow(small);
            List<Result> before = bench.measureAll();
            bench.grow(large);
            List<Result> after = bench.measureAll();
            System.out.printf("%nKawal dashboard and index benchmark: %s, %d cores, max heap %d MiB, %d OPDs x %d years%n",
                    db, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, OPDS,
                    LAST_YEAR - FIRST_YEAR + 1);
            System.out.println("| what | innovations | calls | p50 ms | p99 ms | p50, p99 vs " + small + " |");
            System.out.println("|---|---|---|---|---|---|");
            for (int i = 0; i < before.size(); i++) {
                System.out.println(before.get(i).row(small, null));
                System.out.println(after.get(i).row(large, before.get(i)));
            }
            InnovationIndex.Index index = app.bean(InnovationIndex.class).of(INDEX_YEAR);
            System.out.printf("%nIndex %d at %,d innovations: %,d entered, %,d in the window, %,d qualifying, IID %s (%s)%n",
                    INDEX_YEAR, large, index.entered(), index.inWindow(), index.qualifying(), index.iid(), index.predicate());
        }
    }

    // ---- the data

    /** Adds innovations until there are {@code total}, spread over the OPDs and years, in batches of 500. */
    private void grow(int total) {
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        Timestamp now = Timestamp.from(Instant.now());
        int years = LAST_YEAR - FIRST_YEAR + 1;
        while (made < total) {
            List<Object[]> rows = new ArrayList<>();
            int from = made;
            for (int n = from; n < Math.min(total, from + 500); n++) {
                String status = n % 10 == 0 ? "TERHENTI" : n % 20 == 5 ? "TIDAK_DIKETAHUI" : n % 7 == 0 ? "UJI_COBA" : "BERJALAN";
                LocalDate started = LocalDate.of(FIRST_YEAR + (n / OPDS) % years, 1 + n % 12, 1 + n % 28);
                String name = "Inovasi bench " + n;
                rows.add(new Object[] {name, name.toLowerCase(), "Dinas Bench " + (n % OPDS), Date.valueOf(started),
                        status, Date.valueOf(started), n % 4 == 0 ? null : "Pengelola " + n, now});
            }
            jdbc.batchUpdate("insert into innovation (version, name, name_key, opd, started_on, form, status, status_since,"
                    + " source, owner_name, created_by, created_at) values (0, ?, ?, ?, ?, 'DIGITAL', ?, ?, 'DIRECT', ?, 'bench', ?)",
                    rows);
            List<Object[]> evidence = new ArrayList<>();
            for (Long id : jdbc.queryForList("select id from innovation where name_key like 'inovasi bench %' and id not in"
                    + " (select innovation_id from innovation_evidence) order by id", Long.class)) {
                if (id % 3 == 0) {
                    evidence.add(new Object[] {id, "LINK", "Laman", "https://example.go.id/" + id, null, Date.valueOf("2019-06-30"), now});
                    evidence.add(new Object[] {id, "USAGE", "Pengguna", null, 100 + id % 50, Date.valueOf("2020-03-31"), now});
                }
            }
            jdbc.batchUpdate("insert into innovation_evidence (innovation_id, kind, label, url, figure, measured_on, recorded_by,"
                    + " recorded_at) values (?, ?, ?, ?, ?, ?, 'bench', ?)", evidence);
            made = Math.min(total, from + 500);
        }
    }

    // ---- the measurements

    record Result(String what, int calls, double p50, double p99) {
        String row(int innovations, Result baseline) {
            String ratio = baseline == null ? "" : String.format("%.2f, %.2f", p50 / baseline.p50, p99 / baseline.p99);
            return String.format("| %s | %,d | %d | %.2f | %.2f | %s |", what, innovations, calls, p50, p99, ratio);
        }
    }

    private List<Result> measureAll() throws Exception {
        InnovationDashboard dashboard = app.bean(InnovationDashboard.class);
        InnovationIndex index = app.bean(InnovationIndex.class);
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        String range = "from=" + FIRST_YEAR + "&to=" + LAST_YEAR;
        List<Result> results = new ArrayList<>();
        results.add(time("baseline: select count(*) from innovation", 200,
                () -> jdbc.queryForObject("select count(*) from innovation", Long.class)));
        results.add(time("dashboard, service call", 200, () -> dashboard.of(FIRST_YEAR, LAST_YEAR, null)));
        results.add(time("dashboard, API /api/innovations/dashboard", 100, () -> get(api, "/api/innovations/dashboard?" + range, true)));
        results.add(time("dashboard, page /innovations/dashboard", 100, () -> get(browser, "/innovations/dashboard?" + range, false)));
        results.add(time("index, service call", 200, () -> index.of(INDEX_YEAR)));
        results.add(time("index, API /api/innovations/index", 100, () -> get(api, "/api/innovations/index?year=" + INDEX_YEAR, true)));
        results.add(time("index, page /innovations/index", 100, () -> get(browser, "/innovations/index?year=" + INDEX_YEAR, false)));
        return results;
    }

    private static Result time(String what, int calls, Callable<?> call) throws Exception {
        for (int i = 0; i < 20; i++) {
            call.call();
        }
        double[] millis = new double[calls];
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            call.call();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        return new Result(what, calls, percentile(millis, 50), percentile(millis, 99));
    }

    private String get(HttpClient client, String path, boolean basic) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (basic) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("admin:" + BenchApp.PASSWORD + "-admin").getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private void login() throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + BenchApp.PASSWORD + "-admin&_csrf="
                        + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Login of admin failed");
        }
    }

    private String base() {
        return "http://localhost:" + app.port();
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
