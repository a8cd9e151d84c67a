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

/** A judging criterion with its weight in percent; the weights of a competition sum to 100. */
@Entity
@Table(name = "competition_criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    private Competition competition;

    private int position;

    @Column(nullable = false)
    private String name;

    private int weight;

    protected Criterion() {
    }

    Criterion(Competition competition, int position, String name, int weight) {
        this.competition = competition;
        this.position = position;
        this.name = name;
        this.weight = weight;
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

    public int getWeight() {
        return weight;
    }
}
