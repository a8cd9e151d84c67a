package id.kawal.certificate;

import id.kawal.document.DocumentContent;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An issued certificate. The PDF is made once, at issue, and kept: every download gives the same
 * bytes, whose SHA-256 is recorded. The serial is random, so links cannot be guessed.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Two people changing this at the same moment: the second gets a conflict instead of overwriting the first. */
    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40)
    private String serial;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(nullable = false, length = 30)
    private String subjectType;

    @Column(nullable = false)
    private Long subjectId;

    @Column(nullable = false, length = 64)
    private String holderUsername;

    @Column(nullable = false)
    private String holderName;

    @Column(length = 18)
    private String holderNip;

    private String position;
    private String agency;

    @Column(nullable = false, length = 300)
    private String programme;

    @Column(length = 300)
    private String title;

    private String achievement;

    @Column(nullable = false)
    private LocalDate issuedOn;

    @Column(nullable = false)
    private String issuerName;

    @Column(nullable = false, length = 64)
    private String issuedBy;

    @Column(nullable = false)
    private Instant issuedAt;

    @Column(nullable = false, length = 64)
    private String sha256;

    /** The issued bytes, kept apart so that listing certificates never loads them. */
    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL)
    @JoinColumn(name = "pdf_content_id", nullable = false)
    private DocumentContent pdf;

    private Instant revokedAt;

    @Column(length = 64)
    private String revokedBy;

    @Column(length = 1000)
    private String revocationReason;

    /** The serial of the certificate this one corrects and replaces. */
    @Column(length = 40)
    private String replacesSerial;

    @Column(length = 40)
    private String replacedBySerial;

    protected Certificate() {
    }

    Certificate(String serial, IssueRequest request, String issuerName, Instant issuedAt) {
        this.serial = serial;
        this.kind = request.kind();
        this.subjectType = request.subjectType();
        this.subjectId = request.subjectId();
        this.holderUsername = request.holderUsername();
        this.holderName = request.holderName();
        this.holderNip = request.holderNip();
        this.position = request.position();
        this.agency = request.agency();
        this.programme = request.programme();
        this.title = request.title();
        this.achievement = request.achievement();
        this.issuedOn = request.issuedOn();
        this.issuerName = issuerName;
        this.issuedBy = request.issuedBy();
        this.issuedAt = issuedAt;
    }

    void revoke(String by, String reason, Instant at) {
        if (revokedAt != null) {
            throw new IllegalStateException("Certificate " + serial + " is already revoked");
        }
        this.revokedAt = at;
        this.revokedBy = by;
        this.revocationReason = reason;
    }

    void replacedBy(String serial) {
        this.replacedBySerial = serial;
    }

    void replaces(String serial) {
        this.replacesSerial = serial;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public String getReplacesSerial() {
        return replacesSerial;
    }

    public String getReplacedBySerial() {
        return replacedBySerial;
    }

    void attach(byte[] pdf, String sha256) {
        this.pdf = DocumentContent.of(pdf);
        this.sha256 = sha256;
    }

    public Long getId() {
        return id;
    }

    public String getSerial() {
        return serial;
    }

    public String getKind() {
        return kind;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getHolderUsername() {
        return holderUsername;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getHolderNip() {
        return holderNip;
    }

    public String getPosition() {
        return position;
    }

    public String getAgency() {
        return agency;
    }

    public String getProgramme() {
        return programme;
    }

    public String getTitle() {
        return title;
    }

    public String getAchievement() {
        return achievement;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getPdf() {
        return pdf.getBytes();
    }

    /** NIP with the middle digits hidden, for the public verification page. */
    public String maskedNip() {
        if (holderNip == null || holderNip.length() < 18) {
            return holderNip;
        }
        return holderNip.substring(0, 4) + "**********" + holderNip.substring(14);
    }
}
