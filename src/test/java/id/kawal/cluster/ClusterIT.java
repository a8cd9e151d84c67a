package id.kawal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kawal.support.TestPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes of the packaged jar on one PostgreSQL, as a Pemda would run them behind a load balancer:
 * started at the same moment on an empty database, sharing sessions, jobs, the signing key and bulk
 * issuance, and one of them killed with {@code kill -9} in the middle of work.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String PASSWORD = "demo";
    private static final String INITIAL_PASSWORD = "sementara-klaster";
    private static final String PARTICIPANT_PASSWORD = "rahasia-klaster";
    private static final Api ADMIN = new Api("admin", PASSWORD);
    private static final Api MENTOR = new Api("mentor", PASSWORD);
    private static final Api COACH = new Api("coach", PASSWORD);
    private static final Api EXAMINER = new Api("penguji", PASSWORD);
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final byte[] PDF = pdf();

    private static JdbcTemplate db;
    private static String jdbcUrl;
    private static KawalNode a;
    private static KawalNode b;
    private static long cohortId;

    @BeforeAll
    static void twoNodesStartTogetherOnAnEmptyDatabase() throws Exception {
        jdbcUrl = TestPostgres.newDatabase("kawal_cluster");
        db = new JdbcTemplate(new DriverManagerDataSource(jdbcUrl, TestPostgres.USER, ""));
        a = new KawalNode("node-a", freePort(), jdbcUrl, TestPostgres.USER);
        b = new KawalNode("node-b", freePort(), jdbcUrl, TestPostgres.USER);
        a.start();
        b.start();
        a.awaitReady(Duration.ofMinutes(4));
        b.awaitReady(Duration.ofMinutes(4));
        cohortId = ADMIN.post(a, "/api/cohorts", Map.of("code", "PKA-KLASTER", "name", "PKA Uji Klaster",
                "region", "Kota Pekalongan", "startDate", LocalDate.now().toString())).ok().json().get("id").asLong();
    }

    @AfterAll
    static void stopNodes() {
        for (KawalNode node : new KawalNode[] {a, b}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Test
    @Order(1)
    void nodesStartedTogetherLoadOneDemoCreateOneAdministratorDeployEachModelOnceAndShareOneSigningKey() {
        assertThat(count("select count(*) from cohort where code = 'PKA-I-2025'")).isEqualTo(1);
        assertThat(count("select count(*) from competition")).as("the two demo competitions, once").isEqualTo(2);
        assertThat(count("select count(*) from act_id_user where id_ = 'admin'")).isEqualTo(1);
        assertThat(count("select count(*) from act_id_membership where group_id_ = 'admin'")).isEqualTo(1);
        assertThat(db.queryForList("select key_, count(*) as n from act_re_procdef group by key_"))
                .extracting(row -> ((Number) row.get("n")).intValue()).containsOnly(1);
        assertThat(db.queryForList("select key_ from act_re_procdef", String.class))
                .contains("pka-action-plan", "innovation-competition", "competition-entry", "bulk-issuance");
        assertThat(db.queryForList("select key_, count(*) as n from act_re_decision_def group by key_"))
                .isNotEmpty().extracting(row -> ((Number) row.get("n")).intValue()).containsOnly(1);
        assertThat(count("select count(*) from signing_key")).isEqualTo(1);
        assertThat(count("select count(*) from databasechangeloglock where locked = true")).isZero();
    }

    @Test
    @Order(2)
    void behindAnHttpsProxyTheSessionCookieIsSecureAndAlwaysLaxAndHttpOnly() throws Exception {
        HttpRequest.Builder login = HttpRequest.newBuilder(URI.create(a.url("/login")));
        String direct = HttpClient.newHttpClient().send(login.build(), HttpResponse.BodyHandlers.ofString())
                .headers().firstValue("Set-Cookie").orElseThrow();
        // the proxy on the local network (here: the same machine) says the browser came over HTTPS
        String proxied = HttpClient.newHttpClient().send(login.header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(direct).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
        assertThat(proxied).contains("SameSite=Lax").contains("HttpOnly").contains("Secure");
    }

    @Test
    @Order(2)
    void aBrowserSessionMovesBetweenNodesAndStaysLoggedIn() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(a.url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String csrf = csrf(loginPage);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(a.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=mentor&password=" + PASSWORD + "&_csrf=" + csrf)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

        // the same cookies, the other node
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(b.url("/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("class=\"who\">mentor<").contains("id=\"inbox\"").doesNotContain("name=\"password\"");

        // a form posted to node B with the CSRF token of the session started on node A: logout
        HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(URI.create(b.url("/logout")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(home.body()))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(a.url("/"))).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("logged out on node A too").isEqualTo(302);
    }

    @Test
    @Order(3)
    void aWholeActionPlanGoesToItsCertificateWithEachStepOnTheOtherNode() {
        long plan = enrol();
        List<KawalNode> alternating = List.of(a, b);
        walkToCertificateTask(plan, alternating);
        JsonNode certificate = ADMIN.post(b, "/api/tasks/" + openTask(plan, "issue-certificate") + "/certificate", null).ok().json();

        JsonNode journey = ADMIN.get(a, "/api/action-plans/" + plan).ok().json();
        assertThat(journey.get("stage").asText()).isEqualTo("GRADUATED");
        assertThat(journey.get("certificate").get("serial").asText()).isEqualTo(certificate.get("serial").asText());
        // every step that was taken, on whichever node, is in the engine's history and in the plan's
        assertThat(count("select count(*) from act_hi_taskinst where proc_inst_id_ = (select process_instance_id from "
                + "action_plan where id = " + plan + ") and end_time_ is not null")).isEqualTo(14);

        // the demo graduate waiting for the STTPP, issued on node A: signed with the same key as node B's
        long waiting = db.queryForObject("select p.id from action_plan p join person u on u.username = p.participant "
                + "where u.full_name = 'Ilena Palupi'", Long.class);
        JsonNode other = ADMIN.post(a, "/api/tasks/" + openTask(waiting, "issue-certificate") + "/certificate", null).ok().json();
        X509Certificate signedOnB = signer(ADMIN.bytes(a, "/api/certificates/" + certificate.get("serial").asText() + "/pdf"));
        X509Certificate signedOnA = signer(ADMIN.bytes(b, "/api/certificates/" + other.get("serial").asText() + "/pdf"));
        assertThat(signedOnA).isEqualTo(signedOnB);
    }

    @Test
    @Order(4)
    void aTimerDueAtOnceOnBothNodesRunsOnce() {
        long plan = enrol();
        step(a, plan, "draft-proposal", participantOf(plan), (api, node, task) -> api.post(node, "/api/tasks/" + task + "/proposal",
                proposal()));
        step(b, plan, "review-proposal-mentor", MENTOR, ClusterIT::approve);
        step(a, plan, "review-proposal-coach", COACH, ClusterIT::approve);
        String pid = processInstanceOf(plan);
        List<String> timers = db.queryForList("select id_ from act_ru_job where process_instance_id_ = ? and type_ = 'timer'",
                String.class, pid);
        assertThat(timers).as("the due and the escalation timer of the milestone").hasSize(2);

        // as if the due date and the escalation date had come: both nodes' job executors see the jobs at once
        for (String job : timers) {
            ADMIN.put(a, "/engine-rest/job/" + job + "/duedate", Map.of("duedate", DateTimeFormatter
                    .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC).format(Instant.now().minusSeconds(1)))).ok();
        }
        await(Duration.ofSeconds(60), () -> count("select count(*) from act_ru_job where process_instance_id_ = '" + pid + "'") == 0
                && count("select count(*) from act_hi_actinst where proc_inst_id_ = '" + pid
                        + "' and act_id_ in ('remind-overdue-milestone', 'escalate-overdue-milestone') and end_time_ is not null") == 2);
        KawalNode.sleep(3000); // a second execution would have happened by now

        String link = "/plans/" + plan;
        assertThat(count("select count(*) from notification where code = 'notify.milestoneOverdue' and link = '" + link + "'"))
                .as("one reminder to the participant and one to the mentor").isEqualTo(2);
        assertThat(count("select count(*) from notification where code = 'notify.milestoneEscalated' and link = '" + link + "'"))
                .as("one escalation to the one administrator").isEqualTo(1);
        assertThat(count("select count(*) from action_plan_event where action_plan_id = " + plan + " and kind in ('REMINDED', 'ESCALATED')"))
                .isEqualTo(2);
    }

    @Test
    @Order(5)
    void aNodeKilledInTheMiddleOfABurstAndABulkIssueLeavesEveryStepWholeAndTheOtherNodeFinishes() throws Exception {
        // a cohort of graduates waiting for their STTPP, and a cohort whose proposals wait for the mentor
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Long> graduates = inParallel(pool, 32, () -> {
            long plan = enrol();
            walkToCertificateTask(plan, List.of(a, b));
            return plan;
        });
        List<Long> proposals = inParallel(pool, 24, () -> {
            long plan = enrol();
            step(b, plan, "draft-proposal", participantOf(plan), (api, node, task) -> api.post(node, "/api/tasks/" + task
                    + "/proposal", proposal()));
            return plan;
        });
        Map<Long, String> reviews = new HashMap<>();
        proposals.forEach(p -> reviews.put(p, openTask(p, "review-proposal-mentor")));

        JsonNode bulk = ADMIN.post(a, "/api/cohorts/" + cohortId + "/certificates", null).ok().json();
        String bulkId = bulk.get("id").asText();
        int total = bulk.get("total").asInt();
        assertThat(total).as("the graduates waiting; the earlier plans are not").isEqualTo(graduates.size());
        List<Future<Integer>> burst = new ArrayList<>();
        for (var review : reviews.entrySet()) {
            burst.add(pool.submit(() -> {
                try {
                    return MENTOR.post(a, "/api/tasks/" + review.getValue() + "/review", Map.of("decision", "APPROVE")).status();
                } catch (UncheckedIOException killed) {
                    return -1;
                }
            }));
        }
        int doneAtKill = awaitAndKill(bulkId, total);
        for (Future<Integer> f : burst) {
            f.get(2, TimeUnit.MINUTES);
        }

        // node B takes over the bulk issue once the dead node's job locks expire
        await(Duration.ofMinutes(3), () -> ADMIN.get(b, "/api/bulk-issues/" + bulkId).ok().json().get("finished").asBoolean());
        JsonNode finished = ADMIN.get(b, "/api/bulk-issues/" + bulkId).ok().json();
        assertThat(doneAtKill).as("killed in the middle").isLessThan(total);
        assertThat(finished.get("issued")).hasSize(total);
        assertThat(finished.get("failures")).isEmpty();
        String ids = String.join(",", graduates.stream().map(String::valueOf).toList());
        assertThat(count("select count(*) from certificate where kind = 'STTPP' and subject_id in (" + ids + ")"))
                .as("no certificate issued twice, none lost").isEqualTo(graduates.size());
        assertThat(count("select count(*) from certificate where kind = 'STTPP' and subject_id in (" + ids + ") group by subject_id having count(*) > 1"))
                .isZero();
        assertThat(count("select count(*) from act_ru_task where task_def_key_ = 'issue-certificate' and proc_inst_id_ in "
                + "(select process_instance_id from action_plan where id in (" + ids + "))")).isZero();
        assertThat(zipEntries(ADMIN.bytes(b, "/api/bulk-issues/" + bulkId + "/certificates.zip")))
                .filteredOn(n -> n.startsWith("STTPP-")).hasSizeGreaterThanOrEqualTo(total);

        // every review of the burst is either wholly done (engine and plan) or not at all, and the rest can be done on B
        for (long plan : proposals) {
            String pid = processInstanceOf(plan);
            int inEngine = count("select count(*) from act_hi_taskinst where proc_inst_id_ = '" + pid
                    + "' and task_def_key_ = 'review-proposal-mentor' and end_time_ is not null");
            int inPlan = count("select count(*) from action_plan_event where action_plan_id = " + plan
                    + " and task_key = 'review-proposal-mentor' and kind = 'APPROVED'");
            assertThat(inPlan).as("plan %d: engine and plan agree", plan).isEqualTo(inEngine);
            if (inEngine == 0) {
                MENTOR.post(b, "/api/tasks/" + reviews.get(plan) + "/review", Map.of("decision", "APPROVE")).ok();
            }
            assertThat(openTasks(plan)).contains("review-proposal-coach").doesNotContain("review-proposal-mentor");
        }
        pool.shutdown();

        // node A comes back and shows the finished bulk issue: its progress is in the database, not in a node's memory
        a.start();
        a.awaitReady(Duration.ofMinutes(3));
        JsonNode afterRestart = ADMIN.get(a, "/api/bulk-issues/" + bulkId).ok().json();
        assertThat(afterRestart.get("finished").asBoolean()).isTrue();
        assertThat(afterRestart.get("issued")).hasSize(total);
    }

    /** Polls the bulk issue's progress on node B and kills node A once some, not all, certificates are issued. */
    private static int awaitAndKill(String bulkId, int total) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            int done = ADMIN.get(b, "/api/bulk-issues/" + bulkId).ok().json().get("done").asInt();
            if (done >= 1) {
                a.kill();
                return done;
            }
            KawalNode.sleep(20);
        }
        throw new AssertionError("The bulk issue did not start within 2 minutes");
    }

    // ---- walking a plan through the API ----------------------------------------------------------

    @FunctionalInterface
    interface Action {
        Api.Response on(Api api, KawalNode node, String taskId);
    }

    private static long enrol() {
        int n = PEOPLE.incrementAndGet();
        String username = "klaster" + n;
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(n);
        String nip = birth.toString().replace("-", "") + "200501" + "1" + "001";
        JsonNode enrolled = ADMIN.post(n % 2 == 0 ? a : b, "/api/cohorts/" + cohortId + "/enrolments", Map.of("nip", nip,
                "fullName", "Peserta Klaster " + n, "position", "Kepala Seksi", "agency", "Dinas Uji", "username", username,
                "initialPassword", INITIAL_PASSWORD, "mentor", "mentor", "coach", "coach", "examiner", "penguji")).ok().json();
        // the participant replaces the password the administrator set, on the other node, before anything else
        new Api(username, INITIAL_PASSWORD).post(n % 2 == 0 ? b : a, "/api/me/password",
                Map.of("currentPassword", INITIAL_PASSWORD, "newPassword", PARTICIPANT_PASSWORD)).ok();
        return enrolled.get("actionPlanId").asLong();
    }

    private static Api participantOf(long plan) {
        return new Api(db.queryForObject("select participant from action_plan where id = ?", String.class, plan), PARTICIPANT_PASSWORD);
    }

    private static void walkToCertificateTask(long plan, List<KawalNode> nodes) {
        Api participant = participantOf(plan);
        int[] turn = {0};
        Supplier<KawalNode> next = () -> nodes.get(turn[0]++ % nodes.size());
        step(next.get(), plan, "draft-proposal", participant, (api, node, task) -> api.post(node, "/api/tasks/" + task + "/proposal", proposal()));
        step(next.get(), plan, "review-proposal-mentor", MENTOR, ClusterIT::approve);
        step(next.get(), plan, "review-proposal-coach", COACH, ClusterIT::approve);
        step(next.get(), plan, "report-milestone", participant, (api, node, task) -> api.postMultipart(node,
                "/api/tasks/" + task + "/milestone-report", Map.of("text", "Tonggak tercapai"), "bukti.pdf", PDF, "application/pdf"));
        step(next.get(), plan, "review-milestone", MENTOR, ClusterIT::approve);
        step(next.get(), plan, "submit-evaluation", participant, (api, node, task) -> api.postMultipart(node,
                "/api/tasks/" + task + "/evaluation", Map.of("text", "Evaluasi uji coba"), null, null, null));
        step(next.get(), plan, "review-evaluation", MENTOR, ClusterIT::approve);
        step(next.get(), plan, "submit-final-report", participant, (api, node, task) -> api.postMultipart(node,
                "/api/tasks/" + task + "/final-report", Map.of("text", "Laporan akhir"), "laporan.pdf", PDF, "application/pdf"));
        step(next.get(), plan, "review-final-report-mentor", MENTOR, ClusterIT::approve);
        step(next.get(), plan, "review-final-report-coach", COACH, ClusterIT::approve);
        step(next.get(), plan, "score-seminar-examiner", EXAMINER, ClusterIT::score);
        step(next.get(), plan, "score-seminar-coach", COACH, ClusterIT::score);
        step(next.get(), plan, "score-seminar-mentor", MENTOR, ClusterIT::score);
        assertThat(openTasks(plan)).containsExactly("issue-certificate");
    }

    private static Api.Response approve(Api api, KawalNode node, String task) {
        return api.post(node, "/api/tasks/" + task + "/review", Map.of("decision", "APPROVE"));
    }

    private static Api.Response score(Api api, KawalNode node, String task) {
        return api.post(node, "/api/tasks/" + task + "/seminar-score", Map.of("score", 88));
    }

    private static Map<String, Object> proposal() {
        return Map.of("title", "Inovasi klaster", "problemStatement", "Masalah", "objectives", "Tujuan",
                "milestones", List.of(Map.of("title", "Tonggak 1", "dueDate", LocalDate.now().plusDays(7).toString())));
    }

    private static void step(KawalNode node, long plan, String key, Api user, Action action) {
        action.on(user, node, openTask(plan, key)).ok();
    }

    private static String openTask(long plan, String key) {
        return db.queryForObject("select id_ from act_ru_task where proc_inst_id_ = ? and task_def_key_ = ?", String.class,
                processInstanceOf(plan), key);
    }

    private static List<String> openTasks(long plan) {
        return db.queryForList("select task_def_key_ from act_ru_task where proc_inst_id_ = ?", String.class, processInstanceOf(plan));
    }

    private static String processInstanceOf(long plan) {
        return db.queryForObject("select process_instance_id from action_plan where id = ?", String.class, plan);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static <T> List<T> inParallel(ExecutorService pool, int n, Callable<T> work) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(work));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(5, TimeUnit.MINUTES));
        }
        return results;
    }

    private static int count(String sql) {
        List<Integer> rows = db.queryForList(sql, Integer.class);
        return rows.isEmpty() ? 0 : rows.get(0);
    }

    private static void await(Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + timeout);
            }
            KawalNode.sleep(250);
        }
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            m = Pattern.compile("value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(html);
            if (!m.find()) {
                throw new AssertionError("No CSRF token in the page");
            }
        }
        return m.group(1);
    }

    private static X509Certificate signer(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            CMSSignedData cms = new CMSSignedData(signature.getContents(pdf));
            Collection<X509CertificateHolder> holders = cms.getCertificates().getMatches(null);
            return new JcaX509CertificateConverter().getCertificate(holders.iterator().next());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> zipEntries(byte[] zip) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
