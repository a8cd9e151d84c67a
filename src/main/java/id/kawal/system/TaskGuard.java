package id.kawal.system;

import id.kawal.identity.UserAccountService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /** The key under which a read-only transaction keeps the users' open tasks counted by process. */
    private static final Object COUNTS_IN_TRANSACTION = new Object();

    private final TaskService tasks;
    private final HistoryService history;
    private final UserAccountService accounts;
    private final String taskTable;
    private final String linkTable;
    private final String definitionTable;
    private final String byId;
    private final String byProcessInstance;
    private final String lockProcessInstance;
    private final JdbcTemplate jdbc;

    public TaskGuard(TaskService tasks, HistoryService history, UserAccountService accounts, ManagementService management,
            JdbcTemplate jdbc) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.history = history;
        this.accounts = accounts;
        // every step looks its task up by id, and its case's open tasks by process instance: plain selects on the
        // engine's indexed columns cost a fraction of the general task query (dozens of optional filters)
        this.taskTable = management.getTableName(Task.class);
        this.linkTable = management.getTableName(IdentityLinkEntity.class);
        this.definitionTable = management.getTableName(ProcessDefinition.class);
        this.byId = "SELECT * FROM " + taskTable + " WHERE ID_ = #{id}";
        this.byProcessInstance = "SELECT * FROM " + taskTable + " WHERE PROC_INST_ID_ = #{pid} ORDER BY CREATE_TIME_, ID_";
        // the process instance's own row of the engine's executions: every node of a cluster sees the same lock
        this.lockProcessInstance = "SELECT ID_ FROM " + management.getTableName(ExecutionEntity.class)
                + " WHERE ID_ = ? FOR UPDATE";
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
     *
     * <p>The step first takes its case's lock (the row of the task's process instance, {@code FOR UPDATE}), so the
     * steps of one case run one after the other while different cases run side by side. People working on their own
     * tasks of one case at the same moment (mentor and coach, the three seminar scores, the jurors of one entry) then
     * all succeed: the second waits for the first to commit and carries on from there, instead of both writing the
     * case from the same old state and one of them failing at the engine's parallel join or on the plan's version.
     * Two completions of one task (a double click) still give one success: the second finds the task gone, a 409.
     */
    public Task act(String taskId, String username, String... expectedKeys) {
        Task before = find(taskId);
        if (before == null) {
            throw goneOrUnknown(taskId);
        }
        lockCase(before.getProcessInstanceId());
        Task task = view(taskId, username, expectedKeys);
        if (task.getAssignee() == null) {
            claimChecked(task, username);
        }
        return task;
    }

    /** Waits for, then holds until the end of the transaction, the case's lock; see {@link #act}. */
    private void lockCase(String processInstanceId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A step must run in a transaction: its case lock would end at once");
        }
        jdbc.queryForList(lockProcessInstance, String.class, processInstanceId);
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

    /** The order of an inbox: the most urgent first, or the oldest first; the task id last, so pages never overlap. */
    public enum InboxOrder {
        DUE_DATE("T.DUE_DATE_, T.CREATE_TIME_, T.ID_"),
        CREATE_TIME("T.CREATE_TIME_, T.ID_");

        private final String columns;

        InboxOrder(String columns) {
            this.columns = columns;
        }
    }

    /** One page of an inbox and the number of tasks in it. */
    public record InboxSlice(long total, List<Task> page) {
    }

    /**
     * One page of the open tasks of some processes that a user may work on: their own and those
     * offered to them or to their groups that nobody has taken yet, and how many there are. Two plain selects
     * joined by UNION ALL (assigned to the user; unassigned with a candidate link to the user or one of
     * the groups), each on an indexed column; the engine's general task query with an OR and a
     * candidate group builds its SQL through hundreds of dynamic conditions and sorts a DISTINCT
     * join, most of an inbox request's time.
     *
     * <p>Inside a read-only transaction (a page that shows several inboxes) the user's open tasks are counted once,
     * by process, for all of them ({@link #openTasksByProcess}): each count reads every task the user may work on,
     * whatever its process, so four inboxes would read them four times.
     */
    public InboxSlice inbox(String username, InboxOrder order, int first, int size, String... processDefinitionKeys) {
        List<String> groups = accounts.groupIdsOf(username);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("user", username);
        String keys = placeholders("key", List.of(processDefinitionKeys), parameters);
        String definitions = "T.SUSPENSION_STATE_ = 1 AND T.PROC_DEF_ID_ IN (SELECT D.ID_ FROM " + definitionTable
                + " D WHERE D.KEY_ IN (" + keys + "))";
        String assigned = "SELECT T.* FROM " + taskTable + " T WHERE T.ASSIGNEE_ = #{user} AND " + definitions;
        String offered = "SELECT T.* FROM " + taskTable + " T WHERE " + offered("#{user}", placeholders("group", groups, parameters))
                + " AND " + definitions;
        long total;
        boolean readAssigned = true;
        boolean readOffered = true;
        OpenTasks counted = countedInTransaction(username, groups);
        if (counted != null) {
            long assignedCount = counted.assigned(processDefinitionKeys);
            long offeredCount = counted.offered(processDefinitionKeys);
            total = assignedCount + offeredCount;
            // a part with nothing in it is left out
            readAssigned = assignedCount > 0;
            readOffered = offeredCount > 0;
        } else {
            var count = tasks.createNativeTaskQuery().sql("SELECT COUNT(*) FROM (" + assigned + " UNION ALL " + offered + ") C");
            parameters.forEach(count::parameter);
            total = count.count();
        }
        if (first < 0 || first >= total) {
            return new InboxSlice(total, List.of());
        }
        // each part read in the inbox's order (an index's: assignee, then the order) and cut at the end of the page;
        // the end is written as a number, not a parameter: H2 binds a LIMIT parameter inside a part out of order
        String end = " ORDER BY " + order.columns + " LIMIT " + ((long) first + size);
        List<String> parts = new ArrayList<>();
        if (readAssigned) {
            parts.add(assigned + end);
        }
        if (readOffered) {
            parts.add(offered + end);
        }
        String union = parts.size() == 1 ? parts.get(0) : "(" + String.join(") UNION ALL (", parts) + ")";
        var list = tasks.createNativeTaskQuery().sql("SELECT T.* FROM (" + union + ") T ORDER BY " + order.columns);
        parameters.forEach(list::parameter);
        return new InboxSlice(total, list.listPage(first, size));
    }

    /** A user's open tasks counted by process definition key: those assigned to them, those offered to them. */
    private record OpenTasks(Map<String, Long> assigned, Map<String, Long> offered) {

        long assigned(String... keys) {
            return sum(assigned, keys);
        }

        long offered(String... keys) {
            return sum(offered, keys);
        }

        private static long sum(Map<String, Long> counts, String... keys) {
            long sum = 0;
            for (String key : keys) {
                sum += counts.getOrDefault(key, 0L);
            }
            return sum;
        }
    }

    /**
     * How many open tasks the user may work on, by process definition key, in one grouped select: the same tasks as
     * {@link #inbox}'s, of every process.
     */
    private OpenTasks openTasksByProcess(String username, List<String> groups) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(username);
        arguments.add(username);
        arguments.addAll(groups);
        String mine = "SELECT T.PROC_DEF_ID_, 1 AS ASSIGNED FROM " + taskTable + " T WHERE T.ASSIGNEE_ = ? AND T.SUSPENSION_STATE_ = 1"
                + " UNION ALL SELECT T.PROC_DEF_ID_, 0 FROM " + taskTable + " T WHERE "
                + offered("?", String.join(", ", Collections.nCopies(groups.size(), "?"))) + " AND T.SUSPENSION_STATE_ = 1";
        Map<String, Long> assigned = new HashMap<>();
        Map<String, Long> offered = new HashMap<>();
        jdbc.query("SELECT D.KEY_, M.ASSIGNED, COUNT(*) FROM (" + mine + ") M JOIN " + definitionTable
                + " D ON D.ID_ = M.PROC_DEF_ID_ GROUP BY D.KEY_, M.ASSIGNED", row -> {
                    (row.getInt(2) == 1 ? assigned : offered).merge(row.getString(1), row.getLong(3), Long::sum);
                }, arguments.toArray());
        return new OpenTasks(assigned, offered);
    }

    /**
     * The condition of a task nobody has taken that is offered to the user by name (a check of their innovation) or to
     * one of their groups, each task once.
     */
    private String offered(String userPlaceholder, String groupPlaceholders) {
        String to = groupPlaceholders.isEmpty() ? "I.USER_ID_ = " + userPlaceholder
                : "(I.USER_ID_ = " + userPlaceholder + " OR I.GROUP_ID_ IN (" + groupPlaceholders + "))";
        return "T.ASSIGNEE_ IS NULL AND T.ID_ IN (SELECT I.TASK_ID_ FROM " + linkTable + " I WHERE I.TYPE_ = 'candidate' AND "
                + to + ")";
    }

    /** The user's counts kept by the current read-only transaction, counted on first use; null outside one. */
    private OpenTasks countedInTransaction(String username, List<String> groups) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, OpenTasks> memo = (Map<String, OpenTasks>) TransactionSynchronizationManager.getResource(COUNTS_IN_TRANSACTION);
        if (memo == null) {
            Map<String, OpenTasks> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(COUNTS_IN_TRANSACTION, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(COUNTS_IN_TRANSACTION);
                }
            });
            memo = fresh;
        }
        return memo.computeIfAbsent(username, user -> openTasksByProcess(user, groups));
    }

    /** Which of these tasks are still open, in one select by primary key. */
    public Set<String> stillOpen(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Set.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        var query = tasks.createNativeTaskQuery().sql("SELECT * FROM " + taskTable + " WHERE ID_ IN ("
                + placeholders("id", List.copyOf(taskIds), parameters) + ")");
        parameters.forEach(query::parameter);
        return query.list().stream().map(Task::getId).collect(Collectors.toSet());
    }

    private static String placeholders(String prefix, List<String> values, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            parameters.put(prefix + i, values.get(i));
            sql.append(i == 0 ? "" : ", ").append("#{").append(prefix).append(i).append('}');
        }
        return sql.toString();
    }

    private void claimChecked(Task task, String username) {
        try {
            tasks.claim(task.getId(), username);
        } catch (NullValueException e) {
            throw goneOr(task.getId(), e);
        }
    }

    /** Whether the task is offered to the user by name or to one of their groups, taken by someone or not. */
    private boolean isCandidate(Task task, String username) {
        List<String> groups = accounts.groupIdsOf(username);
        if (!groups.isEmpty() && tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroupIn(groups)
                .includeAssignedTasks().count() > 0) {
            return true;
        }
        return tasks.getIdentityLinksForTask(task.getId()).stream().anyMatch(link ->
                IdentityLinkType.CANDIDATE.equals(link.getType()) && username.equals(link.getUserId()));
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
