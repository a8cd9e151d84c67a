package id.kawal.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One certificate of a {@link BulkIssue}: waiting, then issued (with its serial), skipped (someone
 * issued it meanwhile) or failed (with the reason). Its version makes a second attempt at the same
 * item, e.g. by a node that took over a job whose lock expired, lose instead of issuing twice.
 */
@Entity
@Table(name = "bulk_issue_item")
public class BulkIssueItem {

    public enum Status { WAITING, ISSUED, SKIPPED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 36)
    private String bulkIssueId;

    private int position;

    @Column(nullable = false)
    private Long actionPlanId;

    @Column(nullable = false, length = 64)
    private String taskId;

    @Column(nullable = false)
    private String holderName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.WAITING;

    @Column(length = 40)
    private String serial;

    @Column(length = 1000)
    private String note;

    private Instant doneAt;

    protected BulkIssueItem() {
    }

    BulkIssueItem(String bulkIssueId, int position, Long actionPlanId, String taskId, String holderName) {
        this.bulkIssueId = bulkIssueId;
        this.position = position;
        this.actionPlanId = actionPlanId;
        this.taskId = taskId;
        this.holderName = holderName;
    }

    void issued(String serial, Instant at) {
        finish(Status.ISSUED, at);
        this.serial = serial;
    }

    void skipped(String note, Instant at) {
        finish(Status.SKIPPED, at);
        this.note = note;
    }

    void failed(String note, Instant at) {
        finish(Status.FAILED, at);
        this.note = note.length() > 1000 ? note.substring(0, 1000) : note;
    }

    private void finish(Status outcome, Instant at) {
        if (status != Status.WAITING) {
            throw new IllegalStateException("Bulk issue item " + id + " is already " + status);
        }
        this.status = outcome;
        this.doneAt = at;
    }

    public boolean isWaiting() {
        return status == Status.WAITING;
    }

    public Long getId() {
        return id;
    }

    public String getBulkIssueId() {
        return bulkIssueId;
    }

    public int getPosition() {
        return position;
    }

    public Long getActionPlanId() {
        return actionPlanId;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getHolderName() {
        return holderName;
    }

    public Status getStatus() {
        return status;
    }

    public String getSerial() {
        return serial;
    }

    public String getNote() {
        return note;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
