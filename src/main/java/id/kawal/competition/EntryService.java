package id.kawal.competition;

import static id.kawal.competition.CompetitionProcess.*;

import id.kawal.document.DocumentService;
import id.kawal.identity.Person;
import id.kawal.identity.PersonRepository;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.innovation.EntryRegistration;
import id.kawal.innovation.InnovationRegistry;
import id.kawal.notification.NotificationService;
import id.kawal.system.InvalidInputException;
import id.kawal.system.NotFoundException;
import id.kawal.system.TaskGuard;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** An OPD's entry: submission inside the window, the desk review, completing documents. */
@Service
public class EntryService {

    private final EntryRepository entries;
    private final CompetitionService competitions;
    private final DocumentService documents;
    private final PersonRepository people;
    private final UserAccountService accounts;
    private final NotificationService notifications;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TaskGuard guard;
    private final Clock clock;
    private final InnovationRegistry registry;

    public EntryService(EntryRepository entries, CompetitionService competitions, DocumentService documents,
            PersonRepository people, UserAccountService accounts, NotificationService notifications,
            RuntimeService runtime, TaskService tasks, TaskGuard guard, Clock clock, InnovationRegistry registry) {
        this.registry = registry;
        this.entries = entries;
        this.competitions = competitions;
        this.documents = documents;
        this.people = people;
        this.accounts = accounts;
        this.notifications = notifications;
        this.runtime = runtime;
        this.tasks = tasks;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * Enters an innovation for the officer's OPD, with its documents keyed by required document
     * type, and starts its case, whose first step checks eligibility.
     */
    @Transactional
    public Entry submit(Long competitionId, String officer, EntryForm form, Map<String, List<MultipartFile>> filesByType) {
        return submitAsOf(competitionId, officer, form, filesByType, clock.instant());
    }

    /**
     * Records an entry as submitted at a given moment, which must lie inside the window: for
     * recording the entries of a round run before Kawal (the demo's 2023 round is one).
     */
    @Transactional
    public Entry submitAsOf(Long competitionId, String officer, EntryForm form,
            Map<String, List<MultipartFile>> filesByType, Instant at) {
        Competition competition = competitions.competition(competitionId);
        if (!accounts.rolesOf(officer).contains(Role.OPD)) {
            throw new AccessDeniedException(officer + " is not an OPD officer");
        }
        Person person = people.findById(officer).orElseThrow(() -> new NotFoundException("No profile for " + officer));
        if (!competition.acceptsEntries(LocalDateTime.ofInstant(at, clock.getZone()))) {
            throw new InvalidInputException("competition", "entry.windowClosed",
                    competition.getSubmissionOpensAt().toString().replace('T', ' '),
                    competition.getSubmissionClosesAt().toString().replace('T', ' '));
        }
        if (entries.existsByCompetitionIdAndOpdAndTitleKey(competitionId, person.getAgency(),
                Entry.titleKeyOf(form.getInnovationTitle()))) {
            throw new InvalidInputException("innovationTitle", "entry.duplicateTitle");
        }
        Entry entry = entries.saveAndFlush(new Entry(competition, person.getAgency(), officer,
                form.getInnovationTitle().trim(), form.getSummary().trim(), form.getImplementedOn(), at));
        storeDocuments(entry, filesByType, officer);
        // the innovation appears once in the registry, however many competitions it is entered in
        registry.linkEntry(new EntryRegistration(entry.getId(), form.getInnovationId(), entry.getOpd(), officer,
                entry.getInnovationTitle(), entry.getSummary(), entry.getImplementedOn(), competition.getName(),
                competition.getYear()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_ENTRY_ID, entry.getId());
        variables.put(VAR_COMPETITION_ID, competitionId);
        variables.put(VAR_OPD_OFFICER, officer);
        entry.started(runtime.startProcessInstanceByKey(ENTRY_PROCESS_ID, "entry-" + entry.getId(), variables).getId());
        recordSuggestion(entry);
        return entry;
    }

    private void storeDocuments(Entry entry, Map<String, List<MultipartFile>> filesByType, String officer) {
        if (filesByType == null) {
            return;
        }
        for (Map.Entry<String, List<MultipartFile>> files : filesByType.entrySet()) {
            if (!entry.getCompetition().getRequiredDocuments().contains(files.getKey())) {
                throw new InvalidInputException("documents", "entry.unknownDocumentType", files.getKey());
            }
            documents.storeForEntry(entry.getId(), files.getKey(), files.getValue(), officer);
        }
    }

    /** What the eligibility table said, kept on the entry so the desk review can show why. */
    private void recordSuggestion(Entry entry) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(entry.getProcessInstanceId()).taskDefinitionKey(DESK_REVIEW).list();
        if (!open.isEmpty()) {
            String execution = open.get(0).getExecutionId();
            entry.eligibilitySuggested((String) runtime.getVariable(execution, VAR_ELIGIBILITY),
                    (String) runtime.getVariable(execution, VAR_ELIGIBILITY_REASON));
        }
    }

    @Transactional
    public void deskReview(String taskId, String admin, DeskReviewForm form) {
        Task task = guard.act(taskId, admin, DESK_REVIEW);
        Entry entry = entryOf(task);
        LocalDate deadline = INCOMPLETE.equals(form.getDecision())
                ? LocalDate.now(clock).plusDays(entry.getCompetition().getCompletionDays()) : null;
        entry.deskDecided(form.getDecision(), form.getReason() == null ? null : form.getReason().trim(), admin, deadline);
        entries.saveAndFlush(entry);
        guard.complete(taskId, Map.of(VAR_DESK_DECISION, form.getDecision()));
        if (!ELIGIBLE.equals(form.getDecision())) {
            notifications.notify(List.of(entry.getOfficer()), "notify.entry" + form.getDecision(),
                    entry.getInnovationTitle(), form.getReason(), "/entries/" + entry.getId());
        }
    }

    @Transactional
    public void completeDocuments(String taskId, String officer, Map<String, List<MultipartFile>> filesByType) {
        Task task = guard.act(taskId, officer, COMPLETE_DOCUMENTS);
        Entry entry = entryOf(task);
        storeDocuments(entry, filesByType, officer);
        entry.resubmitted();
        entries.saveAndFlush(entry);
        guard.complete(taskId, Map.of());
        recordSuggestion(entry);
    }

    @Transactional
    public void lapse(Long entryId) {
        Entry entry = get(entryId);
        entry.moveTo(EntryStatus.LAPSED);
        notifications.notify(List.of(entry.getOfficer()), "notify.entryLapsed", entry.getInnovationTitle(), null,
                "/entries/" + entryId);
    }

    @Transactional
    public void reject(Long entryId) {
        get(entryId).moveTo(EntryStatus.INELIGIBLE);
    }

    public Entry get(Long entryId) {
        return entries.findById(entryId).orElseThrow(() -> new NotFoundException("No entry " + entryId));
    }

    Entry entryOf(Task task) {
        return entries.findByProcessInstanceId(task.getProcessInstanceId())
                .orElseThrow(() -> new NotFoundException("No entry for process " + task.getProcessInstanceId()));
    }
}
