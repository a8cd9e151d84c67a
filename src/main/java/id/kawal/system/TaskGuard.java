package id.kawal.system;

import id.kawal.identity.UserAccountService;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to every user task: it must be open (404, or 409 when it was completed already), meant
 * for this user (their own, or offered to one of their groups; 403 otherwise; 409 when another
 * member of the group has taken it) and of the kind the caller expects (409).
 *
 * <p>Looking at a task never writes ({@link #view}), so it works in a read-only transaction.
 * Acting on a task offered to a group first claims it for the user ({@link #act}) inside the
 * step's own transaction: of two administrators acting at once, the engine lets one claim it and
 * the other gets a conflict, and the history says who did the step.
 */
@Component
public class TaskGuard {

    private final TaskService tasks;
    private final HistoryService history;
    private final UserAccountService accounts;
    private final String byId;
    private final String byProcessInstance;

    public TaskGuard(TaskService tasks, HistoryService history, UserAccountService accounts, ManagementService management) {
        this.tasks = tasks;
        this.history = history;
        this.accounts = accounts;
        // every step looks its task up by id, and its case's open tasks by process instance: plain selects on the
        // engine's indexed columns cost a fraction of the general task query (dozens of optional filters)
        String table = management.getTableName(Task.class);
        this.byId = "SELECT * FROM " + table + " WHERE ID_ = #{id}";
        this.byProcessInstance = "SELECT * FROM " + table + " WHERE PROC_INST_ID_ = #{pid} ORDER BY CREATE_TIME_, ID_";
    }

    /** The open task with this id, or null. */
    public Task find(String taskId) {
        return tasks.createNativeTaskQuery().sql(byId).parameter("id", taskId).singleResult();
    }

    /** The open tasks of a case, oldest first. */
    public List<Task> openTasksOf(String processInstanceId) {
        return tasks.createNativeTaskQuery().sql(byProcessInstance).parameter("pid", processInstanceId).list();
    }

    /** The task, if the user may see and work on it; reads only. */
    public Task view(String taskId, String username, String... expectedKeys) {
        Task task = find(taskId);
        if (task == null) {
            throw goneOrUnknown(taskId);
        }
        if (!username.equals(task.getAssignee())) {
            boolean candidate = isCandidate(task, username);
            if (candidate && task.getAssignee() != null) {
                throw new ConflictException("task.claimedByOther");
            }
            if (!candidate) {
                throw new AccessDeniedException("Task " + taskId + " is not for " + username);
            }
        }
        if (expectedKeys.length > 0 && !List.of(expectedKeys).contains(task.getTaskDefinitionKey())) {
            throw new ConflictException("task.wrongKind");
        }
        return task;
    }

    /**
     * The task, checked as {@link #view} does, and claimed for the user when it was offered to a
     * group. Call it inside the transaction of the step, so a step that fails leaves it unclaimed.
     */
    public Task act(String taskId, String username, String... expectedKeys) {
        Task task = view(taskId, username, expectedKeys);
        if (task.getAssignee() == null) {
            claimChecked(task, username);
        }
        return task;
    }

    /** Takes a task offered to one of the user's groups, so nobody else in the group works on it. */
    @Transactional
    public Task claim(String taskId, String username) {
        Task task = view(taskId, username);
        if (task.getAssignee() == null) {
            claimChecked(task, username);
        }
        return task;
    }

    /** Completes the task; a task completed meanwhile by someone else is a conflict, not an error. */
    public void complete(String taskId, Map<String, Object> variables) {
        try {
            tasks.complete(taskId, variables);
        } catch (NullValueException e) {
            throw goneOr(taskId, e);
        }
    }

    /** Who holds a task and whether it was offered to a group (only such a task can be taken). */
    public Holding holding(Task task) {
        boolean offeredToGroup = tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
        String assignee = task.getAssignee();
        return new Holding(offeredToGroup, assignee, assignee == null ? null : accounts.displayName(assignee));
    }

    /**
     * @param assignee null while nobody has taken a task offered to a group
     */
    public record Holding(boolean offeredToGroup, String assignee, String assigneeName) {

        public boolean claimable() {
            return offeredToGroup && assignee == null;
        }

        public boolean taken() {
            return offeredToGroup && assignee != null;
        }
    }

    /**
     * The open tasks of some processes that a user may work on: their own and those offered to
     * their groups that nobody has taken yet. Callers order and page it.
     */
    public TaskQuery inboxQuery(String username, String... processDefinitionKeys) {
        List<String> groups = accounts.groupIdsOf(username);
        TaskQuery query = tasks.createTaskQuery().processDefinitionKeyIn(processDefinitionKeys).active();
        if (groups.isEmpty()) {
            query.taskAssignee(username);
        } else {
            query.or().taskAssignee(username).taskCandidateGroupIn(groups).endOr();
        }
        return query;
    }

    private void claimChecked(Task task, String username) {
        try {
            tasks.claim(task.getId(), username);
        } catch (NullValueException e) {
            throw goneOr(task.getId(), e);
        }
    }

    /** Whether the task is offered to one of the user's groups, taken by someone or not. */
    private boolean isCandidate(Task task, String username) {
        List<String> groups = accounts.groupIdsOf(username);
        return !groups.isEmpty() && tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroupIn(groups)
                .includeAssignedTasks().count() > 0;
    }

    /** The engine says "cannot find task" when another transaction completed it a moment ago. */
    private RuntimeException goneOr(String taskId, RuntimeException cause) {
        return tasks.createTaskQuery().taskId(taskId).count() == 0 ? goneOrUnknown(taskId) : cause;
    }

    private RuntimeException goneOrUnknown(String taskId) {
        if (history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0) {
            return new ConflictException("task.alreadyCompleted");
        }
        return new NotFoundException("No open task " + taskId);
    }
}
