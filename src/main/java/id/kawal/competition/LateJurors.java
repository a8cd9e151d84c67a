package id.kawal.competition;

import static id.kawal.competition.CompetitionProcess.*;

import id.kawal.identity.Person;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.notification.NotificationService;
import id.kawal.system.InvalidInputException;
import id.kawal.system.TaskGuard;
import id.kawal.system.web.DayMonthYear;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jurors who miss the scoring deadline: a reminder to them, a note to the administrators, and the administrators'
 * follow-up ({@code handle-late-juror}): hand the late jurors' scoring to other jurors, or extend the deadline once.
 * A juror is late while their scoring task of the entry is open after the deadline. Bean name {@code lateJurors}:
 * the model asks {@link #anyLate} when the extended deadline passes.
 */
@Service("lateJurors")
public class LateJurors {


    private final JuryAssignmentRepository assignments;
    private final EntryService entries;
    private final NotificationService notifications;
    private final UserAccountService accounts;
    private final JuryService jury;
    private final TaskGuard guard;
    private final TaskService tasks;
    private final Clock clock;

    public LateJurors(JuryAssignmentRepository assignments, EntryService entries, NotificationService notifications,
            UserAccountService accounts, JuryService jury, TaskGuard guard, TaskService tasks, Clock clock) {
        this.assignments = assignments;
        this.entries = entries;
        this.notifications = notifications;
        this.accounts = accounts;
        this.jury = jury;
        this.guard = guard;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional
    public void remind(Long entryId) {
        Entry entry = entries.get(entryId);
        List<String> late = assignments.findByEntryIdOrderByIdAsc(entryId).stream()
                .filter(a -> a.getStatus() == JuryAssignment.Status.ASSIGNED).map(JuryAssignment::getJuror).toList();
        notifications.notify(late, "notify.jurorLate", entry.getInnovationTitle(), null, "/");
        notifications.notify(accounts.usersWithRole(Role.ADMIN).stream().map(Person::getUsername).toList(),
                "notify.jurorLateAdmin", entry.getInnovationTitle(), String.join(", ", late), "/admin/competitions/"
                        + entry.getCompetition().getId());
    }

    /** Whether a juror of the entry has still not scored it: asked when the extended deadline passes. */
    @Transactional(readOnly = true)
    public boolean anyLate(Long entryId) {
        return !lateTasks(entries.get(entryId)).isEmpty();
    }

    /** What the administrator's follow-up page shows (the entry without its lazy parts: read outside the transaction). */
    public record FollowUp(Task task, Entry entry, String competitionName, List<String> lateJurors,
            List<Person> replacements, LocalDate extendedUntil) {

        public boolean mayExtend() {
            return extendedUntil == null && !lateJurors.isEmpty();
        }
    }

    /** The follow-up task, if this administrator may work on it, with the late jurors and who may replace them. */
    @Transactional(readOnly = true)
    public FollowUp followUp(String taskId, String admin) {
        Task task = guard.view(taskId, admin, HANDLE_LATE_JUROR);
        Entry entry = entries.entryOf(task);
        return new FollowUp(task, entry, entry.getCompetition().getName(), lateTasks(entry).stream().map(Task::getAssignee).toList(),
                jury.eligibleReplacements(entry), entry.getScoringExtendedUntil());
    }

    /**
     * The administrator's follow-up: every late juror's scoring handed to the juror the form names for them, or the
     * entry's scoring deadline extended (once, to a day after today), or, when nobody is late any more, closed.
     * Completes the task with the action, which the model's decision after the task reads.
     *
     * @return the entry's id
     */
    @Transactional
    public Long followUp(String taskId, String admin, LateJurorForm form) {
        Task task = guard.act(taskId, admin, HANDLE_LATE_JUROR);
        Entry entry = entries.entryOf(task);
        List<Task> late = lateTasks(entry);
        LateJurorAction action = form.chosen();
        if (action == LateJurorAction.CLOSE && !late.isEmpty()) {
            throw new InvalidInputException("action", "lateJuror.stillLate",
                    String.join(", ", late.stream().map(Task::getAssignee).toList()));
        }
        if (action != LateJurorAction.CLOSE && late.isEmpty()) {
            throw new InvalidInputException("action", "lateJuror.nobodyLate");
        }
        switch (action) {
            case REASSIGN -> reassign(entry, late, form.getReplacements());
            case EXTEND -> extend(entry, late, form.getExtendedUntil());
            case CLOSE -> { }
        }
        guard.complete(taskId, Map.of(VAR_LATE_JUROR_ACTION, action.name()));
        return entry.getId();
    }

    private void reassign(Entry entry, List<Task> late, Map<String, String> replacements) {
        Set<String> chosen = new HashSet<>();
        for (Task scoring : late) {
            String field = "replacements[" + scoring.getAssignee() + "]";
            String replacement = replacements.get(scoring.getAssignee());
            if (replacement != null && !chosen.add(replacement)) {
                throw new InvalidInputException(field, "lateJuror.replacementTwice", replacement);
            }
            jury.handOver(scoring, entry, replacement, field);
            notifications.notify(List.of(replacement), "notify.scoringHandedOver", entry.getInnovationTitle(),
                    scoring.getAssignee(), "/entries/" + entry.getId());
        }
    }

    private void extend(Entry entry, List<Task> late, LocalDate until) {
        if (entry.getScoringExtendedUntil() != null) {
            throw new InvalidInputException("action", "lateJuror.extendedOnce", DayMonthYear.format(entry.getScoringExtendedUntil()));
        }
        if (until == null || !until.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("extendedUntil", "lateJuror.dateInFuture");
        }
        entry.scoringExtended(until);
        notifications.notify(late.stream().map(Task::getAssignee).toList(), "notify.scoringExtended",
                entry.getInnovationTitle(), DayMonthYear.format(until),
                "/entries/" + entry.getId());
    }

    /** The entry's scoring tasks still open: its late jurors' (the follow-up only runs after the deadline). */
    private List<Task> lateTasks(Entry entry) {
        return guard.openTasksOf(entry.getProcessInstanceId()).stream()
                .filter(t -> SCORE_ENTRY.equals(t.getTaskDefinitionKey())).toList();
    }
}
