package id.kawal.competition;

import id.kawal.report.ResultsReport;
import id.kawal.report.ResultsReportRenderer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results report of a competition: every entry, its mean per criterion, total, rank and award, and the jury;
 * worded in the reader's language (messages {@code pdf.results.*}), names and awards as recorded.
 */
@Service
public class CompetitionReport {

    private final ResultsService results;
    private final EntryRepository entries;
    private final ScoreRepository scores;
    private final ResultsReportRenderer renderer;
    private final MessageSource messages;
    private final Clock clock;

    public CompetitionReport(ResultsService results, EntryRepository entries, ScoreRepository scores,
            ResultsReportRenderer renderer, MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.results = results;
        this.entries = entries;
        this.scores = scores;
        this.renderer = renderer;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(Long competitionId, Locale locale) {
        ResultsService.ResultsView view = results.results(competitionId);
        Competition c = view.competition();
        List<Criterion> criteria = c.getCriteria();
        Map<Long, Map<Long, List<BigDecimal>>> byEntry = new HashMap<>();
        Map<String, Integer> scoredByJuror = new HashMap<>();
        for (Score s : scores.findByEntryCompetitionId(competitionId)) {
            byEntry.computeIfAbsent(s.getEntry().getId(), k -> new HashMap<>())
                    .computeIfAbsent(s.getCriterion().getId(), k -> new ArrayList<>()).add(s.getValue());
            scoredByJuror.merge(s.getJuror(), 1, Integer::sum);
        }
        List<String> header = new ArrayList<>(List.of(word("pdf.results.rank", locale), word("pdf.results.opd", locale),
                word("pdf.results.innovation", locale), word("pdf.results.status", locale)));
        criteria.forEach(cr -> header.add(cr.getName() + " (" + cr.getWeight() + "%)"));
        header.add(word("pdf.results.total", locale));
        header.add(word("pdf.results.award", locale));
        float[] weights = new float[header.size()];
        weights[0] = 1.0f;
        weights[1] = 1.6f;
        weights[2] = 2.2f;
        weights[3] = 1.3f;
        for (int i = 4; i < weights.length; i++) {
            weights[i] = 1.2f;
        }
        weights[weights.length - 2] = 0.8f;
        weights[weights.length - 1] = 1.4f;
        List<List<String>> rows = new ArrayList<>();
        List<Entry> all = new ArrayList<>(entries.findByCompetitionIdOrderBySubmittedAtAscIdAsc(competitionId));
        all.sort(Comparator.comparing((Entry e) -> e.getRank() == null ? Integer.MAX_VALUE : e.getRank()));
        for (Entry e : all) {
            List<String> row = new ArrayList<>(List.of(e.getRank() == null ? "-" : e.getRank().toString(), e.getOpd(),
                    e.getInnovationTitle(), word("estatus." + e.getStatus(), locale)));
            for (Criterion cr : criteria) {
                List<BigDecimal> values = byEntry.getOrDefault(e.getId(), Map.of()).get(cr.getId());
                row.add(values == null ? "-" : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP).toPlainString());
            }
            row.add(e.getTotalScore() == null ? "-" : e.getTotalScore().toPlainString());
            row.add(e.getAward() == null ? "" : e.getAward());
            rows.add(row);
        }
        List<String> facts = List.of(c.getOrganiser() + " - " + c.getYear(),
                word("pdf.results.submissionWindow", locale, c.getSubmissionOpensAt().toString().replace('T', ' '),
                        c.getSubmissionClosesAt().toString().replace('T', ' ')),
                word("pdf.results.eligibilityWindow", locale, String.valueOf(c.getEligibleFrom()),
                        String.valueOf(c.getEligibleUntil())),
                word("results.counts", locale, view.entered(), view.inWindow(), view.eligible()),
                word("pdf.results.scoring", locale, word("pdf.results.tieBreak."
                        + (c.getTieBreak() == null ? TieBreakRule.EARLIER_SUBMISSION : c.getTieBreak()), locale)));
        String jurors = String.join(", ", c.getJurors().stream()
                .map(j -> word("pdf.results.juror", locale, j, String.valueOf(scoredByJuror.getOrDefault(j, 0)))).toList());
        return renderer.render(ResultsReport.singleTable(word("pdf.results.title", locale, c.getName()), facts, header,
                weights, rows, List.of(word("pdf.results.jury", locale, jurors)),
                ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)));
    }

    private String word(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
