package id.kawal.bench;

import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.actionplan.BareEngineLifecycle;
import id.kawal.actionplan.CohortForm;
import id.kawal.actionplan.CohortRepository;
import id.kawal.actionplan.CohortService;
import id.kawal.identity.PersonRepository;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mentor's and an administrator's inbox, as the JSON API ({@code /api/me/tasks}) and as the home page, with
 * few active cases and then with many (10,000 by default) in the same run: latency p50/p99 for one user and
 * for 50 at once, errors, and the ratio between the two database sizes (1.0: the inbox costs the same whatever
 * waits). Then the heap after a full GC with all those cases active.
 *
 * <p>The cases are made through the engine's API on the real model (see {@link BareEngineLifecycle}): the
 * measured mentor has 2,000 proposals waiting for review at full size, the administrators 1,000 certificates
 * to issue, and the rest wait for their participants.
 *
 * <p>Fifty users are measured twice: as a stress test, each asking again the moment it has its answer, and
 * paced, each asking once every {@code --think-ms} (2 s) on average, like people working through their lists.
 *
 * <p>Run: {@code mvn -q test-compile exec:java@inbox -Dexec.args="--db=postgres --cases=10000 --think-ms=2000"}; to
 * measure only some of it (for a profile), {@code --only=<regex>} on the row's name and its number of users, e.g.
 * {@code --only="home page /, mentor.*, 1 users"}.
 */
public final class InboxBenchmark {

    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static int thinkMillis;
    private static Pattern only;

    private final BenchApp app;
    private final Long cohortId;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private InboxBenchmark(BenchApp app) {
        this.app = app;
        List<String> people = new ArrayList<>(List.of("mentor", "coach", "penguji"));
        for (int i = 1; i < 50; i++) {
            people.add("mentor" + i);
        }
        app.people(people.toArray(String[]::new));
        CohortForm form = new CohortForm();
        form.setCode("PKA-INBOX");
        form.setName("PKA Benchmark Inbox");
        form.setRegion("Jawa Tengah");
        form.setStartDate(LocalDate.now());
        this.cohortId = app.bean(CohortService.class).create(form).getId();
    }

    public static void main(String[] args) {
        Bench.main(args, InboxBenchmark::run);
    }

    private static void run(Map<String, String> options) throws Exception {
        String db = options.getOrDefault("db", "postgres");
        int cases = Integer.parseInt(options.getOrDefault("cases", "10000"));
        thinkMillis = Integer.parseInt(options.getOrDefault("think-ms", "2000"));
        only = Pattern.compile(options.getOrDefault("only", ".*"));
        try (BenchApp app = BenchApp.start(db, true)) {
            InboxBenchmark bench = new InboxBenchmark(app);
            List<String> rows = new ArrayList<>();
            bench.grow(100, 20, 10);
            List<Result> small = bench.measureAll();
            long setup = System.nanoTime();
            bench.grow(cases, 2000, 1000);
            System.out.printf("(made %,d active cases in %.0f s)%n", cases, (System.nanoTime() - setup) / 1e9);
            List<Result> large = bench.measureAll();
            for (int i = 0; i < small.size(); i++) {
                if (small.get(i).requests() == 0) {
                    continue; // left out by --only
                }
                rows.add(small.get(i).row(100, null));
                rows.add(large.get(i).row(cases, small.get(i)));
            }
            long heap = heapAfterFullGc();
            System.out.printf("%nKawal inbox benchmark: %s, %d cores, max heap %d MiB%n", db,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            System.out.println("| what | active cases | users at once | requests | p50 ms | p99 ms | max ms | errors | p50, p99 vs 100 cases |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            rows.forEach(System.out::println);
            System.out.printf("%nHeap after a full GC with %,d active cases: %d MiB%n", cases, heap >> 20);
        }
    }

    private static long heapAfterFullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ---- the data --------------------------------------------------------------------------------

    private int active;
    private int mentorReviews;
    private int adminTasks;

    /** Adds cases until there are {@code total} active, {@code reviews} of them waiting for "mentor", {@code issues} for administrators. */
    private void grow(int total, int reviews, int issues) throws Exception {
        BareEngineLifecycle engine = new BareEngineLifecycle(app.bean(ActionPlanRepository.class), app.bean(CohortRepository.class), app.bean(PersonRepository.class),
                app.bean(RuntimeService.class), app.bean(TaskService.class), app.bean(TransactionTemplate.class), app.bean(Clock.class));
        List<int[]> work = new ArrayList<>(); // {completions, mentor index (0: the measured mentor)}
        for (int i = mentorReviews; i < reviews; i++) {
            work.add(new int[] {1, 0});
        }
        for (int i = adminTasks; i < issues; i++) {
            work.add(new int[] {13, 1 + i % 49});
        }
        int rest = total - active - work.size();
        for (int i = 0; i < rest; i++) {
            work.add(new int[] {i % 3 == 0 ? 1 : 0, 1 + i % 49});
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < work.size(); i = next.getAndIncrement()) {
                    int n = PEOPLE.incrementAndGet();
                    String mentor = work.get(i)[1] == 0 ? "mentor" : "mentor" + work.get(i)[1];
                    var plan = engine.prepare(cohortId, "peserta" + n, Bench.nip(n), mentor, "coach", "penguji");
                    engine.link(plan, engine.drive(plan, work.get(i)[0]));
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        active = total;
        mentorReviews = reviews;
        adminTasks = issues;
    }

    // ---- the measurements ------------------------------------------------------------------------

    record Result(String what, int users, int requests, double p50, double p99, double max, int errors) {
        String row(int cases, Result baseline) {
            String ratio = baseline == null ? "" : String.format("%.2f, %.2f", p50 / baseline.p50, p99 / baseline.p99);
            return String.format("| %s | %,d | %d | %d | %.1f | %.1f | %.1f | %d | %s |", what, cases, users, requests, p50,
                    p99, max, errors, ratio);
        }
    }

    private List<Result> measureAll() throws Exception {
        List<Result> results = new ArrayList<>();
        for (String user : List.of("mentor", "admin")) {
            for (int users : new int[] {1, 50}) {
                results.add(measure("API /api/me/tasks, " + user, user, users, true, 0));
                results.add(measure("home page /, " + user, user, users, false, 0));
            }
            if (thinkMillis > 0) {
                String pace = String.format(", one request per %.0f s each", thinkMillis / 1000.0);
                results.add(measure("API /api/me/tasks, " + user + pace, user, 50, true, thinkMillis));
                results.add(measure("home page /, " + user + pace, user, 50, false, thinkMillis));
            }
        }
        return results;
    }

    /**
     * {@code users} clients at once, each with a connection of its own. Without think time each sends its next
     * request as soon as the last is answered (a stress test: its latency is the number of users divided by the
     * throughput); with it, each waits a random time averaging {@code think} ms between requests, as people do.
     */
    private Result measure(String what, String user, int users, boolean api, int think) throws Exception {
        if (!only.matcher(what + ", " + users + " users").find()) {
            return new Result(what, users, 0, 0, 0, 0, 0);
        }
        int perUser = users == 1 ? 300 : 20;
        String password = "admin".equals(user) ? BenchApp.PASSWORD + "-admin" : BenchApp.PASSWORD;
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<double[]>> clients = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch warm = new CountDownLatch(users);
        for (int u = 0; u < users; u++) {
            long seed = user.hashCode() * 31L + u; // each client its own think times: one seed for all sent them in step
            clients.add(pool.submit(() -> {
                HttpClient client = api ? http : HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new CookieManager()).build();
                if (!api) {
                    login(client, user, password);
                }
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + (api ? "/api/me/tasks?page=0&size=20" : "/")))
                        .timeout(Duration.ofSeconds(30));
                if (api) {
                    request.header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
                }
                for (int w = 0; w < (users == 1 ? 30 : 3); w++) {
                    client.send(request.build(), HttpResponse.BodyHandlers.discarding());
                }
                warm.countDown();
                warm.await(); // measure from when every client has logged in and warmed up, not during their burst
                double[] latencies = new double[perUser];
                Random random = new Random(seed);
                for (int i = 0; i < perUser; i++) {
                    if (think > 0) {
                        Thread.sleep(random.nextInt(2 * think + 1));
                    }
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    latencies[i] = (System.nanoTime() - t0) / 1e6;
                    if (response.statusCode() != 200 || !api && !response.body().contains("id=\"inbox\"")) {
                        errors.incrementAndGet();
                    }
                }
                return latencies;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<double[]> c : clients) {
            Arrays.stream(c.get()).forEach(all::add);
        }
        pool.shutdown();
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(what, users, sorted.length, percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1],
                errors.get());
    }

    private void login(HttpClient client, String user, String password) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password + "&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Login of " + user + " failed");
        }
    }

    private String base() {
        return "http://localhost:" + app.port();
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
