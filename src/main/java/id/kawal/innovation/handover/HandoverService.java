package id.kawal.innovation.handover;

import static id.kawal.innovation.handover.HandoverProcess.*;

import id.kawal.identity.Nip;
import id.kawal.identity.Person;
import id.kawal.identity.PersonRepository;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.innovation.Innovation;
import id.kawal.innovation.InnovationRegistry;
import id.kawal.innovation.Owner;
import id.kawal.notification.NotificationService;
import id.kawal.system.ConflictException;
import id.kawal.system.InvalidInputException;
import id.kawal.system.NotFoundException;
import id.kawal.system.TaskGuard;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handover (serah terima) of an innovation whose owner was rotated: each step saves what was said and moves the
 * process on in one transaction. A step checks first that the user is the rightful actor (403), then takes the task
 * through {@link TaskGuard#act} (of two people acting at once, one succeeds and the other gets a 409).
 */
@Service
public class HandoverService {

    private final HandoverRepository handovers;
    private final InnovationRegistry registry;
    private final HandoverAccess access;
    private final TaskGuard guard;
    private final RuntimeService runtime;
    private final PersonRepository people;
    private final UserAccountService accounts;
    private final NotificationService notifications;
    private final HandoverProperties properties;
    private final Clock clock;

    public HandoverService(HandoverRepository handovers, InnovationRegistry registry, HandoverAccess access,
            TaskGuard guard, RuntimeService runtime, PersonRepository people, UserAccountService accounts,
            NotificationService notifications, HandoverProperties properties, Clock clock) {
        this.handovers = handovers;
        this.registry = registry;
        this.access = access;
        this.guard = guard;
        this.runtime = runtime;
        this.people = people;
        this.accounts = accounts;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    /** A step's task with its handover and record, as its page shows them. */
    public record TaskView(Task task, Handover handover, Innovation innovation) {
    }

    // ---- reading

    /** The handovers of a record, the latest first, for whoever may read the record or takes part in a handover. */
    @Transactional(readOnly = true)
    public List<Handover> historyOf(Long innovationId, Authentication user) {
        Innovation innovation = registry.get(innovationId);
        List<Handover> all = handovers.findByInnovationIdOrderByStartedAtDescIdDesc(innovationId);
        boolean takesPart = all.stream().anyMatch(h -> user.getName().equals(h.getOutgoing().username())
                || user.getName().equals(h.getSuccessor().username()));
        if (!takesPart && !access.mayView(innovation, user)) {
            throw new AccessDeniedException("Not an innovation you may see");
        }
        return all;
    }

    /** The open task of a handover, for the user who may do it; reads only. */
    @Transactional(readOnly = true)
    public TaskView view(String taskId, Authentication user) {
        Handover handover = handoverOfTask(taskId, user);
        if (!access.mayAct(handover, user)) {
            throw new AccessDeniedException("Task " + taskId + " is not for " + user.getName());
        }
        Task task = guard.view(taskId, user.getName(), HAND_OVER, NAME_SUCCESSOR, ACCEPT_HANDOVER);
        return new TaskView(task, handover, registry.get(handover.getInnovationId()));
    }

    /** The open step of a running handover, if any: its task id, for a link. */
    @Transactional(readOnly = true)
    public String openTaskOf(Handover handover) {
        if (!handover.isRunning() || handover.getProcessInstanceId() == null) {
            return null;
        }
        return guard.openTasksOf(handover.getProcessInstanceId()).stream()
                .filter(t -> t.getTaskDefinitionKey().equals(handover.getStage().taskKey())).map(Task::getId)
                .findFirst().orElse(null);
    }

    /** The open step of a running handover if this user may do it, else null. */
    @Transactional(readOnly = true)
    public String openTaskFor(Handover handover, Authentication user) {
        return handover.isRunning() && access.mayAct(handover, user) ? openTaskOf(handover) : null;
    }

    /** The record, if this user may record its owner's rotation (its owner, an administrator); 403 otherwise. */
    @Transactional(readOnly = true)
    public Innovation recordable(Long innovationId, Authentication user) {
        Innovation innovation = registry.get(innovationId);
        if (!access.mayRecord(innovation, user)) {
            throw new AccessDeniedException("Only the owner or an administrator records a rotation");
        }
        return innovation;
    }

    // ---- the steps

    /**
     * The owner was rotated: the record is without owner from now on, and the heads of its OPD are asked to name a
     * successor.
     */
    @Transactional
    public Handover start(Long innovationId, RotationForm form, Authentication user) {
        Innovation innovation = recordable(innovationId, user);
        if (innovation.isHandingOver()) {
            throw new ConflictException("handover.alreadyRunning");
        }
        if (innovation.isOwnerless()) {
            throw new InvalidInputException("owner", "handover.noOwner");
        }
        Handover handover = handovers.saveAndFlush(new Handover(innovationId, innovation.getOpd(), innovation.getOwner(),
                form, user.getName(), clock.instant()));
        Owner outgoing = registry.releaseForHandover(innovationId, handover.getId(), user.getName());
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_INNOVATION_ID, innovationId);
        variables.put(VAR_HANDOVER_ID, handover.getId());
        variables.put(VAR_OUTGOING_OWNER, outgoing.username());
        variables.put(VAR_SUCCESSOR, null);
        handover.started(runtime.startProcessInstanceByKey(PROCESS_ID, String.valueOf(innovationId), variables).getId());
        notifications.notify(headsOf(innovation.getOpd()), "notify.handoverNameSuccessor", innovation.getName(),
                outgoing.name(), link(innovationId));
        return handover;
    }

    /** The head of the OPD (or an administrator) names the successor. */
    @Transactional
    public Handover nameSuccessor(String taskId, SuccessorForm form, Authentication user) {
        Handover handover = handoverOfTask(taskId, user);
        if (!access.mayName(handover, user)) {
            throw new AccessDeniedException("Only a head of " + handover.getOpd() + " or an administrator names the successor");
        }
        guard.act(taskId, user.getName(), NAME_SUCCESSOR);
        Owner successor;
        String agency;
        String field;
        String username = Handover.blankToNull(form.getSuccessorUsername());
        if (username != null) {
            field = "successorUsername";
            Person person = people.findById(username)
                    .orElseThrow(() -> new InvalidInputException("successorUsername", "handover.unknownAccount", username));
            successor = new Owner(person.getUsername(), person.getNip(), person.getFullName(), person.getPosition());
            agency = Handover.blankToNull(person.getAgency());
        } else {
            field = "successorName";
            successor = new Owner(null, form.getSuccessorNip(), form.getSuccessorName(), form.getSuccessorPosition());
            if (successor.isNone()) {
                throw new InvalidInputException("successorName", "handover.successorRequired");
            }
            if (successor.nip() != null) {
                Nip.problemWith(successor.nip()).ifPresent(key -> {
                    throw new InvalidInputException("successorNip", key);
                });
            }
            agency = Handover.blankToNull(form.getSuccessorAgency());
        }
        if (agency == null) {
            agency = handover.getOpd();
        }
        Owner outgoing = handover.getOutgoing();
        if (samePerson(successor, outgoing)) {
            throw new InvalidInputException(field, user.getName().equals(outgoing.username())
                    ? "handover.toYourself" : "handover.alreadyOwner", outgoing.name());
        }
        boolean crossOpd = !agency.equalsIgnoreCase(handover.getOpd());
        if (crossOpd && !form.isCrossOpdConfirmed()) {
            throw new InvalidInputException("crossOpdConfirmed", "handover.crossOpdNeedsConfirmation", agency,
                    handover.getOpd());
        }
        handover.named(successor, agency, crossOpd, user.getName(), clock.instant());
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_SUCCESSOR, successor.username());
        guard.complete(taskId, variables);
        handovers.flush();
        Innovation innovation = registry.get(handover.getInnovationId());
        notifications.notify(actorsOf(outgoing.username(), handover), "notify.handoverChecklist", innovation.getName(),
                successor.name(), link(innovation.getId()));
        return handover;
    }

    /** The outgoing owner (or, without account, a head or an administrator for them) hands the checklist over. */
    @Transactional
    public Handover handOver(String taskId, ChecklistForm form, Authentication user) {
        Handover handover = handoverOfTask(taskId, user);
        if (!access.mayHandOver(handover, user)) {
            throw new AccessDeniedException("Only the outgoing owner hands over");
        }
        guard.act(taskId, user.getName(), HAND_OVER);
        Map<String, MessageSourceResolvable> missing = new LinkedHashMap<>();
        requireNoteUnlessDone(form.isDocumentsDone(), form.getDocumentsNote(), "documentsNote", missing);
        requireNoteUnlessDone(form.isAccountsDone(), form.getAccountsNote(), "accountsNote", missing);
        requireNoteUnlessDone(form.isContactsDone(), form.getContactsNote(), "contactsNote", missing);
        requireNoteUnlessDone(form.isIssuesDone(), form.getIssuesNote(), "issuesNote", missing);
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        handover.handedOver(form, user.getName(), clock.instant());
        guard.complete(taskId, Map.of());
        handovers.flush();
        Innovation innovation = registry.get(handover.getInnovationId());
        notifications.notify(actorsOf(handover.getSuccessor().username(), handover), "notify.handoverToAccept",
                innovation.getName(), handover.getOutgoing().name(), link(innovation.getId()));
        return handover;
    }

    /**
     * The successor (or, without account, a head or an administrator for them) accepts, and becomes the owner; or
     * returns the checklist to the outgoing owner with a reason.
     */
    @Transactional
    public Handover accept(String taskId, AcceptanceForm form, Authentication user) {
        Handover handover = handoverOfTask(taskId, user);
        if (!access.mayAccept(handover, user)) {
            throw new AccessDeniedException("Only the successor accepts");
        }
        guard.act(taskId, user.getName(), ACCEPT_HANDOVER);
        boolean accepted = form.getDecision() == AcceptanceForm.Decision.ACCEPT;
        if (!accepted) {
            if (Handover.blankToNull(form.getReason()) == null) {
                throw new InvalidInputException("reason", "handover.reasonRequired");
            }
            handover.returned(form.getReason());
        } else {
            handover.accepted(user.getName());
        }
        handovers.flush();
        guard.complete(taskId, Map.of(VAR_ACCEPTED, accepted));
        if (!accepted) {
            Innovation innovation = registry.get(handover.getInnovationId());
            notifications.notify(actorsOf(handover.getOutgoing().username(), handover), "notify.handoverReturned",
                    innovation.getName(), handover.getReturnReason(), link(innovation.getId()));
        }
        return handover;
    }

    // ---- the process's own steps

    /** {@code record-new-owner}: the successor owns the innovation; both are told. Run twice, it changes nothing. */
    @Transactional
    public void recordNewOwner(Long handoverId) {
        Handover handover = handovers.findById(handoverId).orElseThrow(() -> new NotFoundException("No handover " + handoverId));
        if (!handover.isRunning()) {
            return;
        }
        Innovation innovation = registry.takeOverBy(handover.getInnovationId(), handoverId, handover.getSuccessor(),
                handover.getAcceptedBy() == null ? "kawal" : handover.getAcceptedBy());
        handover.finished(clock.instant());
        handovers.flush();
        List<String> both = Stream.of(handover.getOutgoing().username(), handover.getSuccessor().username())
                .filter(Objects::nonNull).toList();
        notifications.notify(both, "notify.handoverDone", innovation.getName(), handover.getSuccessor().name(),
                link(innovation.getId()));
    }

    /**
     * {@code escalate-to-bappeda}: no successor named within {@code kawal.innovation.handover-days}; the
     * administrators (Bappeda) are told once. A successor named meanwhile, or a second run, tells nobody.
     */
    @Transactional
    public void escalate(Long handoverId) {
        Handover handover = handovers.findById(handoverId).orElseThrow(() -> new NotFoundException("No handover " + handoverId));
        if (handover.getStage() != HandoverStage.NAMING_SUCCESSOR || handover.getEscalatedAt() != null) {
            return;
        }
        handover.escalated(clock.instant());
        Innovation innovation = registry.get(handover.getInnovationId());
        notifications.notify(accounts.usersWithRole(Role.ADMIN).stream().map(Person::getUsername).toList(),
                "notify.handoverEscalated", innovation.getName(), String.valueOf(properties.handoverDays()),
                link(innovation.getId()));
    }

    // ---- rules

    /** The handover a task belongs to; a task that is gone or unknown is the guard's 404 or 409. */
    private Handover handoverOfTask(String taskId, Authentication user) {
        Task task = guard.find(taskId);
        if (task == null) {
            guard.view(taskId, user.getName());
            throw new NotFoundException("No open task " + taskId);
        }
        return handovers.findByProcessInstanceId(task.getProcessInstanceId()).orElseThrow(() -> {
            // another process's task: not theirs (403), or theirs but of another kind (409)
            guard.view(taskId, user.getName(), NAME_SUCCESSOR, HAND_OVER, ACCEPT_HANDOVER);
            return new ConflictException("task.wrongKind");
        });
    }

    private static void requireNoteUnlessDone(boolean done, String note, String field,
            Map<String, MessageSourceResolvable> missing) {
        if (!done && Handover.blankToNull(note) == null) {
            missing.put(field, new DefaultMessageSourceResolvable(new String[] {"handover.notDoneNeedsNote"}, null,
                    "handover.notDoneNeedsNote"));
        }
    }

    /** The same person: the same account, else the same NIP, else (neither known) the same name. */
    static boolean samePerson(Owner a, Owner b) {
        if (a.username() != null && b.username() != null) {
            return a.username().equals(b.username());
        }
        if (a.nip() != null && b.nip() != null) {
            return a.nip().equals(b.nip());
        }
        return a.name() != null && b.name() != null && a.name().equalsIgnoreCase(b.name());
    }

    /** The heads of an OPD, by their profile's agency. */
    private List<String> headsOf(String opd) {
        return accounts.usersWithRole(Role.OPD_HEAD).stream().filter(p -> opd.equalsIgnoreCase(p.getAgency()))
                .map(Person::getUsername).toList();
    }

    /** Who does a step: the person's account, or, without one, the heads of the OPD who act for them. */
    private List<String> actorsOf(String username, Handover handover) {
        return username != null ? List.of(username) : headsOf(handover.getOpd());
    }

    private static String link(Long innovationId) {
        return "/innovations/" + innovationId + "/handover";
    }
}
