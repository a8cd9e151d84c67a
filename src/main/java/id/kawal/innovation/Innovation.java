package id.kawal.innovation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.annotations.OptimisticLock;

/**
 * One innovation of one OPD, whatever it came from: the registry's record. Its name is unique in its OPD (compared
 * by {@link #nameKeyOf}); its status changes are kept with their dates and reasons; evidence accumulates over time.
 */
@Entity
@Table(name = "innovation")
public class Innovation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Two people editing one record at once: the second gets a conflict instead of overwriting the first. */
    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String nameKey;

    @Column(length = 60)
    private String acronym;

    @Column(nullable = false)
    private String opd;

    @Column(length = 64)
    private String ownerUsername;
    @Column(length = 18)
    private String ownerNip;
    private String ownerName;
    private String ownerPosition;

    @Column(length = 2000)
    private String team;

    private LocalDate startedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InnovationForm form;

    private String urusan;

    @Column(length = 8000)
    private String problem;

    @Column(length = 8000)
    private String benefit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InnovationStatus status;

    @Column(nullable = false)
    private LocalDate statusSince;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InnovationSource source;

    /** The action plan it came from, at most one record per plan. */
    @Column(unique = true)
    private Long actionPlanId;

    @Column(length = 40)
    private String sttppSerial;

    @Column(nullable = false, length = 64)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    /** The handover running while the owner is being replaced (serah terima), or null. */
    private Long handoverId;

    // histories only grow: adding to them changes no version, so recording evidence never collides with an edit
    @OneToMany(mappedBy = "innovation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedOn, id")
    @OptimisticLock(excluded = true)
    private List<StatusChange> statusHistory = new ArrayList<>();

    @OneToMany(mappedBy = "innovation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("competitionYear, id")
    @OptimisticLock(excluded = true)
    private List<EntryLink> entries = new ArrayList<>();

    @OneToMany(mappedBy = "innovation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("measuredOn, id")
    @OptimisticLock(excluded = true)
    private List<Evidence> evidence = new ArrayList<>();

    @OneToMany(mappedBy = "innovation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt, id")
    @OptimisticLock(excluded = true)
    private List<OwnerChange> ownerHistory = new ArrayList<>();

    protected Innovation() {
    }

    Innovation(String opd, Details details, Owner owner, InnovationStatus status, LocalDate statusSince,
            InnovationSource source, String createdBy, Instant createdAt) {
        this.opd = opd.trim();
        this.source = source;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        describe(details);
        assign(owner, createdBy, createdAt);
        this.status = status;
        this.statusSince = statusSince;
        statusHistory.add(new StatusChange(this, status, statusSince, null, createdBy, createdAt));
    }

    /** How names are compared within an OPD: without case and without surrounding or repeated spaces. */
    public static String nameKeyOf(String name) {
        return name == null ? null : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The short name of a title written "ACRONYM (what it stands for)", as the articles and the entries write
     * them ("JEMPOL (JEMbatan Pembayaran OnLine)"), or null.
     */
    static String acronymOf(String title) {
        if (title == null) {
            return null;
        }
        int paren = title.indexOf(" (");
        String head = paren > 0 ? title.substring(0, paren).trim() : null;
        return head != null && head.length() <= 60 && title.trim().endsWith(")") ? head : null;
    }

    void describe(Details details) {
        this.name = details.name();
        this.nameKey = nameKeyOf(details.name());
        this.acronym = details.acronym();
        this.team = details.team();
        this.startedOn = details.startedOn();
        this.form = details.form() == null ? InnovationForm.DIGITAL : details.form();
        this.urusan = details.urusan();
        this.problem = details.problem();
        this.benefit = details.benefit();
    }

    /** Names the owner (or none); a change of person is kept in the owner history, a mere correction too. */
    void assign(Owner owner, String by, Instant at) {
        assign(owner, null, by, at);
    }

    private void assign(Owner owner, Long byHandover, String by, Instant at) {
        Owner o = owner == null ? Owner.NONE : owner;
        if (id != null && o.equals(getOwner())) {
            return;
        }
        ownerHistory.add(new OwnerChange(this, o, byHandover, by, at));
        this.ownerUsername = o.username();
        this.ownerNip = o.nip();
        this.ownerName = o.name();
        this.ownerPosition = o.position();
    }

    /**
     * Moves to another status from a date, with the reason (required for a stop).
     *
     * @throws IllegalArgumentException when the move is not allowed (see {@link InnovationStatus#mayChangeTo})
     */
    void changeStatus(InnovationStatus next, LocalDate on, String reason, String by, Instant at) {
        if (!status.mayChangeTo(next)) {
            throw new IllegalArgumentException("status");
        }
        if (next.needsReason() && Owner.blankToNull(reason) == null) {
            throw new IllegalArgumentException("reason");
        }
        this.status = next;
        this.statusSince = on;
        statusHistory.add(new StatusChange(this, next, on, Owner.blankToNull(reason), by, at));
    }

    /**
     * The yearly "still running?" check found nobody to answer: the status becomes unknown until someone does. Only
     * a record that was thought to run can become unknown; a stopped one stays stopped.
     */
    void markUnknown(LocalDate on, String reason, String by, Instant at) {
        if (!InnovationStatus.RUNNING.contains(status)) {
            throw new IllegalArgumentException("status");
        }
        this.status = InnovationStatus.TIDAK_DIKETAHUI;
        this.statusSince = on;
        statusHistory.add(new StatusChange(this, status, on, Owner.blankToNull(reason), by, at));
    }

    /**
     * The owner was rotated: the record is without owner, waiting for a successor, until the handover ends. Its
     * version changes, so of two handovers started at once one fails.
     *
     * @throws IllegalStateException when a handover runs already, or there is no owner to hand over from
     */
    void releaseForHandover(Long handover, String by, Instant at) {
        if (handoverId != null || isOwnerless()) {
            throw new IllegalStateException("handover");
        }
        this.handoverId = handover;
        assign(Owner.NONE, handover, by, at);
    }

    /** The handover ended: the successor owns the innovation from now on. */
    void takeOverBy(Owner successor, Long handover, String by, Instant at) {
        if (!handover.equals(handoverId)) {
            throw new IllegalStateException("handover");
        }
        this.handoverId = null;
        assign(successor, handover, by, at);
    }

    void cameFrom(Long actionPlanId, String sttppSerial) {
        this.actionPlanId = actionPlanId;
        this.sttppSerial = sttppSerial;
    }

    /** Links an entry once: a second call with the same entry changes nothing. */
    boolean link(Long entryId, String competitionName, int competitionYear, Instant at) {
        if (entries.stream().anyMatch(e -> e.getEntryId().equals(entryId))) {
            return false;
        }
        entries.add(new EntryLink(this, entryId, competitionName, competitionYear, at));
        return true;
    }

    Evidence addEvidence(Evidence.Kind kind, String label, String url, BigDecimal figure, LocalDate measuredOn,
            String by, Instant at) {
        Evidence e = new Evidence(this, kind, label.trim(), Owner.blankToNull(url), figure, measuredOn, by, at);
        evidence.add(e);
        return e;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getOpd() {
        return opd;
    }

    public Owner getOwner() {
        return new Owner(ownerUsername, ownerNip, ownerName, ownerPosition);
    }

    public boolean isOwnerless() {
        return getOwner().isNone();
    }

    public Long getHandoverId() {
        return handoverId;
    }

    /** The owner was rotated and the successor has not taken over yet: "menunggu penerus". */
    public boolean isHandingOver() {
        return handoverId != null;
    }

    public String getTeam() {
        return team;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public InnovationForm getForm() {
        return form;
    }

    public String getUrusan() {
        return urusan;
    }

    public String getProblem() {
        return problem;
    }

    public String getBenefit() {
        return benefit;
    }

    public InnovationStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public InnovationSource getSource() {
        return source;
    }

    public Long getActionPlanId() {
        return actionPlanId;
    }

    public String getSttppSerial() {
        return sttppSerial;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<StatusChange> getStatusHistory() {
        return List.copyOf(statusHistory);
    }

    public List<EntryLink> getEntries() {
        return List.copyOf(entries);
    }

    public List<Evidence> getEvidence() {
        return List.copyOf(evidence);
    }

    public List<OwnerChange> getOwnerHistory() {
        return List.copyOf(ownerHistory);
    }
}
