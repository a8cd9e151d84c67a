package id.kawal.competition;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One competition (a local contest, a KIPP round, an IGA collection) with its rules of play. */
@Entity
@Table(name = "competition")
public class Competition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Two people changing this at the same moment: the second gets a conflict instead of overwriting the first. */
    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String organiser;

    @Column(name = "competition_year")
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CompetitionKind kind;

    @Column(nullable = false)
    private LocalDateTime submissionOpensAt;

    @Column(nullable = false)
    private LocalDateTime submissionClosesAt;

    /** Only innovations implemented inside this window are eligible (the IGA's rule). */
    @Column(nullable = false)
    private LocalDate eligibleFrom;

    @Column(nullable = false)
    private LocalDate eligibleUntil;

    /** Days an OPD has to complete documents after the desk review sends an entry back. */
    private int completionDays;

    @Column(nullable = false)
    private LocalDate scoringDeadline;

    private int entryLimitPerOpd;

    private int shortlistSize;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TieBreakRule tieBreak;

    /** Whether, once the results are published, an OPD sees which juror gave which score (otherwise "Juri 1, 2, 3"). */
    @Column(name = "juror_names_published", nullable = false)
    private boolean jurorNamesPublished;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CompetitionStatus status = CompetitionStatus.ANNOUNCED;

    private String processInstanceId;

    @ElementCollection
    @CollectionTable(name = "competition_required_document", joinColumns = @JoinColumn(name = "competition_id"))
    @OrderColumn(name = "position")
    @Column(name = "document_type", nullable = false)
    private List<String> requiredDocuments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "competition_juror", joinColumns = @JoinColumn(name = "competition_id"))
    @OrderColumn(name = "position")
    @Column(name = "username", nullable = false, length = 64)
    private List<String> jurors = new ArrayList<>();

    @OneToMany(mappedBy = "competition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    @OneToMany(mappedBy = "competition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AwardCategory> awardCategories = new ArrayList<>();

    protected Competition() {
    }

    public Competition(String name, String organiser, int year, CompetitionKind kind, LocalDateTime submissionOpensAt,
            LocalDateTime submissionClosesAt, LocalDate eligibleFrom, LocalDate eligibleUntil, int completionDays,
            LocalDate scoringDeadline, int entryLimitPerOpd, int shortlistSize, TieBreakRule tieBreak) {
        this.name = name;
        this.organiser = organiser;
        this.year = year;
        this.kind = kind;
        this.submissionOpensAt = submissionOpensAt;
        this.submissionClosesAt = submissionClosesAt;
        this.eligibleFrom = eligibleFrom;
        this.eligibleUntil = eligibleUntil;
        this.completionDays = completionDays;
        this.scoringDeadline = scoringDeadline;
        this.entryLimitPerOpd = entryLimitPerOpd;
        this.shortlistSize = shortlistSize;
        this.tieBreak = tieBreak;
    }

    void addCriterion(String name, int weight) {
        criteria.add(new Criterion(this, criteria.size() + 1, name, weight));
    }

    void addAward(String name, boolean placed, BigDecimal prize) {
        awardCategories.add(new AwardCategory(this, awardCategories.size() + 1, name, placed, prize));
    }

    void setRequiredDocuments(List<String> documents) {
        requiredDocuments.clear();
        requiredDocuments.addAll(documents);
    }

    void setJurors(List<String> usernames) {
        jurors.clear();
        jurors.addAll(usernames);
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void moveTo(CompetitionStatus status) {
        this.status = status;
    }

    public boolean acceptsEntries(LocalDateTime now) {
        return status == CompetitionStatus.OPEN && !now.isBefore(submissionOpensAt) && now.isBefore(submissionClosesAt);
    }

    public int totalWeight() {
        return criteria.stream().mapToInt(Criterion::getWeight).sum();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOrganiser() {
        return organiser;
    }

    public int getYear() {
        return year;
    }

    public CompetitionKind getKind() {
        return kind;
    }

    public LocalDateTime getSubmissionOpensAt() {
        return submissionOpensAt;
    }

    public LocalDateTime getSubmissionClosesAt() {
        return submissionClosesAt;
    }

    public LocalDate getEligibleFrom() {
        return eligibleFrom;
    }

    public LocalDate getEligibleUntil() {
        return eligibleUntil;
    }

    public int getCompletionDays() {
        return completionDays;
    }

    public LocalDate getScoringDeadline() {
        return scoringDeadline;
    }

    public int getEntryLimitPerOpd() {
        return entryLimitPerOpd;
    }

    public int getShortlistSize() {
        return shortlistSize;
    }

    public boolean isJurorNamesPublished() {
        return jurorNamesPublished;
    }

    public void setJurorNamesPublished(boolean jurorNamesPublished) {
        this.jurorNamesPublished = jurorNamesPublished;
    }

    public TieBreakRule getTieBreak() {
        return tieBreak;
    }

    public CompetitionStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public List<String> getRequiredDocuments() {
        return requiredDocuments;
    }

    public List<String> getJurors() {
        return jurors;
    }

    public List<Criterion> getCriteria() {
        return criteria;
    }

    public List<AwardCategory> getAwardCategories() {
        return awardCategories;
    }
}
