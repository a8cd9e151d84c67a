package id.kawal.actionplan;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BulkIssueRepository extends JpaRepository<BulkIssue, String> {
}
