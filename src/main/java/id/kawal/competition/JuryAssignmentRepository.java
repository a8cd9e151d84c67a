package id.kawal.competition;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JuryAssignmentRepository extends JpaRepository<JuryAssignment, Long> {

    List<JuryAssignment> findByEntryIdOrderByIdAsc(Long entryId);

    Optional<JuryAssignment> findByEntryIdAndJuror(Long entryId, String juror);

    List<JuryAssignment> findByJurorOrderByIdAsc(String juror);

    boolean existsByEntryIdAndJuror(Long entryId, String juror);
}
