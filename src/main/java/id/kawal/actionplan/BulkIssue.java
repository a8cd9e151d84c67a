package id.kawal.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One administrator's "issue them all" for a cohort. The certificates are issued by the
 * {@code bulk-issuance} process, one engine job each; this row and its {@link BulkIssueItem}s
 * are the progress that every node shows and that survives a restart.
 */
@Entity
@Table(name = "bulk_issue")
public class BulkIssue {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false)
    private Long cohortId;

    @Column(nullable = false, length = 64)
    private String startedBy;

    @Column(nullable = false)
    private Instant startedAt;

    private int total;

    @Column(length = 64)
    private String processInstanceId;

    protected BulkIssue() {
    }

    BulkIssue(Long cohortId, String startedBy, Instant startedAt, int total) {
        this.id = UUID.randomUUID().toString();
        this.cohortId = cohortId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.total = total;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public String getId() {
        return id;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public int getTotal() {
        return total;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
