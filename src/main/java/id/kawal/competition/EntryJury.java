package id.kawal.competition;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The jurors assigned to an entry: the scoring multi-instance's collection. Bean name {@code entryJury}. */
@Component("entryJury")
public class EntryJury {

    private final JuryAssignmentRepository assignments;

    public EntryJury(JuryAssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @Transactional(readOnly = true)
    public List<String> jurorsOf(Long entryId) {
        return assignments.findByEntryIdOrderByIdAsc(entryId).stream().map(JuryAssignment::getJuror).toList();
    }
}
