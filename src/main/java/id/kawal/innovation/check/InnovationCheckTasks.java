package id.kawal.innovation.check;

import static id.kawal.innovation.check.InnovationCheckProcess.CHECK_PROCESS_ID;

import id.kawal.innovation.InnovationCheck;
import id.kawal.innovation.InnovationCheckRepository;
import id.kawal.system.ClockConfig;
import id.kawal.system.InboxPage;
import id.kawal.system.TaskGuard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The "still running?" questions a user may answer, for the home page. */
@Service
public class InnovationCheckTasks {

    private final TaskGuard guard;
    private final InnovationCheckRepository checks;

    public InnovationCheckTasks(TaskGuard guard, InnovationCheckRepository checks) {
        this.guard = guard;
        this.checks = checks;
    }

    /**
     * @param link the page where the question is answered
     */
    public record Item(String taskId, String taskKey, String innovationName, String opd, int year, LocalDate due,
            String link) {
    }

    /**
     * One page of the user's questions, the most urgent first: one count and one page from the engine, then the
     * checks of the whole page with their records in one query. A task whose check is gone is left out.
     */
    @Transactional(readOnly = true)
    public InboxPage<Item> inbox(String username, int page, int size) {
        InboxPage.check(page, size);
        TaskGuard.InboxSlice slice = guard.inbox(username, TaskGuard.InboxOrder.DUE_DATE, InboxPage.first(page, size),
                size, CHECK_PROCESS_ID);
        return new InboxPage<>(itemsOf(slice.page()), page, size, slice.total());
    }

    private List<Item> itemsOf(List<Task> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, InnovationCheck> byProcess = checks.withRecordsOfProcesses(
                rows.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(InnovationCheck::getProcessInstanceId, Function.identity()));
        List<Item> items = new ArrayList<>();
        for (Task task : rows) {
            InnovationCheck check = byProcess.get(task.getProcessInstanceId());
            if (check != null) {
                LocalDate due = task.getDueDate() == null ? check.getDeadline()
                        : LocalDate.ofInstant(task.getDueDate().toInstant(), ClockConfig.ZONE);
                items.add(new Item(task.getId(), task.getTaskDefinitionKey(), check.getInnovation().getName(),
                        check.getOpd(), check.getYear(), due, "/innovations/checks/tasks/" + task.getId()));
            }
        }
        return items;
    }
}
