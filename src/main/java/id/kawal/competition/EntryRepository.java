package id.kawal.competition;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EntryRepository extends JpaRepository<Entry, Long> {

    List<Entry> findByCompetitionIdOrderBySubmittedAtAscIdAsc(Long competitionId);

    List<Entry> findByCompetitionIdAndOpdOrderBySubmittedAtAscIdAsc(Long competitionId, String opd);

    @EntityGraph(attributePaths = "competition")
    List<Entry> findByOpdIgnoreCaseOrderBySubmittedAtDesc(String opd);

    /** The entry of a process: looked up on every step (see {@code ActionPlanRepository.findByProcessInstanceId}). */
    @Query("select e from Entry e where e.processInstanceId = :processInstanceId")
    Optional<Entry> findByProcessInstanceId(@Param("processInstanceId") String processInstanceId);

    /** The entries of a page of tasks, with their competitions, in one query. */
    @EntityGraph(attributePaths = "competition")
    List<Entry> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

    boolean existsByCompetitionIdAndOpdAndTitleKey(Long competitionId, String opd, String titleKey);
}
