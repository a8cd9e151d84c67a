package id.kawal.innovation.handover;

import id.kawal.innovation.Owner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One handover (serah terima) of an innovation whose owner was rotated: who left and where to, who succeeds them,
 * the checklist handed over and whether the successor accepted it. The process holds where the case is; this row
 * holds what was said.
 */
@Entity
@Table(name = "innovation_handover")
public class Handover {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long innovationId;

    @Column(nullable = false)
    private String opd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HandoverStage stage;

    @Column(length = 64)
    private String processInstanceId;

    @Column(length = 64)
    private String outgoingUsername;
    @Column(length = 18)
    private String outgoingNip;
    @Column(nullable = false)
    private String outgoingName;
    private String outgoingPosition;

    @Column(nullable = false)
    private LocalDate rotatedOn;
    private String newPosition;
    private String newAgency;
    @Column(length = 2000)
    private String note;

    @Column(nullable = false, length = 64)
    private String startedBy;
    @Column(nullable = false)
    private Instant startedAt;

    @Column(length = 64)
    private String successorUsername;
    @Column(length = 18)
    private String successorNip;
    private String successorName;
    private String successorPosition;
    private String successorAgency;
    private boolean crossOpdConfirmed;
    @Column(length = 64)
    private String namedBy;
    private Instant namedAt;

    private Instant escalatedAt;

    private boolean documentsDone;
    @Column(length = 4000)
    private String documentsNote;
    private boolean accountsDone;
    @Column(length = 4000)
    private String accountsNote;
    private boolean contactsDone;
    @Column(length = 4000)
    private String contactsNote;
    private boolean issuesDone;
    @Column(length = 4000)
    private String issuesNote;
    @Column(length = 64)
    private String handedOverBy;
    private Instant handedOverAt;

    @Column(length = 2000)
    private String returnReason;
    private int returnedCount;
    @Column(length = 64)
    private String acceptedBy;
    private Instant finishedAt;

    protected Handover() {
    }

    Handover(Long innovationId, String opd, Owner outgoing, RotationForm rotation, String by, Instant at) {
        this.innovationId = innovationId;
        this.opd = opd;
        this.stage = HandoverStage.NAMING_SUCCESSOR;
        this.outgoingUsername = outgoing.username();
        this.outgoingNip = outgoing.nip();
        this.outgoingName = outgoing.name();
        this.outgoingPosition = outgoing.position();
        this.rotatedOn = rotation.getRotatedOn();
        this.newPosition = blankToNull(rotation.getNewPosition());
        this.newAgency = blankToNull(rotation.getNewAgency());
        this.note = blankToNull(rotation.getNote());
        this.startedBy = by;
        this.startedAt = at;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void named(Owner successor, String agency, boolean crossOpd, String by, Instant at) {
        this.successorUsername = successor.username();
        this.successorNip = successor.nip();
        this.successorName = successor.name();
        this.successorPosition = successor.position();
        this.successorAgency = agency;
        this.crossOpdConfirmed = crossOpd;
        this.namedBy = by;
        this.namedAt = at;
        this.stage = HandoverStage.HANDING_OVER;
    }

    void escalated(Instant at) {
        if (escalatedAt == null) {
            this.escalatedAt = at;
        }
    }

    void handedOver(ChecklistForm checklist, String by, Instant at) {
        this.documentsDone = checklist.isDocumentsDone();
        this.documentsNote = blankToNull(checklist.getDocumentsNote());
        this.accountsDone = checklist.isAccountsDone();
        this.accountsNote = blankToNull(checklist.getAccountsNote());
        this.contactsDone = checklist.isContactsDone();
        this.contactsNote = blankToNull(checklist.getContactsNote());
        this.issuesDone = checklist.isIssuesDone();
        this.issuesNote = blankToNull(checklist.getIssuesNote());
        this.handedOverBy = by;
        this.handedOverAt = at;
        this.stage = HandoverStage.ACCEPTING;
    }

    void returned(String reason) {
        this.returnReason = reason.trim();
        this.returnedCount++;
        this.stage = HandoverStage.HANDING_OVER;
    }

    void accepted(String by) {
        this.acceptedBy = by;
    }

    void finished(Instant at) {
        this.stage = HandoverStage.DONE;
        this.finishedAt = at;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Owner getOutgoing() {
        return new Owner(outgoingUsername, outgoingNip, outgoingName, outgoingPosition);
    }

    /** The successor named, or {@link Owner#NONE} before the head names one. */
    public Owner getSuccessor() {
        return new Owner(successorUsername, successorNip, successorName, successorPosition);
    }

    public boolean isRunning() {
        return stage != HandoverStage.DONE;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getInnovationId() {
        return innovationId;
    }

    public String getOpd() {
        return opd;
    }

    public HandoverStage getStage() {
        return stage;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public LocalDate getRotatedOn() {
        return rotatedOn;
    }

    public String getNewPosition() {
        return newPosition;
    }

    public String getNewAgency() {
        return newAgency;
    }

    public String getNote() {
        return note;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getSuccessorAgency() {
        return successorAgency;
    }

    public boolean isCrossOpdConfirmed() {
        return crossOpdConfirmed;
    }

    public String getNamedBy() {
        return namedBy;
    }

    public Instant getNamedAt() {
        return namedAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public boolean isDocumentsDone() {
        return documentsDone;
    }

    public String getDocumentsNote() {
        return documentsNote;
    }

    public boolean isAccountsDone() {
        return accountsDone;
    }

    public String getAccountsNote() {
        return accountsNote;
    }

    public boolean isContactsDone() {
        return contactsDone;
    }

    public String getContactsNote() {
        return contactsNote;
    }

    public boolean isIssuesDone() {
        return issuesDone;
    }

    public String getIssuesNote() {
        return issuesNote;
    }

    public String getHandedOverBy() {
        return handedOverBy;
    }

    public Instant getHandedOverAt() {
        return handedOverAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public int getReturnedCount() {
        return returnedCount;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
