package id.kawal.innovation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EntryLinkRepository extends JpaRepository<EntryLink, Long> {

    @Query("select l.innovation.id from EntryLink l where l.entryId = :entryId")
    Optional<Long> innovationOfEntry(@Param("entryId") Long entryId);
}
