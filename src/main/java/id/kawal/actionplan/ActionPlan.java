package id.kawal.actionplan;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.OptimisticLock;

/**
 * A participant's Rencana Aksi Perubahan in one cohort. The engine knows where the case stands;
 * this entity holds what was written, decided and scored.
 */
@Entity
@Table(name = "action_plan", uniqueConstraints = @UniqueConstraint(columnNames = {"cohort_id", "participant"}))
public class ActionPlan {

    public enum SeminarRole { EXAMINER, COACH, MENTOR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Column(nullable = false, length = 64)
    private String participant;

    @Column(nullable = false, length = 64)
    private String mentor;

    @Column(nullable = false, length = 64)
    private String coach;

    @Column(nullable = false, length = 64)
    private String examiner;

    @Column(nullable = false, unique = true, length = 80)
    private String businessKey;

    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage = Stage.PROPOSAL;

    private String title;

    @Column(length = 8000)
    private String problemStatement;

    @Column(length = 8000)
    private String objectives;

    @Column(length = 8000)
    private String evaluation;

    @Column(length = 8000)
    private String finalReportSummary;

    @OneToMany(mappedBy = "actionPlan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Milestone> milestones = new ArrayList<>();

    // the history only grows: adding to it neither loads it (Hibernate queues the addition) nor changes the plan's
    // version, so two people acting on the same plan at once do not collide over it
    @OneToMany(mappedBy = "actionPlan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    @OptimisticLock(excluded = true)
    private List<ActionPlanEvent> events = new ArrayList<>();

    @Column(precision = 5, scale = 2)
    private BigDecimal examinerScore;
    @Column(precision = 5, scale = 2)
    private BigDecimal coachScore;
    @Column(precision = 5, scale = 2)
    private BigDecimal mentorScore;
    @Column(precision = 5, scale = 2)
    private BigDecimal finalScore;

    private String predicate;
    private Boolean passed;

    @Column(nullable = false)
    private Instant enrolledAt;

    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    protected ActionPlan() {
    }

    public ActionPlan(Cohort cohort, String participant, String participantNip, String mentor, String coach,
            String examiner, Instant enrolledAt) {
        this.cohort = cohort;
        this.participant = participant;
        this.mentor = mentor;
        this.coach = coach;
        this.examiner = examiner;
        this.businessKey = participantNip + "/" + cohort.getCode();
        this.enrolledAt = enrolledAt;
        record(Stage.PROPOSAL, null, ActionPlanEvent.Kind.ENROLLED, null, null, null, enrolledAt);
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void writeProposal(String title, String problemStatement, String objectives, List<PlannedMilestone> plan) {
        if (stage != Stage.PROPOSAL) {
            throw new IllegalStateException("The proposal can only change while it is being drafted");
        }
        this.title = title;
        this.problemStatement = problemStatement;
        this.objectives = objectives;
        milestones.clear();
        int position = 1;
        for (PlannedMilestone m : plan) {
            milestones.add(new Milestone(this, position++, m.title(), m.dueDate()));
        }
    }

    void writeEvaluation(String evaluation) {
        this.evaluation = evaluation;
    }

    void writeFinalReport(String summary) {
        this.finalReportSummary = summary;
    }

    /** One assessor's seminar score; like the score form, only 0 to 100, so the final score is always in that range. */
    void score(SeminarRole role, BigDecimal score) {
        if (!isValidScore(score)) {
            throw new IllegalArgumentException("A seminar score is 0 to 100, not " + score);
        }
        switch (role) {
            case EXAMINER -> examinerScore = score;
            case COACH -> coachScore = score;
            case MENTOR -> mentorScore = score;
        }
    }

    /**
     * The final seminar score: the mean of the three scores, to two decimals, never null and always 0 to 100, so the
     * graduation table always judges it. Scores stored out of range (not through {@link #score}) are refused here.
     */
    BigDecimal computeFinalScore() {
        if (examinerScore == null || coachScore == null || mentorScore == null) {
            throw new IllegalStateException("All three seminar scores are needed for the final score");
        }
        if (!isValidScore(examinerScore) || !isValidScore(coachScore) || !isValidScore(mentorScore)) {
            throw new IllegalStateException("Seminar scores must be 0 to 100, not " + examinerScore + ", " + coachScore
                    + ", " + mentorScore);
        }
        finalScore = examinerScore.add(coachScore).add(mentorScore).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
        return finalScore;
    }

    private static boolean isValidScore(BigDecimal score) {
        return score != null && score.signum() >= 0 && score.compareTo(MAX_SCORE) <= 0;
    }

    void graduationDecided(String predicate, boolean passed) {
        this.predicate = predicate;
        this.passed = passed;
    }

    void moveTo(Stage stage) {
        this.stage = stage;
    }

    void record(Stage stage, String taskKey, ActionPlanEvent.Kind kind, String actor, Long milestoneId, String comment,
            Instant at) {
        events.add(new ActionPlanEvent(this, stage, taskKey, kind, actor, milestoneId, comment, at));
    }

    /** Records a submission with the text of its form, kept so later versions can be compared with it. */
    void recordSubmission(Stage stage, String taskKey, String actor, Long milestoneId, String snapshot, Instant at) {
        ActionPlanEvent event = new ActionPlanEvent(this, stage, taskKey, ActionPlanEvent.Kind.SUBMITTED, actor, milestoneId, null, at);
        event.snapshot(snapshot);
        events.add(event);
    }

    /** The proposal as text, for comparing versions. */
    String proposalSnapshot() {
        StringBuilder text = new StringBuilder();
        text.append("Judul: ").append(title).append("\n\nMasalah:\n").append(problemStatement)
                .append("\n\nTujuan:\n").append(objectives).append("\n\nTonggak:");
        milestones.forEach(m -> text.append("\n").append(m.getPosition()).append(". ").append(m.getTitle())
                .append(" (").append(m.getDueDate()).append(")"));
        return text.toString();
    }

    public Optional<Milestone> milestone(Long milestoneId) {
        return milestones.stream().filter(m -> m.getId().equals(milestoneId)).findFirst();
    }

    public boolean involves(String username) {
        return participant.equals(username) || mentor.equals(username) || coach.equals(username)
                || examiner.equals(username);
    }

    public long overdueMilestones(LocalDate today) {
        return stage == Stage.TRIAL ? milestones.stream().filter(m -> m.isOverdue(today)).count() : 0;
    }

    /** Progress along the journey, 0..100. */
    public int progressPercent() {
        List<Stage> journey = Stage.journey();
        if (stage.isFinished()) {
            return 100;
        }
        return Math.round(100f * journey.indexOf(stage) / (journey.size() - 1));
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public String getParticipant() {
        return participant;
    }

    public String getMentor() {
        return mentor;
    }

    public String getCoach() {
        return coach;
    }

    public String getExaminer() {
        return examiner;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Stage getStage() {
        return stage;
    }

    public String getTitle() {
        return title;
    }

    public String getProblemStatement() {
        return problemStatement;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public String getFinalReportSummary() {
        return finalReportSummary;
    }

    public List<Milestone> getMilestones() {
        return milestones;
    }

    public List<ActionPlanEvent> getEvents() {
        return events;
    }

    public BigDecimal getExaminerScore() {
        return examinerScore;
    }

    public BigDecimal getCoachScore() {
        return coachScore;
    }

    public BigDecimal getMentorScore() {
        return mentorScore;
    }

    public BigDecimal getFinalScore() {
        return finalScore;
    }

    public String getPredicate() {
        return predicate;
    }

    public Boolean getPassed() {
        return passed;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }
}
