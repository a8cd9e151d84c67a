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
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** A juror assigned to score an entry. Never a juror from the entry's own OPD. */
@Entity
@Table(name = "competition_jury_assignment", uniqueConstraints = @UniqueConstraint(columnNames = {"entry_id", "juror"}))
public class JuryAssignment {

    public enum Status { ASSIGNED, SCORED, REVISIT_REQUESTED, REASSIGNED }

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.ASSIGNED;

    private Instant scoredAt;

    @Column(length = 1000)
    private String revisitNote;

    protected JuryAssignment() {
    }

    JuryAssignment(Entry entry, String juror) {
        this.entry = entry;
        this.juror = juror;
    }

    void scored(Instant at) {
        this.status = Status.SCORED;
        this.scoredAt = at;
        this.revisitNote = null;
    }

    void revisit(String note) {
        this.status = Status.REVISIT_REQUESTED;
        this.revisitNote = note;
    }

    void reassigned() {
        this.status = Status.REASSIGNED;
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

    public Status getStatus() {
        return status;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }

    public String getRevisitNote() {
        return revisitNote;
    }
}
