package id.kawal.actionplan;

import static id.kawal.actionplan.ActionPlanProcess.*;

import id.kawal.certificate.Certificate;
import id.kawal.document.DocumentCategory;
import id.kawal.document.DocumentService;
import id.kawal.identity.Person;
import id.kawal.identity.PersonRepository;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.system.InboxPage;
import id.kawal.system.InvalidInputException;
import id.kawal.system.NotFoundException;
import id.kawal.system.TaskGuard;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one place where a step of an action plan happens: each method checks who may act, saves
 * what the person wrote and completes the engine's task in the same transaction, so the case and
 * its data can never disagree.
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
    private final UserAccountService accounts;
    private final PersonRepository people;
    private final MilestoneRepository milestones;
    private final ActionPlanCertificates actionPlanCertificates;
    private final ActionPlanDueDates dueDates;
    private final Clock clock;

    public ActionPlanWorkflow(ActionPlanRepository plans, RuntimeService runtime, TaskService tasks,
            TaskGuard guard, DocumentService documents, UserAccountService accounts, PersonRepository people,
            MilestoneRepository milestones, ActionPlanCertificates actionPlanCertificates, ActionPlanDueDates dueDates,
            Clock clock) {
        this.plans = plans;
        this.runtime = runtime;
        this.tasks = tasks;
        this.guard = guard;
        this.documents = documents;
        this.accounts = accounts;
        this.people = people;
        this.milestones = milestones;
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

    // ---- what people see ------------------------------------------------------------------

    /**
     * One page of the open tasks a user may work on, the most urgent first (due date, then the
     * oldest, then the task id, so that pages never overlap or skip a row). The cost does not grow
     * with the number of waiting tasks: one count and one page from the engine, then a fixed number
     * of lookups by id for the whole page.
     */
    @Transactional(readOnly = true)
    public InboxPage<WorkItem> inbox(String username, int page, int size) {
        InboxPage.check(page, size);
        TaskGuard.InboxSlice slice = guard.inbox(username, TaskGuard.InboxOrder.DUE_DATE, InboxPage.first(page, size), size, PROCESS_ID);
        return new InboxPage<>(workItemsOf(slice.page()), page, size, slice.total());
    }

    /** The open tasks of one plan, the oldest first: the tasks, the participant and the milestone variables. */
    @Transactional(readOnly = true)
    public List<WorkItem> openTasksOf(ActionPlan plan) {
        if (plan.getProcessInstanceId() == null) {
            return List.of();
        }
        List<Task> open = tasks.createTaskQuery().processInstanceId(plan.getProcessInstanceId()).active()
                .orderByTaskCreateTime().asc().orderByTaskId().asc().list();
        if (open.isEmpty()) {
            return List.of();
        }
        String participantName = people.findById(plan.getParticipant()).map(Person::getFullName).orElse(plan.getParticipant());
        Map<String, Long> milestoneByTask = milestoneIdsOf(open.stream().filter(ActionPlanWorkflow::isMilestoneTask)
                .map(Task::getId).toList());
        Map<Long, String> titleByMilestone = milestoneTitles(milestoneByTask.values());
        return open.stream().map(task -> {
            Long milestoneId = milestoneByTask.get(task.getId());
            return workItem(task, plan, participantName, milestoneId == null ? null : titleByMilestone.get(milestoneId));
        }).toList();
    }

    /** The task with everything the form page needs, after checking that the user may work on it. */
    @Transactional(readOnly = true)
    public WorkItem task(String taskId, String username) {
        Step step = view(taskId, username);
        Task task = step.task();
        ActionPlan plan = step.plan();
        String milestoneTitle = isMilestoneTask(task)
                ? plan.milestone(milestoneIdOf(taskId)).map(Milestone::getTitle).orElse(null) : null;
        String participantName = people.findById(plan.getParticipant()).map(Person::getFullName).orElse(plan.getParticipant());
        return workItem(task, plan, participantName, milestoneTitle);
    }

    /** Who holds the task, and whether the user can still take it for themselves. */
    @Transactional(readOnly = true)
    public TaskGuard.Holding holding(String taskId, String username) {
        return guard.holding(view(taskId, username).task());
    }

    @Transactional(readOnly = true)
    public ActionPlan planOfTask(String taskId, String username) {
        ActionPlan plan = view(taskId, username).plan();
        plan.getMilestones().size();
        plan.getEvents().size();
        return plan;
    }

    /** The milestone an open milestone task is about, or null for other tasks. */
    @Transactional(readOnly = true)
    public Long milestoneIdOf(String taskId) {
        // the model copies it onto the task as it is created: one query; cases started on an older model
        // have it only on the milestone's scope
        Object value = runtime.createVariableInstanceQuery().taskIdIn(taskId).variableName(VAR_MILESTONE_ID)
                .disableBinaryFetching().list().stream().findFirst().map(v -> v.getValue()).orElseGet(() -> tasks.getVariable(taskId, VAR_MILESTONE_ID));
        return value == null ? null : ((Number) value).longValue();
    }

    /**
     * The rows of a list of tasks, in its order, in a fixed number of queries whatever its length:
     * the plans (with their cohorts), the participants' names, the milestones of milestone tasks
     * (from the task-local variable the model sets on create) and, last, which of the tasks are
     * still open. A task completed meanwhile, or whose plan is gone, is left out; a milestone task
     * of a case started on an older model, without that variable, is listed without its milestone.
     */
    List<WorkItem> workItemsOf(List<Task> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, ActionPlan> planByProcess = plans.findByProcessInstanceIdIn(
                        page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ActionPlan::getProcessInstanceId, p -> p));
        Map<String, String> nameByUsername = people.findAllById(planByProcess.values().stream()
                        .map(ActionPlan::getParticipant).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Person::getUsername, Person::getFullName));
        Map<String, Long> milestoneByTask = milestoneIdsOf(page.stream().filter(ActionPlanWorkflow::isMilestoneTask)
                .map(Task::getId).toList());
        Map<Long, String> titleByMilestone = milestoneTitles(milestoneByTask.values());
        Set<String> stillOpen = guard.stillOpen(page.stream().map(Task::getId).toList());
        List<WorkItem> items = new ArrayList<>();
        for (Task task : page) {
            ActionPlan plan = planByProcess.get(task.getProcessInstanceId());
            if (plan == null || !stillOpen.contains(task.getId())) {
                continue;
            }
            Long milestoneId = milestoneByTask.get(task.getId());
            items.add(workItem(task, plan, nameByUsername.getOrDefault(plan.getParticipant(), plan.getParticipant()),
                    milestoneId == null ? null : titleByMilestone.get(milestoneId)));
        }
        return items;
    }

    /** The milestone of each of the tasks that has one, from one query of task-local variables. */
    private Map<String, Long> milestoneIdsOf(List<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> milestoneByTask = new HashMap<>();
        runtime.createVariableInstanceQuery().taskIdIn(taskIds.toArray(String[]::new)).variableName(VAR_MILESTONE_ID)
                .disableBinaryFetching().disableCustomObjectDeserialization().list()
                .forEach(v -> milestoneByTask.put(v.getTaskId(), ((Number) v.getValue()).longValue()));
        return milestoneByTask;
    }

    private Map<Long, String> milestoneTitles(Collection<Long> milestoneIds) {
        return milestoneIds.isEmpty() ? Map.of() : milestones.findAllById(Set.copyOf(milestoneIds)).stream()
                .collect(Collectors.toMap(Milestone::getId, Milestone::getTitle));
    }

    private static boolean isMilestoneTask(Task task) {
        return REPORT_MILESTONE.equals(task.getTaskDefinitionKey()) || REVIEW_MILESTONE.equals(task.getTaskDefinitionKey());
    }

    private WorkItem workItem(Task task, ActionPlan plan, String participantName, String milestoneTitle) {
        LocalDate due = task.getDueDate() == null ? null : LocalDate.ofInstant(task.getDueDate().toInstant(), zone());
        boolean overdue = due != null && LocalDate.now(clock).isAfter(due);
        return new WorkItem(task.getId(), task.getTaskDefinitionKey(), Stage.ofTask(task.getTaskDefinitionKey()),
                plan.getId(), participantName, plan.getTitle(), plan.getCohort().getName(), milestoneTitle,
                task.getCreateTime().toInstant(), due, overdue, task.getAssignee());
    }

    // ---- the steps ---------------------------------------------------------------------------

    /** Takes a task offered to the user's group (Terbitkan STTPP), so that no other administrator works on it. */
    @Transactional
    public void claim(String taskId, String username) {
        planOf(guard.claim(taskId, username));
    }

    @Transactional
    public void submitProposal(String taskId, String username, ProposalForm form, List<MultipartFile> files) {
        Step step = act(taskId, username, DRAFT_PROPOSAL);
        List<ProposalForm.MilestoneRow> rows = form.filledMilestones();
        Map<String, org.springframework.context.MessageSourceResolvable> errors = new java.util.LinkedHashMap<>();
        if (rows.isEmpty()) {
            errors.put("milestones", resolvable("proposal.milestonesRequired"));
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < form.getMilestones().size(); i++) {
            ProposalForm.MilestoneRow row = form.getMilestones().get(i);
            if (row.isBlank()) {
                continue;
            }
            if (row.getTitle() == null || row.getTitle().isBlank()) {
                errors.put("milestones[" + i + "].title", resolvable("field.required"));
            }
            if (row.getDueDate() == null) {
                errors.put("milestones[" + i + "].dueDate", resolvable("field.required"));
            } else if (row.getDueDate().isBefore(today)) {
                errors.put("milestones[" + i + "].dueDate", resolvable("proposal.dueInPast"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
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
            milestoneId = milestoneIdOf(taskId);
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
        Long milestoneId = milestoneIdOf(taskId);
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

    /** The open task with its plan, if the user may see it and it is of one of the expected kinds; reads only. */
    private Step view(String taskId, String username, String... expectedKeys) {
        Task task = guard.view(taskId, username, expectedKeys);
        return new Step(task, planOf(task));
    }

    /** As {@link #view}, and taken by the user if it was offered to a group: the start of every step. */
    private Step act(String taskId, String username, String... expectedKeys) {
        Task task = guard.act(taskId, username, expectedKeys);
        return new Step(task, planOf(task));
    }

    private ActionPlan planOf(Task task) {
        return plans.findByProcessInstanceId(task.getProcessInstanceId())
                .orElseThrow(() -> new NotFoundException("No action plan for process " + task.getProcessInstanceId()));
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
                Long milestoneId = REPORT_MILESTONE.equals(task.getTaskDefinitionKey()) ? milestoneIdOf(task.getId()) : null;
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

    private ZoneId zone() {
        return clock.getZone();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static org.springframework.context.MessageSourceResolvable resolvable(String code) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {code}, code);
    }

    /** Users who receive escalations. */
    List<String> administrators() {
        return accounts.usersWithRole(Role.ADMIN).stream().map(Person::getUsername).toList();
    }
}
