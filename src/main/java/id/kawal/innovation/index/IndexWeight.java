package id.kawal.innovation.index;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** One weight of the index score, setup data: its group's weights sum to 100. */
@Entity
@Table(name = "innovation_index_weight")
public class IndexWeight {

    /** The weights that sum to 100 together. */
    public enum Group { ASPECT, SID, INDICATOR }

    @Id
    @Column(length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "weight_group", nullable = false, length = 20)
    private Group group;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal weight;

    @Column(nullable = false)
    private int sortOrder;

    @Version
    private long version;

    @Column(nullable = false, length = 64)
    private String updatedBy;

    @Column(nullable = false)
    private Instant updatedAt;

    protected IndexWeight() {
    }

    void change(BigDecimal weight, String by, Instant at) {
        if (this.weight.compareTo(weight) != 0) {
            this.weight = weight;
            this.updatedBy = by;
            this.updatedAt = at;
        }
    }

    public String getCode() {
        return code;
    }

    public Group getGroup() {
        return group;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
