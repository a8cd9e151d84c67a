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

/**
 * One year's "still running?" check of one innovation (never two: unique on innovation and year). Waits without an
 * outcome until someone answers or the model gives up ({@link CheckOutcome#TIDAK_DIKETAHUI}).
 */
@Entity
@Table(name = "innovation_check")
public class InnovationCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "innovation_id")
    private Innovation innovation;

    @Column(name = "check_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private String opd;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CheckOutcome outcome;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(length = 64)
    private String processInstanceId;

    @Column(nullable = false, length = 64)
    private String startedBy;

    @Column(nullable = false)
    private Instant startedAt;

    @Column(length = 64)
    private String answeredBy;

    private Instant answeredAt;

    private LocalDate stoppedOn;

    @Column(length = 2000)
    private String reason;

    protected InnovationCheck() {
    }

    public InnovationCheck(Innovation innovation, int year, LocalDate deadline, String startedBy, Instant startedAt) {
        this.innovation = innovation;
        this.year = year;
        this.opd = innovation.getOpd();
        this.deadline = deadline;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public void runsIn(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /**
     * Records the answer, or the lack of one; only once.
     *
     * @throws IllegalStateException when the check has its outcome already
     */
    public void close(CheckOutcome outcome, String by, Instant at, LocalDate stoppedOn, String reason) {
        if (this.outcome != null) {
            throw new IllegalStateException("Check " + id + " ended already: " + this.outcome);
        }
        this.outcome = outcome;
        this.answeredBy = by;
        this.answeredAt = at;
        this.stoppedOn = stoppedOn;
        this.reason = reason;
    }

    public boolean isWaiting() {
        return outcome == null;
    }

    public Long getId() {
        return id;
    }

    public Innovation getInnovation() {
        return innovation;
    }

    public Long getInnovationId() {
        return innovation.getId();
    }

    public int getYear() {
        return year;
    }

    public String getOpd() {
        return opd;
    }

    public CheckOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public LocalDate getStoppedOn() {
        return stoppedOn;
    }

    public String getReason() {
        return reason;
    }
}
