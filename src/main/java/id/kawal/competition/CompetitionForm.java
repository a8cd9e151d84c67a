package id.kawal.competition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A competition as the administrator sets it up. Blank criterion and award rows are ignored. */
public class CompetitionForm {

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String name;

    @NotBlank(message = "{field.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String organiser;

    @NotNull(message = "{field.required}")
    @Min(value = 2000, message = "{competition.year}")
    @Max(value = 2100, message = "{competition.year}")
    private Integer year;

    @NotNull(message = "{field.required}")
    private CompetitionKind kind = CompetitionKind.LOCAL;

    @NotNull(message = "{field.required}")
    private LocalDateTime submissionOpensAt;

    @NotNull(message = "{field.required}")
    private LocalDateTime submissionClosesAt;

    @NotNull(message = "{field.required}")
    private LocalDate eligibleFrom;

    @NotNull(message = "{field.required}")
    private LocalDate eligibleUntil;

    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{competition.positive}")
    private Integer completionDays = 7;

    @NotNull(message = "{field.required}")
    private LocalDate scoringDeadline;

    @NotNull(message = "{field.required}")
    /** 0 means no limit (the eligibility table reads it so). */
    @Min(value = 0, message = "{competition.notNegative}")
    private Integer entryLimitPerOpd = 3;

    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{competition.positive}")
    private Integer shortlistSize = 10;

    /** Once published, an OPD sees the jurors' names with their scores; by default they are "Juri 1, 2, 3". */
    private boolean jurorNamesPublished;

    @NotNull(message = "{field.required}")
    private TieBreakRule tieBreak = TieBreakRule.HEAVIEST_CRITERION;

    /** One required document type per line. */
    @Size(max = 4000, message = "{field.tooLong}")
    private String requiredDocuments;

    private List<String> jurors = new ArrayList<>();

    @Valid
    private List<CriterionRow> criteria = new ArrayList<>();

    @Valid
    private List<AwardRow> awards = new ArrayList<>();

    @AssertTrue(message = "{competition.windowOrder}")
    public boolean isWindowInOrder() {
        return submissionOpensAt == null || submissionClosesAt == null || submissionClosesAt.isAfter(submissionOpensAt);
    }

    @AssertTrue(message = "{competition.eligibilityOrder}")
    public boolean isEligibilityInOrder() {
        return eligibleFrom == null || eligibleUntil == null || !eligibleUntil.isBefore(eligibleFrom);
    }

    @AssertTrue(message = "{competition.weightsSum}")
    public boolean isWeightsSumTo100() {
        return filledCriteria().stream().mapToInt(c -> c.getWeight() == null ? 0 : c.getWeight()).sum() == 100;
    }

    public List<CriterionRow> filledCriteria() {
        return criteria.stream().filter(c -> c.getName() != null && !c.getName().isBlank()).toList();
    }

    public List<AwardRow> filledAwards() {
        return awards.stream().filter(a -> a.getName() != null && !a.getName().isBlank()).toList();
    }

    public List<String> requiredDocumentList() {
        return requiredDocuments == null ? List.of()
                : requiredDocuments.lines().map(String::trim).filter(l -> !l.isEmpty()).distinct().toList();
    }

    /** Gives the page as many empty rows as it shows. */
    public void pad() {
        while (criteria.size() < 6) {
            criteria.add(new CriterionRow());
        }
        while (awards.size() < 8) {
            awards.add(new AwardRow());
        }
    }

    public static class CriterionRow {
        @Size(max = 200, message = "{field.tooLong}")
        private String name;

        @Min(value = 1, message = "{competition.weightRange}")
        @Max(value = 100, message = "{competition.weightRange}")
        private Integer weight;

        public CriterionRow() {
        }

        public CriterionRow(String name, Integer weight) {
            this.name = name;
            this.weight = weight;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }
    }

    public static class AwardRow {
        @Size(max = 200, message = "{field.tooLong}")
        private String name;

        private boolean placed = true;

        @DecimalMin(value = "0", message = "{competition.prizeRange}")
        private BigDecimal prize;

        public AwardRow() {
        }

        public AwardRow(String name, boolean placed, BigDecimal prize) {
            this.name = name;
            this.placed = placed;
            this.prize = prize;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isPlaced() {
            return placed;
        }

        public void setPlaced(boolean placed) {
            this.placed = placed;
        }

        public BigDecimal getPrize() {
            return prize;
        }

        public void setPrize(BigDecimal prize) {
            this.prize = prize;
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getOrganiser() { return organiser; }
    public void setOrganiser(String organiser) { this.organiser = organiser; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public CompetitionKind getKind() { return kind; }
    public void setKind(CompetitionKind kind) { this.kind = kind; }
    public LocalDateTime getSubmissionOpensAt() { return submissionOpensAt; }
    public void setSubmissionOpensAt(LocalDateTime v) { this.submissionOpensAt = v; }
    public LocalDateTime getSubmissionClosesAt() { return submissionClosesAt; }
    public void setSubmissionClosesAt(LocalDateTime v) { this.submissionClosesAt = v; }
    public LocalDate getEligibleFrom() { return eligibleFrom; }
    public void setEligibleFrom(LocalDate v) { this.eligibleFrom = v; }
    public LocalDate getEligibleUntil() { return eligibleUntil; }
    public void setEligibleUntil(LocalDate v) { this.eligibleUntil = v; }
    public Integer getCompletionDays() { return completionDays; }
    public void setCompletionDays(Integer v) { this.completionDays = v; }
    public LocalDate getScoringDeadline() { return scoringDeadline; }
    public void setScoringDeadline(LocalDate v) { this.scoringDeadline = v; }
    public Integer getEntryLimitPerOpd() { return entryLimitPerOpd; }
    public void setEntryLimitPerOpd(Integer v) { this.entryLimitPerOpd = v; }
    public boolean isJurorNamesPublished() { return jurorNamesPublished; }
    public void setJurorNamesPublished(boolean v) { this.jurorNamesPublished = v; }
    public Integer getShortlistSize() { return shortlistSize; }
    public void setShortlistSize(Integer v) { this.shortlistSize = v; }
    public TieBreakRule getTieBreak() { return tieBreak; }
    public void setTieBreak(TieBreakRule v) { this.tieBreak = v; }
    public String getRequiredDocuments() { return requiredDocuments; }
    public void setRequiredDocuments(String v) { this.requiredDocuments = v; }
    public List<String> getJurors() { return jurors; }
    public void setJurors(List<String> v) { this.jurors = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public List<CriterionRow> getCriteria() { return criteria; }
    public void setCriteria(List<CriterionRow> v) { this.criteria = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public List<AwardRow> getAwards() { return awards; }
    public void setAwards(List<AwardRow> v) { this.awards = v == null ? new ArrayList<>() : new ArrayList<>(v); }
}
