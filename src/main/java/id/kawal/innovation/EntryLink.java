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

/**
 * A competition entry the innovation was entered as. The competition's name and year are copied here when the entry
 * is linked, so that the registry shows them without asking the competition feature (which uses the registry).
 */
@Entity
@Table(name = "innovation_entry")
public class EntryLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "innovation_id")
    private Innovation innovation;

    @Column(nullable = false, unique = true)
    private Long entryId;

    @Column(nullable = false, length = 300)
    private String competitionName;

    @Column(nullable = false)
    private int competitionYear;

    @Column(nullable = false)
    private Instant linkedAt;

    protected EntryLink() {
    }

    EntryLink(Innovation innovation, Long entryId, String competitionName, int competitionYear, Instant linkedAt) {
        this.innovation = innovation;
        this.entryId = entryId;
        this.competitionName = competitionName;
        this.competitionYear = competitionYear;
        this.linkedAt = linkedAt;
    }

    public Long getEntryId() {
        return entryId;
    }

    public String getCompetitionName() {
        return competitionName;
    }

    public int getCompetitionYear() {
        return competitionYear;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
