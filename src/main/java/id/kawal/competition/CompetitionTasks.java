package id.kawal.competition;

import static id.kawal.competition.CompetitionProcess.*;

import id.kawal.system.TaskGuard;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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

    @Transactional(readOnly = true)
    public List<Item> inbox(String username) {
        return guard.inboxQuery(username, COMPETITION_PROCESS_ID, ENTRY_PROCESS_ID).list().stream().map(this::toItem).toList();
    }

    private Item toItem(Task task) {
        LocalDate due = task.getDueDate() == null ? null : LocalDate.ofInstant(task.getDueDate().toInstant(), ZoneId.of("Asia/Jakarta"));
        return entries.findByProcessInstanceId(task.getProcessInstanceId())
                .map(e -> new Item(task.getId(), task.getTaskDefinitionKey(), e.getCompetition().getName(),
                        e.getInnovationTitle(), e.getOpd(), due, "/entries/" + e.getId()))
                .orElseGet(() -> competitions.findByProcessInstanceId(task.getProcessInstanceId())
                        .map(c -> new Item(task.getId(), task.getTaskDefinitionKey(), c.getName(), null, null, due,
                                "/admin/competitions/" + c.getId()))
                        .orElse(new Item(task.getId(), task.getTaskDefinitionKey(), "?", null, null, due, "/")));
    }
}
