package id.kawal.competition;

import id.kawal.report.ResultsReport;
import id.kawal.report.ResultsReportRenderer;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The results report of a competition: every entry, its mean per criterion, total, rank and award, and the jury. */
@Service
public class CompetitionReport {

    private final ResultsService results;
    private final EntryRepository entries;
    private final ScoreRepository scores;
    private final ResultsReportRenderer renderer;
    private final Clock clock;

    public CompetitionReport(ResultsService results, EntryRepository entries, ScoreRepository scores,
            ResultsReportRenderer renderer, Clock clock) {
        this.clock = clock;
        this.results = results;
        this.entries = entries;
        this.scores = scores;
        this.renderer = renderer;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(Long competitionId) {
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
        List<String> header = new ArrayList<>(List.of("Peringkat", "OPD", "Inovasi", "Status"));
        criteria.forEach(cr -> header.add(cr.getName() + " (" + cr.getWeight() + "%)"));
        header.add("Total");
        header.add("Penghargaan");
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
                    e.getInnovationTitle(), status(e)));
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
                "Jendela pengiriman: " + c.getSubmissionOpensAt().toString().replace('T', ' ') + " s.d. "
                        + c.getSubmissionClosesAt().toString().replace('T', ' '),
                "Jendela kelayakan implementasi: " + c.getEligibleFrom() + " s.d. " + c.getEligibleUntil(),
                "Dari " + view.entered() + " entri, " + view.inWindow() + " diimplementasikan dalam jendela kelayakan dan "
                        + view.eligible() + " lolos seleksi administrasi.",
                "Nilai per kriteria adalah rata-rata juri; total adalah rata-rata tertimbang. Aturan nilai seri: "
                        + (c.getTieBreak() == TieBreakRule.HEAVIEST_CRITERION
                                ? "kriteria berbobot terbesar lebih dulu." : "entri yang dikirim lebih awal."));
        List<String> closing = new ArrayList<>();
        closing.add("Juri: " + String.join(", ", c.getJurors().stream()
                .map(j -> j + " (" + scoredByJuror.getOrDefault(j, 0) + " nilai)").toList()));
        return renderer.render(ResultsReport.singleTable("Laporan hasil " + c.getName(), facts, header, weights,
                rows, closing, ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)));
    }

    private static String status(Entry e) {
        return switch (e.getStatus()) {
            case SHORTLISTED -> "Finalis";
            case NOT_SHORTLISTED -> "Bukan finalis";
            case INELIGIBLE -> "Tidak memenuhi syarat";
            case LAPSED -> "Gugur";
            case SCORED -> "Dinilai";
            default -> e.getStatus().name();
        };
    }
}
