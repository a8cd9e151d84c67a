package id.kawal.competition;

import static id.kawal.competition.CompetitionProcess.*;

import id.kawal.system.ClockConfig;
import id.kawal.system.InboxPage;
import id.kawal.system.TaskGuard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The competition tasks a user may work on, for the home page and the API. */
@Service
public class CompetitionTasks {

    private final TaskGuard guard;
    private final EntryRepository entries;
    private final CompetitionRepository competitions;

    public CompetitionTasks(TaskGuard guard, EntryRepository entries, CompetitionRepository competitions) {
        this.guard = guard;
        this.entries = entries;
        this.competitions = competitions;
    }

    /**
     * @param link the page where the task is done
     */
    public record Item(String taskId, String taskKey, String competitionName, String entryTitle, String opd,
            LocalDate due, String link) {
    }

    /**
     * One page of the user's competition tasks, the oldest first (then by task id, so that pages
     * never overlap): one count and one page from the engine, then the entries and the competitions
     * of the whole page by process instance, whatever the number of waiting tasks. A task whose
     * entry or competition is gone is left out.
     */
    @Transactional(readOnly = true)
    public InboxPage<Item> inbox(String username, int page, int size) {
        InboxPage.check(page, size);
        TaskGuard.InboxSlice slice = guard.inbox(username, TaskGuard.InboxOrder.CREATE_TIME, InboxPage.first(page, size), size,
                COMPETITION_PROCESS_ID, ENTRY_PROCESS_ID);
        return new InboxPage<>(itemsOf(slice.page()), page, size, slice.total());
    }

    private List<Item> itemsOf(List<Task> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<String> processes = rows.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Entry> entryByProcess = entries.findByProcessInstanceIdIn(processes).stream()
                .collect(Collectors.toMap(Entry::getProcessInstanceId, e -> e));
        Set<String> competitionProcesses = new HashSet<>(processes);
        competitionProcesses.removeAll(entryByProcess.keySet());
        Map<String, Competition> competitionByProcess = competitionProcesses.isEmpty() ? Map.of()
                : competitions.findByProcessInstanceIdIn(competitionProcesses).stream()
                        .collect(Collectors.toMap(Competition::getProcessInstanceId, c -> c));
        List<Item> items = new ArrayList<>();
        for (Task task : rows) {
            LocalDate due = task.getDueDate() == null ? null
                    : LocalDate.ofInstant(task.getDueDate().toInstant(), ClockConfig.ZONE);
            Entry entry = entryByProcess.get(task.getProcessInstanceId());
            Competition competition = competitionByProcess.get(task.getProcessInstanceId());
            if (entry != null) {
                items.add(new Item(task.getId(), task.getTaskDefinitionKey(), entry.getCompetition().getName(),
                        entry.getInnovationTitle(), entry.getOpd(), due, HANDLE_LATE_JUROR.equals(task.getTaskDefinitionKey())
                                ? "/admin/late-jurors/" + task.getId() : "/entries/" + entry.getId()));
            } else if (competition != null) {
                items.add(new Item(task.getId(), task.getTaskDefinitionKey(), competition.getName(), null, null, due,
                        "/admin/competitions/" + competition.getId()));
            }
        }
        return items;
    }
}
