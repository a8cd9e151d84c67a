package id.kawal.actionplan;

import static id.kawal.actionplan.BulkIssuanceProcess.*;

import id.kawal.certificate.Certificate;
import id.kawal.certificate.CertificateService;
import id.kawal.document.DocumentOwner;
import id.kawal.identity.Person;
import id.kawal.identity.PersonRepository;
import id.kawal.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the STTPP of every graduate of a cohort in one action, in the background, through the
 * {@code bulk-issuance} process: one engine job per certificate, each its own transaction, run by
 * the job executor of whichever node gets it. A failure is reported and leaves the others alone; a
 * node that dies mid-way leaves its jobs to another node once their lock expires; a second run finds
 * nothing left to issue. Progress lives in the database ({@link BulkIssue}, {@link BulkIssueItem}), so
 * every node shows it and a restart keeps it.
 */
@Service
public class BulkIssuance {

    private final ActionPlanRepository plans;
    private final ActionPlanWorkflow workflow;
    private final CertificateService certificates;
    private final PersonRepository people;
    private final BulkIssueRepository bulkIssues;
    private final BulkIssueItemRepository items;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final Clock clock;

    public BulkIssuance(ActionPlanRepository plans, ActionPlanWorkflow workflow, CertificateService certificates,
            PersonRepository people, BulkIssueRepository bulkIssues, BulkIssueItemRepository items,
            RuntimeService runtime, TaskService tasks, ManagementService management, Clock clock) {
        this.plans = plans;
        this.workflow = workflow;
        this.certificates = certificates;
        this.people = people;
        this.bulkIssues = bulkIssues;
        this.items = items;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.clock = clock;
    }

    /** A bulk issue as its progress page shows it. */
    public record Job(String id, Long cohortId, String startedBy, Instant startedAt, int total, int done,
            List<String> issued, List<String> failures) {

        public String getId() { return id; }
        public Long getCohortId() { return cohortId; }
        public String getStartedBy() { return startedBy; }
        public Instant getStartedAt() { return startedAt; }
        public int getTotal() { return total; }
        public int getDone() { return done; }
        public List<String> getIssued() { return issued; }
        public List<String> getFailures() { return failures; }
        public boolean isFinished() { return done >= total; }
        public int getPercent() { return total == 0 ? 100 : Math.round(100f * done / total); }
    }

    /** Starts issuing every waiting STTPP of the cohort; returns at once, the job executor does the work. */
    @Transactional
    public Job start(Long cohortId, String admin) {
        certificates.requireIssuable();
        List<ActionPlan> cohort = plans.findByCohortIdOrderByIdAsc(cohortId);
        Map<String, ActionPlan> byProcess = cohort.stream().filter(p -> p.getProcessInstanceId() != null)
                .collect(Collectors.toMap(ActionPlan::getProcessInstanceId, Function.identity()));
        List<Task> waiting = byProcess.isEmpty() ? List.of() : tasks.createTaskQuery()
                .processInstanceIdIn(byProcess.keySet().toArray(String[]::new))
                .taskDefinitionKey(ActionPlanProcess.ISSUE_CERTIFICATE).orderByTaskCreateTime().asc().list();
        Map<String, String> names = people.findAllById(cohort.stream().map(ActionPlan::getParticipant).toList()).stream()
                .collect(Collectors.toMap(Person::getUsername, Person::getFullName));
        BulkIssue bulk = bulkIssues.save(new BulkIssue(cohortId, admin, clock.instant(), waiting.size()));
        for (int i = 0; i < waiting.size(); i++) {
            ActionPlan plan = byProcess.get(waiting.get(i).getProcessInstanceId());
            items.save(new BulkIssueItem(bulk.getId(), i, plan.getId(), waiting.get(i).getId(),
                    names.getOrDefault(plan.getParticipant(), plan.getParticipant())));
        }
        if (!waiting.isEmpty()) {
            bulk.started(runtime.startProcessInstanceByKey(PROCESS_ID, bulk.getId(),
                    Map.of(VAR_BULK_ISSUE_ID, bulk.getId(), VAR_TOTAL, waiting.size())).getId());
        }
        return view(bulk);
    }

    /**
     * Issues the certificate of one item, in the job's transaction: the certificate, the plan's
     * task and the item's outcome are saved together or not at all. A case that cannot be issued for
     * a reason a retry will not change is recorded as failed; anything else fails the job, which the
     * engine retries and finally shows as an incident (and as a failure here).
     */
    @Transactional
    public void issueItem(String bulkIssueId, int position) {
        BulkIssue bulk = bulkIssues.findById(bulkIssueId)
                .orElseThrow(() -> new NotFoundException("No bulk issue " + bulkIssueId));
        BulkIssueItem item = items.findByBulkIssueIdAndPosition(bulkIssueId, position)
                .orElseThrow(() -> new NotFoundException("No item " + position + " in bulk issue " + bulkIssueId));
        if (!item.isWaiting()) {
            return;
        }
        Instant now = clock.instant();
        Task task = tasks.createTaskQuery().taskId(item.getTaskId()).singleResult();
        if (task == null) {
            item.skipped("issued already, outside this bulk issue", now);
            return;
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(bulk.getStartedBy())) {
            // another administrator has taken this one to issue it themselves
            item.failed("taken by " + task.getAssignee() + ", who issues it", now);
            return;
        }
        ActionPlan plan = plans.findById(item.getActionPlanId()).orElse(null);
        if (plan == null || !people.existsById(plan.getParticipant())) {
            item.failed("No profile for " + (plan == null ? "plan " + item.getActionPlanId() : plan.getParticipant()), now);
            return;
        }
        Certificate certificate = workflow.issueCertificate(item.getTaskId(), bulk.getStartedBy());
        item.issued(certificate.getSerial(), now);
    }

    @Transactional(readOnly = true)
    public Job get(String bulkIssueId) {
        return view(bulkIssues.findById(bulkIssueId).orElseThrow(() -> new NotFoundException("No bulk issue " + bulkIssueId)));
    }

    private Job view(BulkIssue bulk) {
        List<BulkIssueItem> all = items.findByBulkIssueIdOrderByPositionAsc(bulk.getId());
        List<String> issued = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int done = 0;
        for (BulkIssueItem item : all) {
            switch (item.getStatus()) {
                case ISSUED -> issued.add(item.getSerial());
                case FAILED -> failures.add(item.getHolderName() + ": " + item.getNote());
                default -> { }
            }
            done += item.isWaiting() ? 0 : 1;
        }
        // a job whose retries are used up is an incident: its certificate failed too (an administrator can
        // retry it in Cockpit, which then continues the bulk issue)
        Map<Integer, String> stuck = incidentsByPosition(bulk);
        for (BulkIssueItem item : all) {
            if (item.isWaiting() && stuck.containsKey(item.getPosition())) {
                failures.add(item.getHolderName() + ": " + stuck.get(item.getPosition()));
                done++;
            }
        }
        return new Job(bulk.getId(), bulk.getCohortId(), bulk.getStartedBy(), bulk.getStartedAt(), bulk.getTotal(),
                done, List.copyOf(issued), List.copyOf(failures));
    }

    private Map<Integer, String> incidentsByPosition(BulkIssue bulk) {
        if (bulk.getProcessInstanceId() == null) {
            return Map.of();
        }
        List<Incident> incidents = runtime.createIncidentQuery().processInstanceId(bulk.getProcessInstanceId()).list();
        if (incidents.isEmpty()) {
            return Map.of();
        }
        Map<String, String> messageByExecution = new HashMap<>();
        incidents.forEach(i -> messageByExecution.put(i.getExecutionId(), i.getIncidentMessage()));
        Map<Integer, String> byPosition = new HashMap<>();
        runtime.createVariableInstanceQuery().executionIdIn(messageByExecution.keySet().toArray(String[]::new))
                .variableName(VAR_LOOP_COUNTER).list()
                .forEach(v -> byPosition.put(((Number) v.getValue()).intValue(), messageByExecution.get(v.getExecutionId())));
        return byPosition;
    }

    /** Every certificate in force for the cohort, and a list of what failed in the job. */
    @Transactional(readOnly = true)
    public byte[] zip(String bulkIssueId) {
        Job job = get(bulkIssueId);
        List<Long> planIds = plans.findByCohortIdOrderByIdAsc(job.getCohortId()).stream().map(ActionPlan::getId).toList();
        Map<String, String> failures = job.getFailures().isEmpty() ? Map.of()
                : Map.of("gagal.txt", String.join("\n", job.getFailures()));
        return certificates.zipOf(ActionPlanCertificates.STTPP, DocumentOwner.ACTION_PLAN.name(), planIds, failures);
    }

    /** The jobs of a bulk issue that are still to run, for tests and operators. */
    @Transactional(readOnly = true)
    public long pendingJobs(String bulkIssueId) {
        BulkIssue bulk = bulkIssues.findById(bulkIssueId).orElseThrow();
        return bulk.getProcessInstanceId() == null ? 0
                : management.createJobQuery().processInstanceId(bulk.getProcessInstanceId()).withRetriesLeft().count();
    }
}
