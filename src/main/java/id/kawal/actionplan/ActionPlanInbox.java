package id.kawal.actionplan;

import static id.kawal.actionplan.ActionPlanProcess.*;

import id.kawal.identity.Person;
import id.kawal.identity.PersonRepository;
import id.kawal.system.InboxPage;
import id.kawal.system.NotFoundException;
import id.kawal.system.TaskGuard;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people see of the action plans' open tasks: their inbox, the open tasks of one plan, and one task with what
 * its form page needs. Reads only, and never fails because a task was completed a moment ago; the steps themselves
 * are {@link ActionPlanWorkflow}'s.
 */
@Service
public class ActionPlanInbox {

    /** Ids per {@code IN (...)} list: well inside every database's limit. */
    static final int IN_CHUNK = 500;

    private final ActionPlanRepository plans;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TaskGuard guard;
    private final PersonRepository people;
    private final MilestoneRepository milestones;
    private final Clock clock;

    public ActionPlanInbox(ActionPlanRepository plans, RuntimeService runtime, TaskService tasks, TaskGuard guard,
            PersonRepository people, MilestoneRepository milestones, Clock clock) {
        this.plans = plans;
        this.runtime = runtime;
        this.tasks = tasks;
        this.guard = guard;
        this.people = people;
        this.milestones = milestones;
        this.clock = clock;
    }

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
        Map<String, Long> milestoneByTask = milestoneIdsOf(open.stream().filter(ActionPlanInbox::isMilestoneTask)
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
        Viewed viewed = view(taskId, username);
        Task task = viewed.task();
        ActionPlan plan = viewed.plan();
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

    /** The plan of the task, with its milestones and events loaded for the page, if the user may see the task. */
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
     * the plans with their cohorts' and participants' names (one projection), the milestones of milestone tasks
     * (from the task-local variable the model sets on create) and, last, which of the tasks are
     * still open. A task completed meanwhile, or whose plan is gone, is left out; a milestone task
     * of a case started on an older model, without that variable, is listed without its milestone.
     */
    List<WorkItem> workItemsOf(List<Task> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, InboxPlan> planByProcess = plans.inboxPlansOf(
                        page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(InboxPlan::processInstanceId, p -> p));
        Map<String, Long> milestoneByTask = milestoneIdsOf(page.stream().filter(ActionPlanInbox::isMilestoneTask)
                .map(Task::getId).toList());
        Map<Long, String> titleByMilestone = milestoneTitles(milestoneByTask.values());
        Set<String> stillOpen = guard.stillOpen(page.stream().map(Task::getId).toList());
        List<WorkItem> items = new ArrayList<>();
        for (Task task : page) {
            InboxPlan plan = planByProcess.get(task.getProcessInstanceId());
            if (plan == null || !stillOpen.contains(task.getId())) {
                continue;
            }
            Long milestoneId = milestoneByTask.get(task.getId());
            items.add(workItem(task, plan.id(), plan.title(), plan.cohortName(), plan.participantName(),
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

    /**
     * How many open tasks of each case are past their due date (due before today began, in the users' zone), for
     * many cases in one query per {@value #IN_CHUNK} cases; a case with none is absent.
     */
    public Map<String, Long> overdueTaskCounts(Collection<String> processInstanceIds) {
        Date todayBegan = Date.from(LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant());
        List<String> ids = processInstanceIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, Long> counts = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            String[] chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)).toArray(String[]::new);
            tasks.createTaskQuery().processInstanceIdIn(chunk).active().dueBefore(todayBegan).list()
                    .forEach(task -> counts.merge(task.getProcessInstanceId(), 1L, Long::sum));
        }
        return counts;
    }

    private WorkItem workItem(Task task, ActionPlan plan, String participantName, String milestoneTitle) {
        return workItem(task, plan.getId(), plan.getTitle(), plan.getCohort().getName(), participantName, milestoneTitle);
    }

    private WorkItem workItem(Task task, Long planId, String title, String cohortName, String participantName,
            String milestoneTitle) {
        LocalDate due = task.getDueDate() == null ? null : LocalDate.ofInstant(task.getDueDate().toInstant(), clock.getZone());
        boolean overdue = due != null && LocalDate.now(clock).isAfter(due);
        return new WorkItem(task.getId(), task.getTaskDefinitionKey(), Stage.ofTask(task.getTaskDefinitionKey()),
                planId, participantName, title, cohortName, milestoneTitle,
                task.getCreateTime().toInstant(), due, overdue, task.getAssignee());
    }

    private record Viewed(Task task, ActionPlan plan) {
    }

    /** The open task with its plan, if the user may see it. */
    private Viewed view(String taskId, String username) {
        Task task = guard.view(taskId, username);
        return new Viewed(task, planOf(task));
    }

    /** The plan whose case {@code task} belongs to. */
    ActionPlan planOf(Task task) {
        return plans.findByProcessInstanceId(task.getProcessInstanceId())
                .orElseThrow(() -> new NotFoundException("No action plan for process " + task.getProcessInstanceId()));
    }
}
