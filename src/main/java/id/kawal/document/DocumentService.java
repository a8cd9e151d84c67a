package id.kawal.document;

import id.kawal.system.InvalidInputException;
import id.kawal.system.KawalProperties;
import id.kawal.system.NotFoundException;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Stores and serves the documents of action plans. Who may do so is the caller's check. */
@Service
public class DocumentService {

    private final StoredDocumentRepository documents;
    private final ContentTypeGuard guard;
    private final KawalProperties properties;
    private final Clock clock;

    public DocumentService(StoredDocumentRepository documents, ContentTypeGuard guard, KawalProperties properties,
            Clock clock) {
        this.documents = documents;
        this.guard = guard;
        this.properties = properties;
        this.clock = clock;
    }

    /** Stores an action plan's documents; checks every file first, so that one bad file stores none. */
    @Transactional
    public List<StoredDocument> store(Long actionPlanId, Long milestoneId, DocumentCategory category,
            List<MultipartFile> files, String uploadedBy) {
        return store(DocumentOwner.ACTION_PLAN, actionPlanId, milestoneId, null, category, files, uploadedBy);
    }

    /** Stores a competition entry's documents of one required type. */
    @Transactional
    public List<StoredDocument> storeForEntry(Long entryId, String documentType, List<MultipartFile> files,
            String uploadedBy) {
        return store(DocumentOwner.COMPETITION_ENTRY, entryId, null, documentType, DocumentCategory.COMPETITION_DOCUMENT,
                files, uploadedBy);
    }

    /** Stores evidence documents of an innovation in the registry. */
    @Transactional
    public List<StoredDocument> storeForInnovation(Long innovationId, List<MultipartFile> files, String uploadedBy) {
        return store(DocumentOwner.INNOVATION, innovationId, null, null, DocumentCategory.INNOVATION_EVIDENCE, files,
                uploadedBy);
    }

    private List<StoredDocument> store(DocumentOwner ownerType, Long ownerId, Long milestoneId, String documentType,
            DocumentCategory category, List<MultipartFile> files, String uploadedBy) {
        List<MultipartFile> real = files == null ? List.of() : files.stream().filter(f -> !noFileChosen(f)).toList();
        List<Upload> checked = real.stream().map(this::check).toList();
        return checked.stream().map(u -> documents.save(new StoredDocument(ownerType, ownerId, milestoneId,
                documentType, category, u.filename(), u.contentType(), u.bytes(), sha256(u.bytes()), uploadedBy,
                clock.instant()))).toList();
    }

    /**
     * A file input the user left empty: browsers send it as a part with no bytes and no file name. A part with no
     * bytes but with a name is an empty file the user did choose, and is refused.
     */
    public static boolean noFileChosen(MultipartFile file) {
        return file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
    }

    private Upload check(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "document" : file.getOriginalFilename();
        if (file.isEmpty()) {
            throw new InvalidInputException("files", "document.empty", name);
        }
        long max = properties.documents().maxSize().toBytes();
        if (file.getSize() > max) {
            throw new InvalidInputException("files", "document.tooLarge", name, properties.documents().maxSize().toMegabytes());
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new InvalidInputException("files", "document.unreadable", name);
        }
        String type = guard.admit(bytes, name).orElseThrow(() ->
                new InvalidInputException("files", "document.typeNotAllowed", name, ContentTypeGuard.allowedList()));
        return new Upload(name, type, bytes);
    }

    public List<StoredDocument> ofActionPlan(Long actionPlanId) {
        return documents.findByOwnerTypeAndOwnerIdOrderByUploadedAtAscIdAsc(DocumentOwner.ACTION_PLAN, actionPlanId);
    }

    public List<StoredDocument> ofEntry(Long entryId) {
        return documents.findByOwnerTypeAndOwnerIdOrderByUploadedAtAscIdAsc(DocumentOwner.COMPETITION_ENTRY, entryId);
    }

    public List<StoredDocument> ofInnovation(Long innovationId) {
        return documents.findByOwnerTypeAndOwnerIdOrderByUploadedAtAscIdAsc(DocumentOwner.INNOVATION, innovationId);
    }

    public long count(Long actionPlanId, DocumentCategory category) {
        return documents.countByOwnerTypeAndOwnerIdAndCategory(DocumentOwner.ACTION_PLAN, actionPlanId, category);
    }

    public long countForMilestone(Long actionPlanId, Long milestoneId) {
        return documents.countByOwnerTypeAndOwnerIdAndMilestoneId(DocumentOwner.ACTION_PLAN, actionPlanId, milestoneId);
    }

    public StoredDocument get(Long documentId) {
        return documents.findById(documentId).orElseThrow(() -> new NotFoundException("No document " + documentId));
    }

    @Transactional(readOnly = true)
    public byte[] bytesOf(Long documentId) {
        return get(documentId).getContent().getBytes();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private record Upload(String filename, String contentType, byte[] bytes) {
    }
}
