package id.kawal.document;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document uploaded to an action plan. Kept in the database, so every instance of the app that
 * shares the database sees the same files; the SHA-256 proves later that the bytes are unchanged.
 */
@Entity
@Table(name = "stored_document")
public class StoredDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentOwner ownerType;

    @Column(nullable = false)
    private Long ownerId;

    private Long milestoneId;

    /** For competition entries: which of the competition's required documents this is. */
    private String documentType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentCategory category;

    @Column(nullable = false)
    private String filename;

    @Column(nullable = false, length = 120)
    private String contentType;

    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false, length = 64)
    private String uploadedBy;

    @Column(nullable = false)
    private Instant uploadedAt;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.ALL)
    @JoinColumn(name = "content_id", nullable = false)
    private DocumentContent content;

    protected StoredDocument() {
    }

    StoredDocument(DocumentOwner ownerType, Long ownerId, Long milestoneId, String documentType,
            DocumentCategory category, String filename, String contentType, byte[] bytes, String sha256,
            String uploadedBy, Instant uploadedAt) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.milestoneId = milestoneId;
        this.documentType = documentType;
        this.category = category;
        this.filename = filename;
        this.contentType = contentType;
        this.size = bytes.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.content = new DocumentContent(bytes);
    }

    public Long getId() {
        return id;
    }

    public DocumentOwner getOwnerType() {
        return ownerType;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getDocumentType() {
        return documentType;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public DocumentCategory getCategory() {
        return category;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    /** The kind as users know it: PDF, PNG, DOCX, ... */
    public String getKind() {
        return ContentTypeGuard.ALLOWED.getOrDefault(contentType, contentType);
    }

    /** Whether {@code /documents/{id}/preview} has an image of it (images and PDFs; not Office files). */
    public boolean hasPreview() {
        return DocumentPreviews.PREVIEWABLE.contains(contentType);
    }

    DocumentContent getContent() {
        return content;
    }
}
