package id.kawal.innovation.index;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An index year as an administrator set it: the eligibility window and the region's capacity score (SPD). */
@Entity
@Table(name = "innovation_index_year")
public class IndexYear {

    @Id
    @Column(name = "index_year")
    private Integer year;

    @Column(nullable = false)
    private LocalDate windowFrom;

    @Column(nullable = false)
    private LocalDate windowTo;

    @Column(precision = 5, scale = 2)
    private BigDecimal spdScore;

    @Version
    private long version;

    @Column(nullable = false, length = 64)
    private String updatedBy;

    @Column(nullable = false)
    private Instant updatedAt;

    protected IndexYear() {
    }

    IndexYear(Integer year) {
        this.year = year;
    }

    void set(LocalDate from, LocalDate to, BigDecimal spd, String by, Instant at) {
        this.windowFrom = from;
        this.windowTo = to;
        this.spdScore = spd;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Integer getYear() {
        return year;
    }

    public LocalDate getWindowFrom() {
        return windowFrom;
    }

    public LocalDate getWindowTo() {
        return windowTo;
    }

    public BigDecimal getSpdScore() {
        return spdScore;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
