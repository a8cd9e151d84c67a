package id.kawal.actionplan;

import static id.kawal.actionplan.ActionPlanProcess.*;

import id.kawal.identity.Person;
import id.kawal.identity.PersonRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same BPMN path as a participant's lifecycle in the app (proposal, one milestone, evaluation, final
 * report, seminar, certificate task), driven directly through the engine's API: start the process, then
 * complete each task with its decision variables. The rows the model's own delegates read (the plan with its
 * milestone and seminar scores) are written before, outside the engine calls that are timed. The baseline of
 * the lifecycle benchmark.
 */
public class BareEngineLifecycle {

    /** The task keys in the order the app's lifecycle completes them, with the variables each completion sets. */
    public static final List<Map.Entry<String, Map<String, Object>>> STEPS = List.of(
            Map.entry(DRAFT_PROPOSAL, Map.of()),
            Map.entry(REVIEW_PROPOSAL_MENTOR, Map.of("proposalMentorApproved", true)),
            Map.entry(REVIEW_PROPOSAL_COACH, Map.of("proposalCoachApproved", true)),
            Map.entry(REPORT_MILESTONE, Map.of()),
            Map.entry(REVIEW_MILESTONE, Map.of("milestoneApproved", true)),
            Map.entry(SUBMIT_EVALUATION, Map.of()),
            Map.entry(REVIEW_EVALUATION, Map.of("evaluationApproved", true)),
            Map.entry(SUBMIT_FINAL_REPORT, Map.of()),
            Map.entry(REVIEW_FINAL_REPORT_MENTOR, Map.of("finalReportMentorApproved", true)),
            Map.entry(REVIEW_FINAL_REPORT_COACH, Map.of("finalReportCoachApproved", true)),
            Map.entry(SCORE_SEMINAR_EXAMINER, Map.of()),
            Map.entry(SCORE_SEMINAR_COACH, Map.of()),
            Map.entry(SCORE_SEMINAR_MENTOR, Map.of()),
            Map.entry(ISSUE_CERTIFICATE, Map.of(VAR_CERTIFICATE_ISSUED_BY, "admin")));

    private final ActionPlanRepository plans;
    private final CohortRepository cohorts;
    private final PersonRepository people;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public BareEngineLifecycle(ActionPlanRepository plans, CohortRepository cohorts, PersonRepository people,
            RuntimeService runtime, TaskService tasks, TransactionTemplate transaction, Clock clock) {
        this.people = people;
        this.plans = plans;
        this.cohorts = cohorts;
        this.runtime = runtime;
        this.tasks = tasks;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** How many engine calls one lifecycle makes: the start and each task completion. */
    public static int steps() {
        return 1 + STEPS.size();
    }

    /** A plan row written for the bare engine path, with what the model's delegates read. */
    public record Prepared(Long planId, String businessKey, String participant, String mentor, String coach,
            String examiner) {
    }

    /** Writes the participant's profile and the plan with one milestone and its three seminar scores, as the app would have by then. */
    public Prepared prepare(Long cohortId, String participant, String nip, String mentor, String coach, String examiner) {
        ActionPlan plan = transaction.execute(status -> {
            people.save(new Person(participant, "Peserta " + participant, nip, "Kepala Seksi", "Dinas Uji"));
            ActionPlan p = new ActionPlan(cohorts.getReferenceById(cohortId), participant, nip, mentor, coach, examiner,
                    clock.instant());
            // an innovation of its own, as in the app's path: at graduation each becomes a registry record, whose names
            // are unique per OPD; with one title for all, two graduating at once collide (the loser's step is a 409)
            p.writeProposal("Inovasi " + participant, "Masalah", "Tujuan", List.of(new PlannedMilestone("Tonggak 1", LocalDate.now(clock).plusDays(7))));
            p.score(ActionPlan.SeminarRole.EXAMINER, new BigDecimal("88"));
            p.score(ActionPlan.SeminarRole.COACH, new BigDecimal("90"));
            p.score(ActionPlan.SeminarRole.MENTOR, new BigDecimal("86"));
            return plans.saveAndFlush(p);
        });
        return new Prepared(plan.getId(), plan.getBusinessKey(), participant, mentor, coach, examiner);
    }

    /**
     * Engine calls only: starts the case and completes its first {@code completions} tasks (0: the participant
     * drafts the proposal; 1: the mentor's and coach's reviews wait; 13: the certificate waits for an
     * administrator; 14: the case has ended, graduated). Returns the process instance id.
     */
    public String drive(Prepared plan, int completions) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_ACTION_PLAN_ID, plan.planId());
        variables.put(VAR_PARTICIPANT, plan.participant());
        variables.put(VAR_MENTOR, plan.mentor());
        variables.put(VAR_COACH, plan.coach());
        variables.put(VAR_EXAMINER, plan.examiner());
        String pid = runtime.startProcessInstanceByKey(PROCESS_ID, plan.businessKey(), variables).getId();
        for (Map.Entry<String, Map<String, Object>> step : STEPS.subList(0, completions)) {
            Task task = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(step.getKey()).singleResult();
            if (task == null) {
                throw new IllegalStateException("Bare engine path: " + plan.participant() + " is not at " + step.getKey());
            }
            tasks.complete(task.getId(), step.getValue());
        }
        if (completions == STEPS.size() && runtime.createProcessInstanceQuery().processInstanceId(pid).count() != 0) {
            throw new IllegalStateException("Bare engine path of " + plan.participant() + " did not end");
        }
        return pid;
    }

    /** Records the process instance on the plan, as enrolment does in the app (for pages that list the plans). */
    public void link(Prepared plan, String processInstanceId) {
        transaction.executeWithoutResult(status -> plans.findById(plan.planId()).orElseThrow().started(processInstanceId));
    }
}
