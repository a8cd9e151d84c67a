package id.kawal.actionplan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BulkIssueItemRepository extends JpaRepository<BulkIssueItem, Long> {

    List<BulkIssueItem> findByBulkIssueIdOrderByPositionAsc(String bulkIssueId);

    Optional<BulkIssueItem> findByBulkIssueIdAndPosition(String bulkIssueId, int position);
}
