package id.kawal.actionplan;

import static id.kawal.actionplan.ActionPlanProcess.*;

import id.kawal.certificate.Certificate;
import id.kawal.document.DocumentCategory;
import id.kawal.document.DocumentService;
import id.kawal.system.InvalidInputException;
import id.kawal.system.TaskGuard;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one place where a step of an action plan happens: each method checks who may act, saves
 * what the person wrote and completes the engine's task in the same transaction, so the case and
 * its data can never disagree. What people see of the open tasks is {@link ActionPlanInbox}'s; what a proposal
 * must satisfy, {@link ProposalRules}'.
 */
@Service
public class ActionPlanWorkflow {

    /** The three seminar scores: after the last of them the model decides graduation. */
    private static final Set<String> SEMINAR_SCORES = Set.of(SCORE_SEMINAR_EXAMINER, SCORE_SEMINAR_COACH, SCORE_SEMINAR_MENTOR);

    private final ActionPlanRepository plans;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TaskGuard guard;
    private final DocumentService documents;
    private final ActionPlanInbox inbox;
    private final ActionPlanCertificates actionPlanCertificates;
    private final ActionPlanDueDates dueDates;
    private final Clock clock;

    public ActionPlanWorkflow(ActionPlanRepository plans, RuntimeService runtime, TaskService tasks,
            TaskGuard guard, DocumentService documents, ActionPlanInbox inbox,
            ActionPlanCertificates actionPlanCertificates, ActionPlanDueDates dueDates, Clock clock) {
        this.plans = plans;
        this.runtime = runtime;
        this.tasks = tasks;
        this.guard = guard;
        this.documents = documents;
        this.inbox = inbox;
        this.actionPlanCertificates = actionPlanCertificates;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    /** Starts the case of an enrolled participant. */
    @Transactional
    public ActionPlan start(ActionPlan plan) {
        plans.saveAndFlush(plan);
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_ACTION_PLAN_ID, plan.getId());
        variables.put(VAR_PARTICIPANT, plan.getParticipant());
        variables.put(VAR_MENTOR, plan.getMentor());
        variables.put(VAR_COACH, plan.getCoach());
        variables.put(VAR_EXAMINER, plan.getExaminer());
        String processInstanceId = runtime.startProcessInstanceByKey(PROCESS_ID, plan.getBusinessKey(), variables).getId();
        plan.started(processInstanceId);
        afterStep(plan, false);
        return plan;
    }

    // ---- the steps ---------------------------------------------------------------------------

    /** Takes a task offered to the user's group (Terbitkan STTPP), so that no other administrator works on it. */
    @Transactional
    public void claim(String taskId, String username) {
        inbox.planOf(guard.claim(taskId, username));
    }

    @Transactional
    public void submitProposal(String taskId, String username, ProposalForm form, List<MultipartFile> files) {
        Step step = act(taskId, username, DRAFT_PROPOSAL);
        ProposalRules.check(form, LocalDate.now(clock));
        List<ProposalForm.MilestoneRow> rows = form.filledMilestones();
        ActionPlan plan = step.plan();
        plan.writeProposal(form.getTitle().trim(), form.getProblemStatement().trim(), form.getObjectives().trim(),
                rows.stream().map(r -> new PlannedMilestone(r.getTitle().trim(), r.getDueDate())).toList());
        documents.store(plan.getId(), null, DocumentCategory.PROPOSAL, files, username);
        plan.recordSubmission(Stage.PROPOSAL, DRAFT_PROPOSAL, username, null, plan.proposalSnapshot(), clock.instant());
        plans.saveAndFlush(plan);
        complete(step, Map.of());
    }

    @Transactional
    public void review(String taskId, String username, ReviewForm form) {
        Step step = act(taskId, username, REVIEW_PROPOSAL_MENTOR, REVIEW_PROPOSAL_COACH, REVIEW_MILESTONE,
                REVIEW_EVALUATION, REVIEW_FINAL_REPORT_MENTOR, REVIEW_FINAL_REPORT_COACH);
        String key = step.task().getTaskDefinitionKey();
        ActionPlan plan = step.plan();
        Long milestoneId = null;
        if (REVIEW_MILESTONE.equals(key)) {
            milestoneId = inbox.milestoneIdOf(taskId);
            plan.milestone(milestoneId).orElseThrow().decide(form.approved());
        }
        plan.record(Stage.ofTask(key), key, form.approved() ? ActionPlanEvent.Kind.APPROVED : ActionPlanEvent.Kind.RETURNED,
                username, milestoneId, blankToNull(form.getComment()), clock.instant());
        String variable = decisionVariableOf(key).orElseThrow();
        complete(step, Map.of(variable, form.approved()));
    }

    @Transactional
    public void reportMilestone(String taskId, String username, StageReportForm form, List<MultipartFile> files) {
        Step step = act(taskId, username, REPORT_MILESTONE);
        ActionPlan plan = step.plan();
        Long milestoneId = inbox.milestoneIdOf(taskId);
        documents.store(plan.getId(), milestoneId, DocumentCategory.MILESTONE_EVIDENCE, files, username);
        if (documents.countForMilestone(plan.getId(), milestoneId) == 0) {
            throw new InvalidInputException("files", "milestone.evidenceRequired");
        }
        plan.milestone(milestoneId).orElseThrow().report(form.getText().trim(), clock.instant());
        plan.recordSubmission(Stage.TRIAL, REPORT_MILESTONE, username, milestoneId, form.getText().trim(), clock.instant());
        complete(step, Map.of());
    }

    @Transactional
    public void submitEvaluation(String taskId, String username, StageReportForm form, List<MultipartFile> files) {
        Step step = act(taskId, username, SUBMIT_EVALUATION);
        ActionPlan plan = step.plan();
        documents.store(plan.getId(), null, DocumentCategory.EVALUATION, files, username);
        plan.writeEvaluation(form.getText().trim());
        plan.recordSubmission(Stage.EVALUATION, SUBMIT_EVALUATION, username, null, form.getText().trim(), clock.instant());
        complete(step, Map.of());
    }

    @Transactional
    public void submitFinalReport(String taskId, String username, StageReportForm form, List<MultipartFile> files) {
        Step step = act(taskId, username, SUBMIT_FINAL_REPORT);
        ActionPlan plan = step.plan();
        documents.store(plan.getId(), null, DocumentCategory.FINAL_REPORT, files, username);
        if (documents.count(plan.getId(), DocumentCategory.FINAL_REPORT) == 0) {
            throw new InvalidInputException("files", "finalReport.documentRequired");
        }
        plan.writeFinalReport(form.getText().trim());
        plan.recordSubmission(Stage.FINAL_REPORT, SUBMIT_FINAL_REPORT, username, null, form.getText().trim(), clock.instant());
        complete(step, Map.of());
    }

    @Transactional
    public void scoreSeminar(String taskId, String username, SeminarScoreForm form) {
        Step step = act(taskId, username, SCORE_SEMINAR_EXAMINER, SCORE_SEMINAR_COACH, SCORE_SEMINAR_MENTOR);
        String key = step.task().getTaskDefinitionKey();
        ActionPlan.SeminarRole role = switch (key) {
            case SCORE_SEMINAR_EXAMINER -> ActionPlan.SeminarRole.EXAMINER;
            case SCORE_SEMINAR_COACH -> ActionPlan.SeminarRole.COACH;
            default -> ActionPlan.SeminarRole.MENTOR;
        };
        ActionPlan plan = step.plan();
        plan.score(role, form.getScore());
        plan.record(Stage.SEMINAR, key, ActionPlanEvent.Kind.SCORED, username, null,
                form.getScore().toPlainString() + (form.getComment() == null || form.getComment().isBlank() ? "" : " — " + form.getComment().trim()),
                clock.instant());
        plans.saveAndFlush(plan);
        complete(step, Map.of());
    }

    /**
     * The administrator's decision to issue the STTPP; the model's next step ({@code sign-certificate}) makes and
     * signs it in the same transaction, so the certificate exists when this returns, or nothing happened.
     */
    @Transactional
    public Certificate issueCertificate(String taskId, String username) {
        Step step = act(taskId, username, ISSUE_CERTIFICATE);
        ActionPlan plan = step.plan();
        actionPlanCertificates.holderOf(plan); // no profile: refused before anything is decided
        actionPlanCertificates.requireIssuable(); // a local base URL in production: likewise
        complete(step, Map.of(VAR_CERTIFICATE_ISSUED_BY, username));
        return actionPlanCertificates.of(plan.getId());
    }

    // ---- the engine's side ------------------------------------------------------------------

    private record Step(Task task, ActionPlan plan) {
    }

    /**
     * The open task with its plan, if the user may work on it and it is of one of the expected kinds, taken by the
     * user if it was offered to a group: the start of every step.
     */
    private Step act(String taskId, String username, String... expectedKeys) {
        Task task = guard.act(taskId, username, expectedKeys);
        return new Step(task, inbox.planOf(task));
    }

    private void complete(Step step, Map<String, Object> variables) {
        guard.complete(step.task().getId(), variables);
        // only the last seminar score runs the model's graduation rule
        afterStep(step.plan(), SEMINAR_SCORES.contains(step.task().getTaskDefinitionKey()));
    }

    /** Brings the plan's stage in line with where the engine now waits. */
    private void afterStep(ActionPlan plan, boolean graduationMayBeDecided) {
        String pid = plan.getProcessInstanceId();
        List<Task> open = guard.openTasksOf(pid);
        for (Task task : open) {
            if (task.getDueDate() == null) {
                // the model gives every task its due date as it is created; cases started on an older
                // version of the model, before it did, get theirs here
                Long milestoneId = REPORT_MILESTONE.equals(task.getTaskDefinitionKey()) ? inbox.milestoneIdOf(task.getId()) : null;
                task.setDueDate(dueDates.of(task.getTaskDefinitionKey(), milestoneId));
                tasks.saveTask(task);
            }
        }
        if (graduationMayBeDecided && plan.getPredicate() == null) {
            Map<String, Object> decided = new HashMap<>();
            runtime.createVariableInstanceQuery().processInstanceIdIn(pid).variableNameIn(VAR_PREDICATE, VAR_PASSED)
                    .list().forEach(v -> decided.put(v.getName(), v.getValue()));
            if (decided.get(VAR_PREDICATE) != null && decided.get(VAR_PASSED) != null) {
                plan.graduationDecided((String) decided.get(VAR_PREDICATE), (Boolean) decided.get(VAR_PASSED));
            }
        }
        Stage stage;
        if (!open.isEmpty()) {
            stage = Stage.ofTask(open.get(0).getTaskDefinitionKey());
        } else if (Boolean.FALSE.equals(plan.getPassed())) {
            stage = Stage.NOT_PASSED;
        } else if (Boolean.TRUE.equals(plan.getPassed())) {
            stage = Stage.GRADUATED;
        } else {
            stage = plan.getStage();
        }
        if (stage != plan.getStage()) {
            if (stage.isFinished()) {
                plan.record(stage, null, stage == Stage.GRADUATED ? ActionPlanEvent.Kind.GRADUATED
                        : ActionPlanEvent.Kind.NOT_PASSED, null, null, plan.getPredicate(), clock.instant());
            }
            plan.moveTo(stage);
        }
        plans.save(plan);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
