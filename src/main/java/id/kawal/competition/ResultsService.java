package id.kawal.competition;

import static id.kawal.competition.CompetitionProcess.*;

import id.kawal.certificate.CertificateService;
import id.kawal.certificate.IssueRequest;
import id.kawal.document.DocumentOwner;
import id.kawal.system.InvalidInputException;
import id.kawal.system.TaskGuard;
import id.kawal.system.web.WebConfig;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ranking, the shortlist, awards and publication of a competition's results. */
@Service
public class ResultsService {

    private final EntryRepository entries;
    private final ScoreRepository scores;
    private final CompetitionService competitions;
    private final RuntimeService runtime;
    private final TaskGuard guard;
    private final CertificateService certificates;
    private final MessageSource messages;
    private final Clock clock;

    /** The kind of certificate a competition gives. */
    public static final String PIAGAM = "PIAGAM";
    /**
     * What the piagam of an entry without an award says it is: a message, always taken in Indonesian (the
     * certificate is an official document, the same whoever publishes the results).
     */
    static final String PARTICIPANT = "pdf.certificate.participant";

    public ResultsService(EntryRepository entries, ScoreRepository scores, CompetitionService competitions,
            RuntimeService runtime, TaskGuard guard, CertificateService certificates, MessageSource messages,
            Clock clock) {
        this.messages = messages;
        this.certificates = certificates;
        this.clock = clock;
        this.entries = entries;
        this.scores = scores;
        this.competitions = competitions;
        this.runtime = runtime;
        this.guard = guard;
    }

    /**
     * Ranks the scored entries by the competition's rule. When the rule settles every tie the
     * shortlist is decided at once; otherwise the administrator orders the tied entries first.
     *
     * @return whether a tie is left for the administrator
     */
    @Transactional
    public boolean rankEntries(Long competitionId) {
        Competition competition = competitions.competition(competitionId);
        List<Entry> scored = scored(competitionId);
        Map<Long, Map<Long, BigDecimal>> means = criterionMeans(competitionId);
        List<Long> heaviestFirst = competition.getCriteria().stream()
                .sorted(Comparator.comparing(Criterion::getWeight).reversed().thenComparing(Criterion::getPosition))
                .map(Criterion::getId).toList();
        Scoring.Ranking ranking = Scoring.rank(scored.stream().map(e -> new Scoring.Candidate(e.getId(), e.getTotalScore(),
                means.getOrDefault(e.getId(), Map.of()), e.getSubmittedAt())).toList(), competition.getTieBreak(), heaviestFirst);
        applyOrder(scored, ranking.order(), competition.getShortlistSize());
        if (ranking.unresolvedTie()) {
            return true;
        }
        decideShortlist(competitionId);
        return false;
    }

    /** The administrator's order for entries the tie-break rule could not separate. */
    @Transactional
    public void resolveTie(String taskId, String admin, List<Long> order) {
        Task task = guard.act(taskId, admin, RESOLVE_TIE);
        Competition competition = competitions.competitionOf(task);
        List<Entry> scored = scored(competition.getId());
        List<Long> current = scored.stream().sorted(Comparator.comparing(Entry::getRank)).map(Entry::getId).toList();
        if (order == null || !new HashSet<>(order).equals(new HashSet<>(current)) || order.size() != current.size()) {
            throw new InvalidInputException("order", "ranking.orderIncomplete");
        }
        applyOrder(scored, order, competition.getShortlistSize());
        decideShortlist(competition.getId());
        guard.complete(taskId, Map.of());
    }

    private void applyOrder(List<Entry> scored, List<Long> order, int shortlistSize) {
        Map<Long, Entry> byId = new HashMap<>();
        scored.forEach(e -> byId.put(e.getId(), e));
        for (int i = 0; i < order.size(); i++) {
            byId.get(order.get(i)).ranked(i + 1, i < shortlistSize);
        }
    }

    private void decideShortlist(Long competitionId) {
        competitions.competition(competitionId).moveTo(CompetitionStatus.PRESENTATION);
        entries.flush();
        for (Entry entry : scored(competitionId)) {
            runtime.createMessageCorrelation(MSG_SHORTLIST_DECIDED).processInstanceId(entry.getProcessInstanceId())
                    .setVariable(VAR_SHORTLISTED, entry.getStatus() == EntryStatus.SHORTLISTED).correlate();
        }
    }

    @Transactional
    public void holdPresentations(String taskId, String admin) {
        Task task = guard.act(taskId, admin, HOLD_PRESENTATIONS);
        competitions.competitionOf(task).moveTo(CompetitionStatus.AWARDS);
        guard.complete(taskId, Map.of());
    }

    /** The awards as ranking suggests them: placed categories to the shortlist in rank order. */
    @Transactional(readOnly = true)
    public Map<Long, String> suggestedAwards(Long competitionId) {
        Competition competition = competitions.competition(competitionId);
        List<AwardCategory> placed = competition.getAwardCategories().stream().filter(AwardCategory::isPlaced).toList();
        Map<Long, String> awards = new LinkedHashMap<>();
        List<Entry> ranked = scored(competitionId).stream().filter(e -> e.getStatus() == EntryStatus.SHORTLISTED)
                .sorted(Comparator.comparing(Entry::getRank)).toList();
        for (int i = 0; i < Math.min(placed.size(), ranked.size()); i++) {
            awards.put(ranked.get(i).getId(), placed.get(i).getName());
        }
        return awards;
    }

    /**
     * Fixes the awards: entry id to category name. Each category goes to one entry at most, and
     * only scored entries can win.
     */
    @Transactional
    public void finaliseAwards(String taskId, String admin, Map<Long, String> awards) {
        Task task = guard.act(taskId, admin, FINALISE_AWARDS);
        certificates.requireIssuable(); // confirming the awards publishes them, with a piagam for every entry
        Competition competition = competitions.competitionOf(task);
        Set<String> categories = new HashSet<>();
        competition.getAwardCategories().forEach(c -> categories.add(c.getName()));
        Map<Long, Entry> scored = new HashMap<>();
        scored(competition.getId()).forEach(e -> scored.put(e.getId(), e));
        Set<String> used = new HashSet<>();
        for (Map.Entry<Long, String> award : awards.entrySet()) {
            if (award.getValue() == null || award.getValue().isBlank()) {
                continue;
            }
            if (!categories.contains(award.getValue())) {
                throw new InvalidInputException("awards", "awards.unknownCategory", award.getValue());
            }
            if (!scored.containsKey(award.getKey())) {
                throw new InvalidInputException("awards", "awards.notScored", award.getKey());
            }
            if (!used.add(award.getValue())) {
                throw new InvalidInputException("awards", "awards.categoryTwice", award.getValue());
            }
        }
        scored.values().forEach(e -> e.awarded(awards.get(e.getId()) == null || awards.get(e.getId()).isBlank() ? null : awards.get(e.getId())));
        guard.complete(taskId, Map.of());
    }

    /**
     * Publishes: every scored entry's OPD gets its piagam (the award, or "Peserta"), the results
     * page opens to the public and every waiting entry case ends.
     */
    @Transactional
    public void publish(Long competitionId) {
        Competition competition = competitions.competition(competitionId);
        competition.moveTo(CompetitionStatus.PUBLISHED);
        LocalDate today = LocalDate.now(clock);
        String participant = messages.getMessage(PARTICIPANT, null, WebConfig.INDONESIAN);
        for (Entry entry : scored(competitionId)) {
            certificates.issue(new IssueRequest(PIAGAM, DocumentOwner.COMPETITION_ENTRY.name(), entry.getId(), entry.getOfficer(),
                    entry.getOpd(), "", "", entry.getOpd(), competition.getName(), entry.getInnovationTitle(),
                    entry.getAward() == null ? participant : entry.getAward(), today, "system"));
        }
        for (Entry entry : scored(competitionId)) {
            runtime.createMessageCorrelation(MSG_RESULTS_PUBLISHED).processInstanceId(entry.getProcessInstanceId()).correlateAll();
        }
    }

    /** The results as the public sees them once published (and the administrator before). */
    @Transactional(readOnly = true)
    public ResultsView results(Long competitionId) {
        Competition competition = competitions.get(competitionId);
        List<Entry> all = entries.findByCompetitionIdOrderBySubmittedAtAscIdAsc(competitionId);
        List<Entry> ranked = all.stream().filter(e -> e.getRank() != null).sorted(Comparator.comparing(Entry::getRank)).toList();
        List<Entry> special = ranked.stream().filter(e -> e.getAward() != null && competition.getAwardCategories().stream()
                .anyMatch(c -> !c.isPlaced() && c.getName().equals(e.getAward()))).toList();
        long inWindow = all.stream().filter(e -> e.implementedWithin(competition.getEligibleFrom(), competition.getEligibleUntil())).count();
        return new ResultsView(competition, ranked, special, all.size(), inWindow,
                all.stream().filter(e -> e.getStatus().ordinal() >= EntryStatus.ELIGIBLE.ordinal()
                        && e.getStatus() != EntryStatus.INELIGIBLE && e.getStatus() != EntryStatus.LAPSED).count());
    }

    /**
     * @param entered      every entry
     * @param inWindow     entries implemented inside the eligibility window (the IGA count)
     * @param eligible     entries that passed the desk review
     */
    public record ResultsView(Competition competition, List<Entry> ranking, List<Entry> specialAwards, long entered,
            long inWindow, long eligible) {
    }

    private List<Entry> scored(Long competitionId) {
        return entries.findByCompetitionIdOrderBySubmittedAtAscIdAsc(competitionId).stream()
                .filter(e -> e.getTotalScore() != null).toList();
    }

    private Map<Long, Map<Long, BigDecimal>> criterionMeans(Long competitionId) {
        Map<Long, Map<Long, List<BigDecimal>>> values = new HashMap<>();
        for (Score s : scores.findByEntryCompetitionId(competitionId)) {
            values.computeIfAbsent(s.getEntry().getId(), k -> new HashMap<>())
                    .computeIfAbsent(s.getCriterion().getId(), k -> new ArrayList<>()).add(s.getValue());
        }
        Map<Long, Map<Long, BigDecimal>> means = new HashMap<>();
        values.forEach((entry, byCriterion) -> {
            Map<Long, BigDecimal> m = new HashMap<>();
            byCriterion.forEach((criterion, list) -> m.put(criterion, Scoring.entryTotal(list)));
            means.put(entry, m);
        });
        return means;
    }
}
