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
import java.math.BigDecimal;

/**
 * An award: a placed one that goes by rank (Juara 1, 2, 3, Harapan 1, 2, in that order) or a
 * named special one the administrator gives to any entry (e.g. "Apresiasi Inovasi").
 */
@Entity
@Table(name = "competition_award_category")
public class AwardCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    private Competition competition;

    private int position;

    @Column(nullable = false)
    private String name;

    /** True for Juara/Harapan, given by rank; false for special categories. */
    private boolean placed;

    /** Uang pembinaan, in rupiah. */
    @Column(precision = 15, scale = 0)
    private BigDecimal prize;

    protected AwardCategory() {
    }

    AwardCategory(Competition competition, int position, String name, boolean placed, BigDecimal prize) {
        this.competition = competition;
        this.position = position;
        this.name = name;
        this.placed = placed;
        this.prize = prize;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public boolean isPlaced() {
        return placed;
    }

    public BigDecimal getPrize() {
        return prize;
    }
}
