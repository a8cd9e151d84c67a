package id.kawal.competition;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** An OPD's innovation entered in a competition, with the desk review's and the jury's verdicts. */
@Entity
@Table(name = "competition_entry")
public class Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    private Competition competition;

    /** The OPD (agency) that owns the innovation. */
    @Column(nullable = false)
    private String opd;

    @Column(nullable = false, length = 64)
    private String officer;

    @Column(nullable = false)
    private String innovationTitle;

    /** The title as the one-title-per-OPD rule compares it (no case, no surrounding spaces); unique per competition and OPD. */
    @Column(name = "title_key", nullable = false)
    private String titleKey;

    @Column(length = 8000)
    private String summary;

    @Column(nullable = false)
    private LocalDate implementedOn;

    @Column(nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryStatus status = EntryStatus.UNDER_REVIEW;

    /** What the eligibility table suggested, and why. */
    @Column(length = 20)
    private String eligibilitySuggestion;

    private String eligibilityReason;

    /** The administrator's decision at the desk review, and why. */
    @Column(length = 20)
    private String deskDecision;

    @Column(length = 2000)
    private String deskReason;

    @Column(length = 64)
    private String deskDecidedBy;

    private LocalDate completionDeadline;

    /** The one later scoring deadline the administrator may give this entry's late jurors; null until given. */
    private LocalDate scoringExtendedUntil;

    @Column(precision = 6, scale = 2)
    private BigDecimal totalScore;

    private Integer rank;

    private String award;

    private String processInstanceId;

    protected Entry() {
    }

    public Entry(Competition competition, String opd, String officer, String innovationTitle, String summary,
            LocalDate implementedOn, Instant submittedAt) {
        this.competition = competition;
        this.opd = opd;
        this.officer = officer;
        this.innovationTitle = innovationTitle;
        this.titleKey = titleKeyOf(innovationTitle);
        this.summary = summary;
        this.implementedOn = implementedOn;
        this.submittedAt = submittedAt;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void eligibilitySuggested(String suggestion, String reason) {
        this.eligibilitySuggestion = suggestion;
        this.eligibilityReason = reason;
    }

    void deskDecided(String decision, String reason, String by, LocalDate completionDeadline) {
        this.deskDecision = decision;
        this.deskReason = reason;
        this.deskDecidedBy = by;
        this.completionDeadline = completionDeadline;
        this.status = switch (decision) {
            case CompetitionProcess.ELIGIBLE -> EntryStatus.ELIGIBLE;
            case CompetitionProcess.INCOMPLETE -> EntryStatus.INCOMPLETE;
            default -> EntryStatus.INELIGIBLE;
        };
    }

    void scoringExtended(LocalDate until) {
        this.scoringExtendedUntil = until;
    }

    void resubmitted() {
        this.status = EntryStatus.UNDER_REVIEW;
    }

    void moveTo(EntryStatus status) {
        this.status = status;
    }

    void scored(BigDecimal total) {
        this.totalScore = total;
        this.status = EntryStatus.SCORED;
    }

    void ranked(Integer rank, boolean shortlisted) {
        this.rank = rank;
        this.status = shortlisted ? EntryStatus.SHORTLISTED : EntryStatus.NOT_SHORTLISTED;
    }

    void awarded(String award) {
        this.award = award;
    }

    public boolean implementedWithin(LocalDate from, LocalDate until) {
        return !implementedOn.isBefore(from) && !implementedOn.isAfter(until);
    }

    public Long getId() {
        return id;
    }

    public Competition getCompetition() {
        return competition;
    }

    public String getOpd() {
        return opd;
    }

    public String getOfficer() {
        return officer;
    }

    /** How the one-title-per-OPD rule compares titles: without case and surrounding spaces. */
    public static String titleKeyOf(String innovationTitle) {
        return innovationTitle.trim().toLowerCase(Locale.ROOT);
    }

    public String getInnovationTitle() {
        return innovationTitle;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDate getImplementedOn() {
        return implementedOn;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public String getEligibilitySuggestion() {
        return eligibilitySuggestion;
    }

    public String getEligibilityReason() {
        return eligibilityReason;
    }

    public String getDeskDecision() {
        return deskDecision;
    }

    public String getDeskReason() {
        return deskReason;
    }

    public String getDeskDecidedBy() {
        return deskDecidedBy;
    }

    public LocalDate getCompletionDeadline() {
        return completionDeadline;
    }

    public LocalDate getScoringExtendedUntil() {
        return scoringExtendedUntil;
    }

    public BigDecimal getTotalScore() {
        return totalScore;
    }

    public Integer getRank() {
        return rank;
    }

    public String getAward() {
        return award;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
