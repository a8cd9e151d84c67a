package id.kawal.innovation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** From this moment, this person (or nobody) owned the innovation: the history a handover adds to. */
@Entity
@Table(name = "innovation_owner_change")
public class OwnerChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "innovation_id")
    private Innovation innovation;

    @Column(length = 64)
    private String ownerUsername;
    @Column(length = 18)
    private String ownerNip;
    private String ownerName;
    private String ownerPosition;

    /** The handover that made this change, if one did. */
    private Long handoverId;

    @Column(nullable = false, length = 64)
    private String changedBy;

    @Column(nullable = false)
    private Instant changedAt;

    protected OwnerChange() {
    }

    OwnerChange(Innovation innovation, Owner owner, Long handoverId, String changedBy, Instant changedAt) {
        this.innovation = innovation;
        this.handoverId = handoverId;
        this.ownerUsername = owner.username();
        this.ownerNip = owner.nip();
        this.ownerName = owner.name();
        this.ownerPosition = owner.position();
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Owner getOwner() {
        return new Owner(ownerUsername, ownerNip, ownerName, ownerPosition);
    }

    public Long getHandoverId() {
        return handoverId;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
