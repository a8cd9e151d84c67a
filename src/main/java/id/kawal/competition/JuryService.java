package id.kawal.competition;

import static id.kawal.competition.CompetitionProcess.*;

import id.kawal.identity.Person;
import id.kawal.identity.PersonRepository;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.notification.NotificationService;
import id.kawal.system.ConflictException;
import id.kawal.system.InvalidInputException;
import id.kawal.system.TaskGuard;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jury: who scores which entry (never a juror of the entry's own OPD), the scores themselves
 * (hidden from the other jurors until the round closes), reassignment and revisits.
 */
@Service
public class JuryService {

    private final EntryRepository entries;
    private final JuryAssignmentRepository assignments;
    private final ScoreRepository scores;
    private final CompetitionService competitions;
    private final EntryService entryService;
    private final PersonRepository people;
    private final UserAccountService accounts;
    private final NotificationService notifications;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TaskGuard guard;
    private final Clock clock;

    public JuryService(EntryRepository entries, JuryAssignmentRepository assignments, ScoreRepository scores,
            CompetitionService competitions, EntryService entryService, PersonRepository people,
            UserAccountService accounts, NotificationService notifications, RuntimeService runtime,
            TaskService tasks, TaskGuard guard, Clock clock) {
        this.entries = entries;
        this.assignments = assignments;
        this.scores = scores;
        this.competitions = competitions;
        this.entryService = entryService;
        this.people = people;
        this.accounts = accounts;
        this.notifications = notifications;
        this.runtime = runtime;
        this.tasks = tasks;
        this.guard = guard;
        this.clock = clock;
    }

    /** True when the juror works in the entry's OPD: such a juror is never assigned the entry. */
    public boolean hasConflictOfInterest(String juror, Entry entry) {
        return people.findById(juror).map(Person::getAgency).map(a -> a.equalsIgnoreCase(entry.getOpd())).orElse(false);
    }

    /** Assigns the competition's jurors to every eligible entry and lets the entries' scoring begin. */
    @Transactional
    public void openScoringRound(Long competitionId) {
        Competition competition = competitions.competition(competitionId);
        for (Entry entry : entries.findByCompetitionIdOrderBySubmittedAtAscIdAsc(competitionId)) {
            if (entry.getStatus() != EntryStatus.ELIGIBLE) {
                continue;
            }
            List<String> jury = competition.getJurors().stream().filter(j -> !hasConflictOfInterest(j, entry)).toList();
            if (jury.isEmpty()) {
                throw new IllegalStateException("Every juror of " + competition.getName() + " works in " + entry.getOpd());
            }
            jury.forEach(j -> assignments.save(new JuryAssignment(entry, j)));
            entry.moveTo(EntryStatus.SCORING);
            assignments.flush();
            runtime.createMessageCorrelation(MSG_SCORING_OPENED).processInstanceId(entry.getProcessInstanceId()).correlate();
        }
    }

    /** A juror scores an entry assigned to them: every criterion, 0 to 100. */
    @Transactional
    public void score(String taskId, String juror, ScoreForm form) {
        Task task = guard.act(taskId, juror, SCORE_ENTRY);
        Entry entry = entryService.entryOf(task);
        JuryAssignment assignment = assignments.findByEntryIdAndJuror(entry.getId(), juror)
                .orElseThrow(() -> new AccessDeniedException(juror + " is not on the jury of entry " + entry.getId()));
        if (hasConflictOfInterest(juror, entry)) {
            throw new AccessDeniedException(juror + " works in " + entry.getOpd());
        }
        saveScores(entry, juror, form);
        assignment.scored(clock.instant());
        guard.complete(taskId, Map.of());
    }

    private void saveScores(Entry entry, String juror, ScoreForm form) {
        Map<Long, Criterion> criteria = entry.getCompetition().getCriteria().stream()
                .collect(Collectors.toMap(Criterion::getId, c -> c));
        Map<Long, ScoreForm.Row> rows = new LinkedHashMap<>();
        for (ScoreForm.Row row : form.getScores()) {
            if (!criteria.containsKey(row.getCriterionId())) {
                throw new InvalidInputException("scores", "score.unknownCriterion", row.getCriterionId());
            }
            rows.put(row.getCriterionId(), row);
        }
        if (!rows.keySet().containsAll(criteria.keySet())) {
            throw new InvalidInputException("scores", "score.everyCriterion");
        }
        Map<Long, Score> existing = scores.findByEntryIdAndJuror(entry.getId(), juror).stream()
                .collect(Collectors.toMap(s -> s.getCriterion().getId(), s -> s));
        rows.values().forEach(row -> {
            Score score = existing.get(row.getCriterionId());
            if (score == null) {
                scores.save(new Score(entry, juror, criteria.get(row.getCriterionId()), row.getValue(), row.getComment(), clock.instant()));
            } else {
                score.revise(row.getValue(), row.getComment(), clock.instant());
            }
        });
    }

    /** The administrator asks a juror to look again at their scores of an entry (an outlier, say). */
    @Transactional
    public void requestRevisit(Long entryId, String juror, String note) {
        Entry entry = entryService.get(entryId);
        if (entry.getCompetition().getStatus() != CompetitionStatus.SCORING) {
            throw new ConflictException("score.roundClosed");
        }
        JuryAssignment assignment = assignments.findByEntryIdAndJuror(entryId, juror)
                .filter(a -> a.getStatus() == JuryAssignment.Status.SCORED)
                .orElseThrow(() -> new InvalidInputException("juror", "score.nothingToRevisit"));
        assignment.revisit(note);
        notifications.notify(List.of(juror), "notify.revisit", entry.getInnovationTitle(), note, "/jury/entries/" + entryId);
    }

    /** A juror revises scores after a revisit request, while the round is open. */
    @Transactional
    public void revise(Long entryId, String juror, ScoreForm form) {
        Entry entry = entryService.get(entryId);
        // who first: someone not on the entry's jury learns nothing of the round's state
        JuryAssignment assignment = assignments.findByEntryIdAndJuror(entryId, juror)
                .orElseThrow(() -> new AccessDeniedException(juror + " is not on the jury of entry " + entryId));
        if (entry.getCompetition().getStatus() != CompetitionStatus.SCORING) {
            throw new ConflictException("score.roundClosed");
        }
        if (assignment.getStatus() != JuryAssignment.Status.REVISIT_REQUESTED) {
            throw new ConflictException("score.noRevisitRequested");
        }
        saveScores(entry, juror, form);
        assignment.scored(clock.instant());
        if (entry.getStatus() == EntryStatus.SCORED) {
            computeEntryScore(entryId);
        }
    }

    /** Gives a late juror's scoring task to another juror, who must have no conflict of interest. */
    @Transactional
    public void reassign(String scoreTaskId, String admin, String newJuror) {
        if (!accounts.rolesOf(admin).contains(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators reassign");
        }
        Task task = tasks.createTaskQuery().taskId(scoreTaskId).taskDefinitionKey(SCORE_ENTRY).singleResult();
        if (task == null) {
            throw new ConflictException("task.alreadyCompleted");
        }
        handOver(task, entryService.entryOf(task), newJuror, "juror");
    }

    /**
     * Hands an open scoring task to another juror: one with the juror role, no conflict of interest and not yet on
     * the entry's jury. The task keeps its place in the engine's multi-instance (only its assignee changes); the old
     * juror's assignment is marked reassigned, so nothing they may have scored counts in the entry's total.
     *
     * @param field the input that named the new juror, for the message when they may not take it
     */
    void handOver(Task scoreTask, Entry entry, String newJuror, String field) {
        if (newJuror == null || newJuror.isBlank()) {
            throw new InvalidInputException(field, "field.required");
        }
        if (!accounts.rolesOf(newJuror).contains(Role.JUROR)) {
            throw new InvalidInputException(field, "competition.notAJuror", newJuror);
        }
        if (hasConflictOfInterest(newJuror, entry)) {
            throw new InvalidInputException(field, "score.conflictOfInterest", newJuror, entry.getOpd());
        }
        if (assignments.existsByEntryIdAndJuror(entry.getId(), newJuror)) {
            throw new InvalidInputException(field, "score.alreadyOnJury", newJuror);
        }
        assignments.findByEntryIdAndJuror(entry.getId(), scoreTask.getAssignee()).ifPresent(JuryAssignment::reassigned);
        assignments.save(new JuryAssignment(entry, newJuror));
        tasks.setAssignee(scoreTask.getId(), newJuror);
    }

    /** The jurors who may take over an entry's scoring: jurors with no conflict of interest, not yet on its jury. */
    @Transactional(readOnly = true)
    public List<Person> eligibleReplacements(Entry entry) {
        Set<String> jury = assignments.findByEntryIdOrderByIdAsc(entry.getId()).stream()
                .map(JuryAssignment::getJuror).collect(Collectors.toSet());
        return accounts.usersWithRole(Role.JUROR).stream()
                .filter(p -> !jury.contains(p.getUsername()) && !entry.getOpd().equalsIgnoreCase(p.getAgency()))
                .toList();
    }

    /** The entry's total from its jurors' weighted totals. */
    @Transactional
    public BigDecimal computeEntryScore(Long entryId) {
        Entry entry = entryService.get(entryId);
        Map<Long, Integer> weights = entry.getCompetition().getCriteria().stream()
                .collect(Collectors.toMap(Criterion::getId, Criterion::getWeight));
        BigDecimal total = Scoring.entryTotal(new ArrayList<>(jurorTotals(entryId, weights).values()));
        entry.scored(total);
        return total;
    }

    /** Per juror of the entry, their weighted total; a juror whose scoring was handed to another does not count. */
    private Map<String, BigDecimal> jurorTotals(Long entryId, Map<Long, Integer> weights) {
        Set<String> replaced = assignments.findByEntryIdOrderByIdAsc(entryId).stream()
                .filter(a -> a.getStatus() == JuryAssignment.Status.REASSIGNED).map(JuryAssignment::getJuror)
                .collect(Collectors.toSet());
        Map<String, Map<Long, BigDecimal>> byJuror = new LinkedHashMap<>();
        for (Score s : scores.findByEntryId(entryId)) {
            if (replaced.contains(s.getJuror())) {
                continue;
            }
            byJuror.computeIfAbsent(s.getJuror(), j -> new HashMap<>()).put(s.getCriterion().getId(), s.getValue());
        }
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        byJuror.forEach((juror, values) -> totals.put(juror, Scoring.jurorTotal(values, weights)));
        return totals;
    }

    /**
     * The scores of an entry its viewer may see: administrators all, with the jurors' names; a juror only their own;
     * the entry's OPD none until the results are published, then all, with the jurors numbered in the order of the
     * jury ("Juri 1, 2, 3"), named only when the competition was set up to publish their names.
     */
    @Transactional(readOnly = true)
    public List<ScoreLine> visibleScores(Long entryId, String viewer, EntryAudience audience) {
        Entry entry = entryService.get(entryId);
        if (audience == EntryAudience.OPD && !audience.seesResults(entry)) {
            return List.of();
        }
        List<String> jury = assignments.findByEntryIdOrderByIdAsc(entryId).stream().map(JuryAssignment::getJuror).toList();
        return scores.findByEntryId(entryId).stream()
                .filter(s -> audience != EntryAudience.JUROR || Objects.equals(s.getJuror(), viewer))
                .map(s -> new ScoreLine(audience == EntryAudience.OPD && !entry.getCompetition().isJurorNamesPublished() ? null
                        : s.getJuror(), jury.indexOf(s.getJuror()) + 1,
                        s.getCriterion().getName(), s.getValue(), s.getComment()))
                .toList();
    }

    /**
     * @param juror the juror's username, or null where the viewer is not told who scored
     * @param jurorNumber the juror's place in the entry's jury, from 1
     */
    public record ScoreLine(String juror, int jurorNumber, String criterion, BigDecimal value, String comment) {
    }

    /** Per juror total, spread and outliers of an entry, for the administrator. */
    @Transactional(readOnly = true)
    public SpreadView spread(Long entryId) {
        Entry entry = entryService.get(entryId);
        Map<Long, Integer> weights = entry.getCompetition().getCriteria().stream()
                .collect(Collectors.toMap(Criterion::getId, Criterion::getWeight));
        Map<String, BigDecimal> totals = jurorTotals(entryId, weights).entrySet().stream()
                .filter(e -> e.getValue() != null).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                        (a, b) -> a, LinkedHashMap::new));
        return new SpreadView(totals, Scoring.spread(List.copyOf(totals.values())), Scoring.outliers(totals));
    }

    public record SpreadView(Map<String, BigDecimal> totalByJuror, BigDecimal spread, List<String> outliers) {
    }

    public List<JuryAssignment> assignmentsOf(Long entryId) {
        return assignments.findByEntryIdOrderByIdAsc(entryId);
    }

    /** Closes the round: every eligible entry scored by its whole jury, no revisit pending. */
    @Transactional
    public void closeScoringRound(String taskId, String admin) {
        Task task = guard.act(taskId, admin, CLOSE_SCORING_ROUND);
        Competition competition = competitions.competitionOf(task);
        List<Entry> all = entries.findByCompetitionIdOrderBySubmittedAtAscIdAsc(competition.getId());
        List<String> waiting = all.stream().filter(e -> e.getStatus() == EntryStatus.SCORING)
                .map(Entry::getInnovationTitle).toList();
        if (!waiting.isEmpty()) {
            throw new InvalidInputException("entries", "score.entriesWaiting", String.join(", ", waiting));
        }
        List<String> revisits = all.stream().flatMap(e -> assignments.findByEntryIdOrderByIdAsc(e.getId()).stream())
                .filter(a -> a.getStatus() == JuryAssignment.Status.REVISIT_REQUESTED)
                .map(a -> a.getEntry().getInnovationTitle() + " (" + a.getJuror() + ")").toList();
        if (!revisits.isEmpty()) {
            throw new InvalidInputException("entries", "score.revisitsPending", String.join(", ", revisits));
        }
        competition.moveTo(CompetitionStatus.RANKING);
        guard.complete(taskId, Map.of());
    }
}
