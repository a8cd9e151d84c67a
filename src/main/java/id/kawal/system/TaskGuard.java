package id.kawal.system;

import id.kawal.identity.UserAccountService;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The door to every user task: it must be open (404, or 409 when it was completed already), meant
 * for this user (their own, or offered to one of their groups; 403 otherwise) and of the kind the
 * caller expects (409).
 */
@Component
public class TaskGuard {

    private final TaskService tasks;
    private final HistoryService history;
    private final UserAccountService accounts;

    public TaskGuard(TaskService tasks, HistoryService history, UserAccountService accounts) {
        this.tasks = tasks;
        this.history = history;
        this.accounts = accounts;
    }

    public Task open(String taskId, String username, String... expectedKeys) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            if (history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0) {
                throw new ConflictException("task.alreadyCompleted");
            }
            throw new NotFoundException("No open task " + taskId);
        }
        if (!mayWorkOn(task, username)) {
            throw new AccessDeniedException("Task " + taskId + " is not for " + username);
        }
        if (expectedKeys.length > 0 && !List.of(expectedKeys).contains(task.getTaskDefinitionKey())) {
            throw new ConflictException("task.wrongKind");
        }
        if (task.getAssignee() == null) {
            // a task offered to a group is given to whoever acts on it, so the history says who did it
            tasks.setAssignee(task.getId(), username);
        }
        return task;
    }

    public boolean mayWorkOn(Task task, String username) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(username);
        }
        List<String> groups = accounts.groupIdsOf(username);
        return !groups.isEmpty()
                && tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroupIn(groups).count() > 0;
    }

    /** The open tasks of some processes that a user may work on. */
    public List<Task> inbox(String username, String... processDefinitionKeys) {
        List<String> groups = accounts.groupIdsOf(username);
        var query = tasks.createTaskQuery().processDefinitionKeyIn(processDefinitionKeys).active();
        if (groups.isEmpty()) {
            query.taskAssignee(username);
        } else {
            query.or().taskAssignee(username).taskCandidateGroupIn(groups).endOr();
        }
        return query.list();
    }
}
