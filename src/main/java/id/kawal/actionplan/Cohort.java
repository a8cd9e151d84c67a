package id.kawal.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An angkatan: one intake of the PKA training, e.g. "PKA Angkatan I Tahun 2025". */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Short code used in business keys, e.g. PKA-I-2025. */
    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false)
    private String name;

    /** The government that runs it, e.g. Kota Pekalongan. */
    @Column(nullable = false)
    private String region;

    @Column(nullable = false)
    private LocalDate startDate;

    private LocalDate endDate;

    protected Cohort() {
    }

    public Cohort(String code, String name, String region, LocalDate startDate, LocalDate endDate) {
        this.code = code;
        this.name = name;
        this.region = region;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getRegion() {
        return region;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
