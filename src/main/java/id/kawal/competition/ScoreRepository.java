package id.kawal.competition;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoreRepository extends JpaRepository<Score, Long> {

    List<Score> findByEntryId(Long entryId);

    List<Score> findByEntryIdAndJuror(Long entryId, String juror);

    List<Score> findByEntryCompetitionId(Long competitionId);
}
