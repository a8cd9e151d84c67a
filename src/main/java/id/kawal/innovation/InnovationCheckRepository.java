package id.kawal.innovation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InnovationCheckRepository extends JpaRepository<InnovationCheck, Long> {

    boolean existsByInnovation_IdAndYear(Long innovationId, int year);

    long countByYear(int year);

    /** Which of some innovations have their check of a year already: one query for a round's whole batch. */
    @Query("select c.innovation.id from InnovationCheck c where c.year = :year and c.innovation.id in :ids")
    List<Long> checkedAmong(@Param("year") int year, @Param("ids") Collection<Long> innovationIds);

    /** The check of a process: looked up on every step (see {@code ActionPlanRepository.findByProcessInstanceId}). */
    @Query("select c from InnovationCheck c where c.processInstanceId = :processInstanceId")
    Optional<InnovationCheck> findByProcessInstanceId(@Param("processInstanceId") String processInstanceId);

    /** The checks of some processes with their records, in one query: the rows of an inbox page. */
    @Query("select c from InnovationCheck c join fetch c.innovation where c.processInstanceId in :ids")
    List<InnovationCheck> withRecordsOfProcesses(@Param("ids") Collection<String> processInstanceIds);

    /** A record's checks, the latest year first: its history on the record page. */
    @Query("select c from InnovationCheck c join fetch c.innovation where c.innovation.id = :id order by c.year desc")
    List<InnovationCheck> historyOf(@Param("id") Long innovationId);

    /** One page of a year's checks (of one OPD, or all when {@code opd} is null), with their records, in one query. */
    @Query(value = "select c from InnovationCheck c join fetch c.innovation where c.year = :year"
            + " and (:opd is null or c.opd = :opd)",
            countQuery = "select count(c) from InnovationCheck c where c.year = :year and (:opd is null or c.opd = :opd)")
    Page<InnovationCheck> pageOfYear(@Param("year") int year, @Param("opd") String opd, Pageable pageable);

    /** A year's checks counted by outcome (null: still waiting), in one grouped query. */
    @Query("select c.outcome as outcome, count(c) as total from InnovationCheck c where c.year = :year"
            + " and (:opd is null or c.opd = :opd) group by c.outcome")
    List<OutcomeCount> countByOutcome(@Param("year") int year, @Param("opd") String opd);

    interface OutcomeCount {
        CheckOutcome getOutcome();

        long getTotal();
    }
}
