package id.kawal.competition;

import id.kawal.system.ClockConfig;
import id.kawal.system.NotFoundException;
import java.util.Date;
import org.springframework.stereotype.Component;

/** The dates the models' timers wait for. Bean name {@code competitionSchedule}. */
@Component("competitionSchedule")
public class CompetitionSchedule {

    private final CompetitionRepository competitions;
    private final EntryRepository entries;

    public CompetitionSchedule(CompetitionRepository competitions, EntryRepository entries) {
        this.competitions = competitions;
        this.entries = entries;
    }

    public Date opensAt(Long competitionId) {
        return Date.from(competition(competitionId).getSubmissionOpensAt().atZone(ClockConfig.ZONE).toInstant());
    }

    public Date closesAt(Long competitionId) {
        return Date.from(competition(competitionId).getSubmissionClosesAt().atZone(ClockConfig.ZONE).toInstant());
    }

    /** The end of the scoring deadline's day. */
    public Date scoringDeadline(Long competitionId) {
        return Date.from(competition(competitionId).getScoringDeadline().plusDays(1).atStartOfDay(ClockConfig.ZONE).toInstant());
    }

    /** The end of the day the administrator extended the entry's scoring to (once, after its jurors were late). */
    public Date extendedScoringDeadline(Long entryId) {
        Entry entry = entries.findById(entryId).orElseThrow(() -> new NotFoundException("No entry " + entryId));
        if (entry.getScoringExtendedUntil() == null) {
            throw new IllegalStateException("Entry " + entryId + " has no extended scoring deadline");
        }
        return Date.from(entry.getScoringExtendedUntil().plusDays(1).atStartOfDay(ClockConfig.ZONE).toInstant());
    }

    /** The end of the day by which an entry sent back must have its documents completed. */
    public Date completionDeadline(Long entryId) {
        Entry entry = entries.findById(entryId).orElseThrow(() -> new NotFoundException("No entry " + entryId));
        if (entry.getCompletionDeadline() == null) {
            throw new IllegalStateException("Entry " + entryId + " has no completion deadline");
        }
        return Date.from(entry.getCompletionDeadline().plusDays(1).atStartOfDay(ClockConfig.ZONE).toInstant());
    }

    private Competition competition(Long id) {
        return competitions.findById(id).orElseThrow(() -> new NotFoundException("No competition " + id));
    }
}
