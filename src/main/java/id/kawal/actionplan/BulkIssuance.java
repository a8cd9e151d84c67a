package id.kawal.actionplan;

import id.kawal.certificate.Certificate;
import id.kawal.certificate.CertificateService;
import id.kawal.identity.UserAccountService;
import id.kawal.system.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the STTPP of every graduate of a cohort in one action, in the background. Each
 * certificate is its own transaction: one failure is reported and leaves the others alone, and a
 * second run finds nothing left to issue. The result is a ZIP of the cohort's certificates.
 */
@Service
public class BulkIssuance {

    private static final Logger log = LoggerFactory.getLogger(BulkIssuance.class);

    private final ActionPlanRepository plans;
    private final ActionPlanWorkflow workflow;
    private final CertificateService certificates;
    private final UserAccountService accounts;
    private final TaskService tasks;
    private final Executor executor;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    public BulkIssuance(ActionPlanRepository plans, ActionPlanWorkflow workflow, CertificateService certificates,
            UserAccountService accounts, TaskService tasks) {
        this.plans = plans;
        this.workflow = workflow;
        this.certificates = certificates;
        this.accounts = accounts;
        this.tasks = tasks;
        // one bulk issue at a time, beside the requests: signing is CPU work
        this.executor = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "bulk-issue");
            thread.setDaemon(true);
            return thread;
        });
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        ((java.util.concurrent.ExecutorService) executor).shutdownNow();
    }

    /** A running or finished bulk issue. Kept in memory: a restart forgets it, not the certificates. */
    public static final class Job {
        private final String id = UUID.randomUUID().toString();
        private final Long cohortId;
        private final String startedBy;
        private final Instant startedAt = Instant.now();
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private final List<String> issued = new CopyOnWriteArrayList<>();
        private final List<String> failures = new CopyOnWriteArrayList<>();
        private volatile boolean finished;
        private CompletableFuture<Void> future;

        Job(Long cohortId, String startedBy, int total) {
            this.cohortId = cohortId;
            this.startedBy = startedBy;
            this.total = total;
        }

        public String getId() { return id; }
        public Long getCohortId() { return cohortId; }
        public String getStartedBy() { return startedBy; }
        public Instant getStartedAt() { return startedAt; }
        public int getTotal() { return total; }
        public int getDone() { return done.get(); }
        public List<String> getIssued() { return List.copyOf(issued); }
        public List<String> getFailures() { return List.copyOf(failures); }
        public boolean isFinished() { return finished; }
        public int getPercent() { return total == 0 ? 100 : Math.round(100f * done.get() / total); }
        public CompletableFuture<Void> future() { return future; }
    }

    /** Starts issuing every waiting STTPP of the cohort; returns at once. */
    @Transactional(readOnly = true)
    public Job start(Long cohortId, String admin) {
        List<ActionPlan> cohort = plans.findByCohortIdOrderByIdAsc(cohortId);
        List<String> pids = cohort.stream().map(ActionPlan::getProcessInstanceId).filter(java.util.Objects::nonNull).toList();
        List<Task> waiting = pids.isEmpty() ? List.of() : tasks.createTaskQuery().processInstanceIdIn(pids.toArray(String[]::new))
                .taskDefinitionKey(ActionPlanProcess.ISSUE_CERTIFICATE).list();
        Job job = new Job(cohortId, admin, waiting.size());
        jobs.put(job.getId(), job);
        job.future = CompletableFuture.runAsync(() -> run(job, waiting), executor);
        return job;
    }

    private void run(Job job, List<Task> waiting) {
        for (Task task : waiting) {
            try {
                Certificate certificate = workflow.issueCertificate(task.getId(), job.getStartedBy());
                job.issued.add(certificate.getSerial());
            } catch (RuntimeException e) {
                String who = plans.findByProcessInstanceId(task.getProcessInstanceId())
                        .map(p -> accounts.displayName(p.getParticipant())).orElse(task.getProcessInstanceId());
                log.warn("Bulk issue of cohort {}: {} failed", job.getCohortId(), who, e);
                job.failures.add(who + ": " + e.getMessage());
            } finally {
                job.done.incrementAndGet();
            }
        }
        job.finished = true;
    }

    public Job get(String jobId) {
        Job job = jobs.get(jobId);
        if (job == null) {
            throw new NotFoundException("No bulk issue " + jobId);
        }
        return job;
    }

    /** Every certificate in force for the cohort, and a list of what failed in the job. */
    @Transactional(readOnly = true)
    public byte[] zip(String jobId) {
        Job job = get(jobId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ActionPlan plan : plans.findByCohortIdOrderByIdAsc(job.getCohortId())) {
                var certificate = certificates.forSubject("STTPP", "ACTION_PLAN", plan.getId());
                if (certificate.isPresent()) {
                    zip.putNextEntry(new ZipEntry("STTPP-" + certificate.get().getSerial() + ".pdf"));
                    zip.write(certificates.pdfOf(certificate.get().getSerial()));
                    zip.closeEntry();
                }
            }
            if (!job.getFailures().isEmpty()) {
                zip.putNextEntry(new ZipEntry("gagal.txt"));
                zip.write(String.join("\n", job.getFailures()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
