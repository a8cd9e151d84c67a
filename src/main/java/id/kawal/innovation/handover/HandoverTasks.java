package id.kawal.innovation.handover;

import id.kawal.identity.Role;
import id.kawal.innovation.Innovation;
import id.kawal.innovation.InnovationRepository;
import id.kawal.system.InboxPage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The handover steps a user may do, for the home page and the API. */
@Service
public class HandoverTasks {

    private static final EnumSet<HandoverStage> OPEN = EnumSet.complementOf(EnumSet.of(HandoverStage.DONE));

    private final HandoverRepository handovers;
    private final HandoverAccess access;
    private final InnovationRepository innovations;
    private final TaskService tasks;

    public HandoverTasks(HandoverRepository handovers, HandoverAccess access, InnovationRepository innovations,
            TaskService tasks) {
        this.handovers = handovers;
        this.access = access;
        this.innovations = innovations;
        this.tasks = tasks;
    }

    /**
     * @param link the page where the step is done
     */
    public record Item(String taskId, String taskKey, Long innovationId, String innovationName, String opd,
            String outgoingName, boolean escalated, String link) {
    }

    /**
     * One page of the steps waiting for the user, the oldest handover first: one paged query of the handovers (by
     * stage, OPD and account, each indexed), then their tasks and records in one query each. A step completed a moment
     * ago is left out.
     */
    @Transactional(readOnly = true)
    public InboxPage<Item> inbox(Authentication user, int page, int size) {
        InboxPage.check(page, size);
        Page<Handover> rows = handovers.actionableBy(user.getName(), access.headedOpd(user).orElse(null),
                Role.ADMIN.isHeldBy(user), OPEN, PageRequest.of(page, size));
        if (rows.isEmpty()) {
            return new InboxPage<>(List.of(), page, size, rows.getTotalElements());
        }
        Map<String, Task> taskByCase = tasks.createTaskQuery()
                .processInstanceIdIn(rows.stream().map(Handover::getProcessInstanceId).toArray(String[]::new))
                .list().stream().collect(Collectors.toMap(t -> t.getProcessInstanceId() + "/" + t.getTaskDefinitionKey(),
                        Function.identity(), (a, b) -> a));
        Map<Long, Innovation> records = innovations.findAllById(rows.stream().map(Handover::getInnovationId).toList())
                .stream().collect(Collectors.toMap(Innovation::getId, Function.identity()));
        List<Item> items = new ArrayList<>();
        for (Handover h : rows) {
            Task task = taskByCase.get(h.getProcessInstanceId() + "/" + h.getStage().taskKey());
            Innovation innovation = records.get(h.getInnovationId());
            if (task != null && innovation != null) {
                items.add(new Item(task.getId(), task.getTaskDefinitionKey(), innovation.getId(), innovation.getName(),
                        h.getOpd(), h.getOutgoing().name(), h.getEscalatedAt() != null, "/handover-tasks/" + task.getId()));
            }
        }
        return new InboxPage<>(items, page, size, rows.getTotalElements());
    }
}
