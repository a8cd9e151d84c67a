package id.kawal.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One tonggak (milestone) of the trial: planned in the proposal, reported with evidence, approved by the mentor. */
@Entity
@Table(name = "milestone")
public class Milestone {

    public enum Status { PLANNED, REPORTED, RETURNED, APPROVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Two people changing this at the same moment: the second gets a conflict instead of overwriting the first. */
    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_plan_id")
    private ActionPlan actionPlan;

    private int position;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private LocalDate dueDate;

    @Column(length = 8000)
    private String report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PLANNED;

    private Instant reportedAt;
    private Instant remindedAt;
    private Instant escalatedAt;

    protected Milestone() {
    }

    Milestone(ActionPlan actionPlan, int position, String title, LocalDate dueDate) {
        this.actionPlan = actionPlan;
        this.position = position;
        this.title = title;
        this.dueDate = dueDate;
    }

    void report(String text, Instant at) {
        this.report = text;
        this.reportedAt = at;
        this.status = Status.REPORTED;
    }

    void decide(boolean approved) {
        this.status = approved ? Status.APPROVED : Status.RETURNED;
    }

    void markReminded(Instant at) {
        this.remindedAt = at;
    }

    void markEscalated(Instant at) {
        this.escalatedAt = at;
    }

    public boolean isOverdue(LocalDate today) {
        return awaitsReport() && today.isAfter(dueDate);
    }

    /**
     * The participant owes this milestone's report: planned, or returned for revision. A reported milestone waits
     * for its reviewer (whose lateness the late-review timers follow), an approved one for nobody.
     */
    public boolean awaitsReport() {
        return status == Status.PLANNED || status == Status.RETURNED;
    }

    public Long getId() {
        return id;
    }

    public ActionPlan getActionPlan() {
        return actionPlan;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getReport() {
        return report;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }
}
