package id.kawal.innovation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.domain.Pageable;

public interface InnovationRepository extends JpaRepository<Innovation, Long>, JpaSpecificationExecutor<Innovation> {

    /** By the unique key (opd, name_key): OPDs are spelled as their people's profiles spell them. */
    Optional<Innovation> findByOpdAndNameKey(String opd, String nameKey);

    boolean existsByOpdAndNameKeyAndIdNot(String opd, String nameKey, Long id);

    /** The OPDs that have innovations, for the lists' filter (read from the unique key's index). */
    @Query("select distinct i.opd from Innovation i order by i.opd")
    List<String> opds();

    /** How an OPD is already spelled in the registry, whatever the case an administrator typed it in. */
    Optional<Innovation> findFirstByOpdIgnoreCase(String opd);

    Optional<Innovation> findByActionPlanId(Long actionPlanId);

    List<Innovation> findByOpdOrderByNameKeyAsc(String opd);

    /** Ids of records in some statuses after an id, by id (keyset paging on the primary key; status is indexed). */
    @Query("select i.id from Innovation i where i.status in :statuses and i.id > :afterId order by i.id")
    List<Long> idsWithStatusAfter(@Param("statuses") Collection<InnovationStatus> statuses, @Param("afterId") long afterId,
            Pageable page);
}
