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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Evidence that an innovation runs, dated: a link (a page, a video, a news report) or a usage figure. */
@Entity
@Table(name = "innovation_evidence")
public class Evidence {

    public enum Kind { LINK, USAGE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "innovation_id")
    private Innovation innovation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, length = 300)
    private String label;

    @Column(length = 1000)
    private String url;

    @Column(precision = 19, scale = 2)
    private BigDecimal figure;

    @Column(nullable = false)
    private LocalDate measuredOn;

    @Column(nullable = false, length = 64)
    private String recordedBy;

    @Column(nullable = false)
    private Instant recordedAt;

    protected Evidence() {
    }

    Evidence(Innovation innovation, Kind kind, String label, String url, BigDecimal figure, LocalDate measuredOn,
            String recordedBy, Instant recordedAt) {
        this.innovation = innovation;
        this.kind = kind;
        this.label = label;
        this.url = url;
        this.figure = figure;
        this.measuredOn = measuredOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public String getUrl() {
        return url;
    }

    public BigDecimal getFigure() {
        return figure;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
