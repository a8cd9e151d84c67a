package id.kawal.competition;

import static id.kawal.competition.CompetitionProcess.*;

import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.system.ConflictException;
import id.kawal.system.InvalidInputException;
import id.kawal.system.NotFoundException;
import id.kawal.system.TaskGuard;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting up a competition and the administrator's steps of the competition process. */
@Service
public class CompetitionService {

    private final CompetitionRepository competitions;
    private final EntryRepository entries;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TaskGuard guard;
    private final UserAccountService accounts;

    public CompetitionService(CompetitionRepository competitions, EntryRepository entries, RuntimeService runtime,
            TaskService tasks, TaskGuard guard, UserAccountService accounts) {
        this.competitions = competitions;
        this.entries = entries;
        this.runtime = runtime;
        this.tasks = tasks;
        this.guard = guard;
        this.accounts = accounts;
    }

    public List<Competition> all() {
        return competitions.findAllByOrderBySubmissionOpensAtDesc();
    }

    @Transactional(readOnly = true)
    public Competition get(Long id) {
        Competition competition = competitions.findById(id).orElseThrow(() -> new NotFoundException("No competition " + id));
        competition.getCriteria().size();
        competition.getAwardCategories().size();
        competition.getRequiredDocuments().size();
        competition.getJurors().size();
        return competition;
    }

    /** Creates the competition and starts its process, which opens and closes the window on time. */
    @Transactional
    public Competition create(CompetitionForm form) {
        if (competitions.existsByName(form.getName().trim())) {
            throw new InvalidInputException("name", "competition.nameTaken");
        }
        for (String juror : form.getJurors()) {
            if (!accounts.rolesOf(juror).contains(Role.JUROR)) {
                throw new InvalidInputException("jurors", "competition.notAJuror", juror);
            }
        }
        if (form.getJurors().isEmpty()) {
            throw new InvalidInputException("jurors", "competition.jurorsRequired");
        }
        if (form.filledAwards().stream().noneMatch(CompetitionForm.AwardRow::isPlaced)) {
            throw new InvalidInputException("awards", "competition.awardsRequired");
        }
        if (!form.getScoringDeadline().isAfter(form.getSubmissionClosesAt().toLocalDate())) {
            throw new InvalidInputException("scoringDeadline", "competition.scoringAfterClose");
        }
        Competition competition = new Competition(form.getName().trim(), form.getOrganiser().trim(), form.getYear(),
                form.getKind(), form.getSubmissionOpensAt(), form.getSubmissionClosesAt(), form.getEligibleFrom(),
                form.getEligibleUntil(), form.getCompletionDays(), form.getScoringDeadline(), form.getEntryLimitPerOpd(),
                form.getShortlistSize(), form.getTieBreak());
        competition.setJurorNamesPublished(form.isJurorNamesPublished());
        form.filledCriteria().forEach(c -> competition.addCriterion(c.getName().trim(), c.getWeight()));
        form.filledAwards().forEach(a -> competition.addAward(a.getName().trim(), a.isPlaced(), a.getPrize()));
        competition.setRequiredDocuments(form.requiredDocumentList());
        competition.setJurors(form.getJurors());
        competitions.saveAndFlush(competition);
        String pid = runtime.startProcessInstanceByKey(COMPETITION_PROCESS_ID, "competition-" + competition.getId(),
                Map.of(VAR_COMPETITION_ID, competition.getId())).getId();
        competition.started(pid);
        return competition;
    }

    // ---- steps the engine takes ---------------------------------------------------------------

    @Transactional
    public void openSubmissions(Long competitionId) {
        competition(competitionId).moveTo(CompetitionStatus.OPEN);
    }

    @Transactional
    public void closeSubmissions(Long competitionId) {
        competition(competitionId).moveTo(CompetitionStatus.DESK_REVIEW);
    }

    // ---- the administrator's competition tasks --------------------------------------------------

    /** The open task of the competition process, if any (there is at most one at a time). */
    public Task currentTask(Competition competition) {
        if (competition.getProcessInstanceId() == null) {
            return null;
        }
        List<Task> open = tasks.createTaskQuery().processInstanceId(competition.getProcessInstanceId()).list();
        return open.isEmpty() ? null : open.get(0);
    }

    /** Closes the desk review; every entry must have been decided (or have lapsed) first. */
    @Transactional
    public void finishDeskReview(String taskId, String admin) {
        Task task = guard.act(taskId, admin, FINISH_DESK_REVIEW);
        Competition competition = competitionOf(task);
        List<String> undecided = entries.findByCompetitionIdOrderBySubmittedAtAscIdAsc(competition.getId()).stream()
                .filter(e -> e.getStatus() == EntryStatus.UNDER_REVIEW || e.getStatus() == EntryStatus.INCOMPLETE)
                .map(Entry::getInnovationTitle).toList();
        if (!undecided.isEmpty()) {
            throw new InvalidInputException("entries", "competition.entriesUndecided", String.join(", ", undecided));
        }
        competition.moveTo(CompetitionStatus.SCORING);
        guard.complete(taskId, Map.of());
    }

    Competition competitionOf(Task task) {
        Object id = runtime.getVariable(task.getExecutionId(), VAR_COMPETITION_ID);
        if (id == null) {
            throw new ConflictException("task.wrongKind");
        }
        return competition(((Number) id).longValue());
    }

    Competition competition(Long id) {
        return competitions.findById(id).orElseThrow(() -> new NotFoundException("No competition " + id));
    }
}
