package id.kawal.innovation;

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
import java.time.LocalDate;

/** One change of an innovation's status: from when, why, recorded by whom. */
@Entity
@Table(name = "innovation_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "innovation_id")
    private Innovation innovation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InnovationStatus status;

    @Column(nullable = false)
    private LocalDate changedOn;

    @Column(length = 2000)
    private String reason;

    @Column(nullable = false, length = 64)
    private String changedBy;

    @Column(nullable = false)
    private Instant recordedAt;

    protected StatusChange() {
    }

    StatusChange(Innovation innovation, InnovationStatus status, LocalDate changedOn, String reason, String changedBy,
            Instant recordedAt) {
        this.innovation = innovation;
        this.status = status;
        this.changedOn = changedOn;
        this.reason = reason;
        this.changedBy = changedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public InnovationStatus getStatus() {
        return status;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
