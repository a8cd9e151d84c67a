package id.kawal.document;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredDocumentRepository extends JpaRepository<StoredDocument, Long> {

    List<StoredDocument> findByActionPlanIdOrderByUploadedAtAscIdAsc(Long actionPlanId);

    long countByActionPlanIdAndCategory(Long actionPlanId, DocumentCategory category);

    long countByActionPlanIdAndMilestoneId(Long actionPlanId, Long milestoneId);
}
