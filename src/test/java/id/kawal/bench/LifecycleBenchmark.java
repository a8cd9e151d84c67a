package id.kawal.bench;

import static id.kawal.actionplan.ActionPlanProcess.*;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.actionplan.ActionPlanWorkflow;
import id.kawal.actionplan.BareEngineLifecycle;
import id.kawal.actionplan.Cohort;
import id.kawal.actionplan.CohortForm;
import id.kawal.actionplan.CohortRepository;
import id.kawal.actionplan.CohortService;
import id.kawal.actionplan.EnrolmentForm;
import id.kawal.actionplan.ProposalForm;
import id.kawal.actionplan.ReviewForm;
import id.kawal.actionplan.SeminarScoreForm;
import id.kawal.actionplan.StageReportForm;
import id.kawal.identity.PersonRepository;
import id.kawal.support.Plans;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Participants through the whole PKA lifecycle (enrolment, proposal, two reviews, one milestone reported and
 * reviewed, evaluation, final report, two reviews, three seminar scores, the signed STTPP: 15 steps) through the
 * app's service layer, against the same BPMN path completed directly on the engine's API (start + 14 task
 * completions), in one run on one database; then again with many finished cases already in the database.
 * Prints steps per second of both and their ratio.
 *
 * <p>Run: {@code mvn -q test-compile exec:java@lifecycle -Dexec.args="--db=h2 --participants=300 --rounds=5 --threads=1,4 --finished=10000"}
 */
public final class LifecycleBenchmark {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private final BenchApp app;
    private final Long cohortId;
    private final MockMultipartFile evidence = Plans.pdf("bukti.pdf");
    /** For profiling one side: --only=app or --only=engine. */
    private static String only = "";

    private LifecycleBenchmark(BenchApp app) {
        this.app = app;
        app.people("mentor", "coach", "penguji");
        CohortForm form = new CohortForm();
        form.setCode("PKA-BENCH");
        form.setName("PKA Benchmark");
        form.setRegion("Kota Pekalongan");
        form.setStartDate(LocalDate.now());
        Cohort cohort = app.bean(CohortService.class).create(form);
        this.cohortId = cohort.getId();
    }

    public static void main(String[] args) {
        Bench.main(args, LifecycleBenchmark::run);
    }

    private static void run(Map<String, String> options) throws Exception {
        String db = options.getOrDefault("db", "h2");
        int participants = Integer.parseInt(options.getOrDefault("participants", "300"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "40"));
        int finished = Integer.parseInt(options.getOrDefault("finished", "10000"));
        int[] threads = Arrays.stream(options.getOrDefault("threads", "1,4").split(",")).mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        only = options.getOrDefault("only", "");

        try (BenchApp app = BenchApp.start(db, false)) {
            LifecycleBenchmark bench = new LifecycleBenchmark(app);
            bench.run(warmup, 2, bench::appLifecycle);
            bench.runEngine(warmup, 2);
            List<String> lines = new ArrayList<>();
            lines.addAll(bench.measure(db, participants, threads, rounds));
            if (finished > 0) {
                long start = System.nanoTime();
                int existing = bench.finishedCases();
                bench.runEngine(Math.max(0, finished - existing), 2);
                System.out.printf("(preloaded %d finished cases through the engine path in %.0f s)%n", finished - existing,
                        (System.nanoTime() - start) / 1e9);
                lines.addAll(bench.measure(db, participants, threads, rounds));
            }
            System.out.printf("%nKawal lifecycle benchmark: %s, %d participants per run, %d cores, max heap %d MiB%n", db,
                    participants, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            System.out.println("| database | finished cases before | threads | app steps/s | engine steps/s | app/engine time ratio, median (range) |");
            System.out.println("|---|---|---|---|---|---|");
            lines.forEach(System.out::println);
        }
    }

    private int finishedCases() {
        return (int) app.bean(HistoryService.class).createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS_ID).finished().count();
    }

    private List<String> measure(String db, int participants, int[] threads, int rounds) throws Exception {
        List<String> lines = new ArrayList<>();
        int before = finishedCases();
        for (int t : threads) {
            // alternate in rounds, so that a slowly growing database, a warming JIT or a busy neighbour favours
            // neither side; report the medians
            double[] app = new double[rounds];
            double[] engine = new double[rounds];
            double[] ratio = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                engine[round] = "app".equals(only) ? 1 : runEngine(participants / rounds, t);
                app[round] = "engine".equals(only) ? 1 : run(participants / rounds, t, this::appLifecycle);
                ratio[round] = engine[round] / app[round];
            }
            lines.add(String.format("| %s | %,d | %d | %.0f | %.0f | %.2f (%.2f to %.2f) |", db, before, t, Bench.median(app),
                    Bench.median(engine), Bench.median(ratio), Arrays.stream(ratio).min().orElse(0),
                    Arrays.stream(ratio).max().orElse(0)));
        }
        return lines;
    }

    /** Runs {@code n} lifecycles on {@code threads} threads; returns steps per second of wall-clock time. */
    private double run(int n, int threads, IntFunction<Integer> lifecycle) throws Exception {
        if (n == 0) {
            return 0;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicLong steps = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    steps.addAndGet(lifecycle.apply(i));
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        return steps.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** One participant through the app's service layer: 15 steps, each one transaction as a request would be. */
    private int appLifecycle(int i) {
        int n = PEOPLE.incrementAndGet();
        String username = "bench" + n;
        EnrolmentForm enrolment = Plans.enrolment(username);
        enrolment.setNip(Bench.nip(n));
        ActionPlan plan = app.bean(CohortService.class).enrol(cohortId, enrolment);
        ActionPlanWorkflow workflow = app.bean(ActionPlanWorkflow.class);
        ProposalForm proposal = Plans.proposal(1);
        // an innovation of its own: at graduation each becomes a record of the registry, whose names are unique per OPD
        proposal.setTitle(proposal.getTitle() + " " + n);
        workflow.submitProposal(task(plan, DRAFT_PROPOSAL), username, proposal, List.of());
        approve(workflow, plan, REVIEW_PROPOSAL_MENTOR, "mentor");
        approve(workflow, plan, REVIEW_PROPOSAL_COACH, "coach");
        workflow.reportMilestone(task(plan, REPORT_MILESTONE), username, new StageReportForm("Tonggak tercapai"), List.of(evidence));
        approve(workflow, plan, REVIEW_MILESTONE, "mentor");
        workflow.submitEvaluation(task(plan, SUBMIT_EVALUATION), username, new StageReportForm("Evaluasi"), List.of());
        approve(workflow, plan, REVIEW_EVALUATION, "mentor");
        workflow.submitFinalReport(task(plan, SUBMIT_FINAL_REPORT), username, new StageReportForm("Laporan akhir"), List.of(evidence));
        approve(workflow, plan, REVIEW_FINAL_REPORT_MENTOR, "mentor");
        approve(workflow, plan, REVIEW_FINAL_REPORT_COACH, "coach");
        workflow.scoreSeminar(task(plan, SCORE_SEMINAR_EXAMINER), "penguji", new SeminarScoreForm(new BigDecimal("88"), null));
        workflow.scoreSeminar(task(plan, SCORE_SEMINAR_COACH), "coach", new SeminarScoreForm(new BigDecimal("90"), null));
        workflow.scoreSeminar(task(plan, SCORE_SEMINAR_MENTOR), "mentor", new SeminarScoreForm(new BigDecimal("86"), null));
        workflow.issueCertificate(task(plan, ISSUE_CERTIFICATE), "admin");
        if (app.bean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(plan.getProcessInstanceId()).count() != 0) {
            throw new IllegalStateException("App lifecycle of " + username + " did not end");
        }
        return 15;
    }

    private void approve(ActionPlanWorkflow workflow, ActionPlan plan, String key, String reviewer) {
        workflow.review(task(plan, key), reviewer, new ReviewForm(ReviewForm.Decision.APPROVE, null));
    }

    private String task(ActionPlan plan, String key) {
        return app.bean(TaskService.class).createTaskQuery().processInstanceId(plan.getProcessInstanceId())
                .taskDefinitionKey(key).singleResult().getId();
    }

    /**
     * The same path on the bare engine, {@code n} cases on {@code threads} threads: the plan rows its delegates
     * read are written first, untimed; then only the engine calls are timed. Returns steps per second.
     */
    private double runEngine(int n, int threads) throws Exception {
        List<BareEngineLifecycle.Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int p = PEOPLE.incrementAndGet();
            prepared.add(engine().prepare(cohortId, "engine" + p, Bench.nip(p), "mentor", "coach", "penguji"));
        }
        return run(n, threads, i -> {
            engine().drive(prepared.get(i), BareEngineLifecycle.STEPS.size());
            return BareEngineLifecycle.steps();
        });
    }

    private BareEngineLifecycle engine;

    private BareEngineLifecycle engine() {
        if (engine == null) {
            engine = new BareEngineLifecycle(app.bean(ActionPlanRepository.class), app.bean(CohortRepository.class), app.bean(PersonRepository.class),
                    app.bean(RuntimeService.class), app.bean(TaskService.class), app.bean(TransactionTemplate.class),
                    app.bean(Clock.class));
        }
        return engine;
    }
}
