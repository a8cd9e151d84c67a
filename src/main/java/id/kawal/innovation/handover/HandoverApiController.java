package id.kawal.innovation.handover;

import id.kawal.innovation.Owner;
import id.kawal.system.InboxPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The handover for other systems and scripts, with the pages' rules; refusals are RFC 7807 problem details. */
@RestController
@RequestMapping("/api")
@Tag(name = "Serah terima inovasi", description = "Handover of an innovation whose owner is rotated (mutasi)")
public class HandoverApiController {

    private final HandoverService handovers;
    private final HandoverTasks tasks;

    public HandoverApiController(HandoverService handovers, HandoverTasks tasks) {
        this.handovers = handovers;
        this.tasks = tasks;
    }

    /** The checklist as handed over: each item ticked or not, with its note. */
    public record ChecklistJson(boolean documentsDone, String documentsNote, boolean accountsDone, String accountsNote,
            boolean contactsDone, String contactsNote, boolean issuesDone, String issuesNote) {
    }

    /**
     * One handover; {@code openTaskId} is the step waiting now (for the API's step endpoints), null when done or when
     * the step is not the caller's.
     */
    public record HandoverJson(Long id, Long innovationId, String opd, HandoverStage stage, Owner outgoing,
            LocalDate rotatedOn, String newPosition, String newAgency, String note, String startedBy, Instant startedAt,
            Owner successor, String successorAgency, boolean crossOpdConfirmed, String namedBy, Instant escalatedAt,
            ChecklistJson checklist, String handedOverBy, String returnReason, int returnedCount, String acceptedBy,
            Instant finishedAt, String openTaskId) {
        static HandoverJson of(Handover h, String openTaskId) {
            return new HandoverJson(h.getId(), h.getInnovationId(), h.getOpd(), h.getStage(), h.getOutgoing(),
                    h.getRotatedOn(), h.getNewPosition(), h.getNewAgency(), h.getNote(), h.getStartedBy(),
                    h.getStartedAt(), h.getSuccessor().isNone() ? null : h.getSuccessor(), h.getSuccessorAgency(),
                    h.isCrossOpdConfirmed(), h.getNamedBy(), h.getEscalatedAt(),
                    h.getHandedOverAt() == null ? null : new ChecklistJson(h.isDocumentsDone(), h.getDocumentsNote(),
                            h.isAccountsDone(), h.getAccountsNote(), h.isContactsDone(), h.getContactsNote(),
                            h.isIssuesDone(), h.getIssuesNote()),
                    h.getHandedOverBy(), h.getReturnReason(), h.getReturnedCount(), h.getAcceptedBy(),
                    h.getFinishedAt(), openTaskId);
        }
    }

    @Operation(summary = "An innovation's handovers, the latest first (the running one, if any, first of all)")
    @GetMapping("/innovations/{id}/handover")
    List<HandoverJson> history(@PathVariable Long id, Authentication user) {
        return handovers.historyOf(id, user).stream().map(h -> HandoverJson.of(h, handovers.openTaskFor(h, user))).toList();
    }

    @Operation(summary = "Record that the owner was rotated (owner or administrator): the innovation is without owner "
            + "until a successor takes over", description = "403 for anyone else; 409 while a handover runs; 400 on a "
            + "record without owner or a rotation date in the future.")
    @PostMapping("/innovations/{id}/handover")
    @ResponseStatus(HttpStatus.CREATED)
    HandoverJson start(@PathVariable Long id, @Valid @RequestBody RotationForm form, Authentication user) {
        Handover h = handovers.start(id, form, user);
        return HandoverJson.of(h, handovers.openTaskFor(h, user));
    }

    @Operation(summary = "The handover steps waiting for you")
    @GetMapping("/me/handover-tasks")
    InboxPage<HandoverTasks.Item> inbox(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Authentication user) {
        return tasks.inbox(user, page, size);
    }

    @Operation(summary = "Name the successor (a head of the innovation's OPD, or an administrator)",
            description = "A Kawal account (successorUsername) or a person without one (successorName, successorNip, "
                    + "successorPosition, successorAgency). 400 for the outgoing owner themselves or someone of another "
                    + "OPD without crossOpdConfirmed; 403 for anyone else; 409 when the step was done meanwhile.")
    @PostMapping("/handover-tasks/{taskId}/successor")
    HandoverJson nameSuccessor(@PathVariable String taskId, @Valid @RequestBody SuccessorForm form, Authentication user) {
        Handover h = handovers.nameSuccessor(taskId, form, user);
        return HandoverJson.of(h, null);
    }

    @Operation(summary = "Hand over the checklist (the outgoing owner; without account, a head or an administrator)",
            description = "An item not ticked needs a note saying why.")
    @PostMapping("/handover-tasks/{taskId}/checklist")
    HandoverJson handOver(@PathVariable String taskId, @Valid @RequestBody ChecklistForm form, Authentication user) {
        return HandoverJson.of(handovers.handOver(taskId, form, user), null);
    }

    @Operation(summary = "Accept the handover, or RETURN it with a reason (the successor; without account, a head or "
            + "an administrator)", description = "Accepted: the successor becomes the innovation's owner.")
    @PostMapping("/handover-tasks/{taskId}/acceptance")
    HandoverJson accept(@PathVariable String taskId, @Valid @RequestBody AcceptanceForm form, Authentication user) {
        return HandoverJson.of(handovers.accept(taskId, form, user), null);
    }
}
