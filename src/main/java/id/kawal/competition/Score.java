package id.kawal.competition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;

/** One juror's score of one entry on one criterion, 0 to 100, with a comment. */
@Entity
@Table(name = "competition_score", uniqueConstraints = @UniqueConstraint(columnNames = {"entry_id", "juror", "criterion_id"}))
public class Score {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Two people changing this at the same moment: the second gets a conflict instead of overwriting the first. */
    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private Entry entry;

    @Column(nullable = false, length = 64)
    private String juror;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id")
    private Criterion criterion;

    @Column(name = "score_value", nullable = false, precision = 5, scale = 2)
    private BigDecimal value;

    @Column(length = 2000)
    private String comment;

    @Column(nullable = false)
    private Instant scoredAt;

    protected Score() {
    }

    Score(Entry entry, String juror, Criterion criterion, BigDecimal value, String comment, Instant scoredAt) {
        this.entry = entry;
        this.juror = juror;
        this.criterion = criterion;
        this.value = value;
        this.comment = comment;
        this.scoredAt = scoredAt;
    }

    void revise(BigDecimal value, String comment, Instant at) {
        this.value = value;
        this.comment = comment;
        this.scoredAt = at;
    }

    public Long getId() {
        return id;
    }

    public Entry getEntry() {
        return entry;
    }

    public String getJuror() {
        return juror;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getComment() {
        return comment;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
