package id.kawal.document;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StoredDocumentRepository extends JpaRepository<StoredDocument, Long> {

    List<StoredDocument> findByOwnerTypeAndOwnerIdOrderByUploadedAtAscIdAsc(DocumentOwner ownerType, Long ownerId);

    /** Counted on the steps that need documents (see {@code ActionPlanRepository.findByProcessInstanceId}). */
    @Query("select count(d) from StoredDocument d where d.ownerType = :ownerType and d.ownerId = :ownerId"
            + " and d.category = :category")
    long countByOwnerTypeAndOwnerIdAndCategory(@Param("ownerType") DocumentOwner ownerType, @Param("ownerId") Long ownerId,
            @Param("category") DocumentCategory category);

    /** Left derived: Spring Data turns a null milestone (a case from an older model) into {@code is null}. */
    long countByOwnerTypeAndOwnerIdAndMilestoneId(DocumentOwner ownerType, Long ownerId, Long milestoneId);
}
