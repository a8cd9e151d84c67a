package id.kawal.document;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredDocumentRepository extends JpaRepository<StoredDocument, Long> {

    List<StoredDocument> findByOwnerTypeAndOwnerIdOrderByUploadedAtAscIdAsc(DocumentOwner ownerType, Long ownerId);

    long countByOwnerTypeAndOwnerIdAndCategory(DocumentOwner ownerType, Long ownerId, DocumentCategory category);

    long countByOwnerTypeAndOwnerIdAndMilestoneId(DocumentOwner ownerType, Long ownerId, Long milestoneId);
}
