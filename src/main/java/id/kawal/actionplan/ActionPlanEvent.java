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
import java.time.Instant;

/** What happened to an action plan, by whom, with the reviewer's comment: the journey's history. */
@Entity
@Table(name = "action_plan_event")
public class ActionPlanEvent {

    public enum Kind { ENROLLED, SUBMITTED, APPROVED, RETURNED, SCORED, REMINDED, ESCALATED, GRADUATED, NOT_PASSED, CERTIFICATE_ISSUED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_plan_id")
    private ActionPlan actionPlan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage;

    @Column(length = 60)
    private String taskKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(length = 64)
    private String actor;

    private Long milestoneId;

    @Column(length = 4000)
    private String comment;

    /** For submissions: the text of the form as submitted, so a reviewer can compare versions. */
    @Column(length = 20000)
    private String snapshot;

    @Column(nullable = false)
    private Instant at;

    protected ActionPlanEvent() {
    }

    ActionPlanEvent(ActionPlan actionPlan, Stage stage, String taskKey, Kind kind, String actor, Long milestoneId,
            String comment, Instant at) {
        this.actionPlan = actionPlan;
        this.stage = stage;
        this.taskKey = taskKey;
        this.kind = kind;
        this.actor = actor;
        this.milestoneId = milestoneId;
        this.comment = comment;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public Stage getStage() {
        return stage;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public Kind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public String getComment() {
        return comment;
    }

    void snapshot(String snapshot) {
        this.snapshot = snapshot;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public Instant getAt() {
        return at;
    }
}
