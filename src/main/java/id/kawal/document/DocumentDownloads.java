package id.kawal.document;

import id.kawal.system.NotFoundException;
import id.kawal.system.web.Downloads;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An uploaded document as a download or as a preview image, for the people allowed to see what it belongs to (403
 * for the others, for both alike).
 */
@Component
class DocumentDownloads {

    /** Documents never change; a private cache may keep a preview for a while (not for ever: access can end). */
    static final CacheControl PREVIEW_CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePrivate();

    private final DocumentService documents;
    private final List<DocumentAccessPolicy> policies;
    private final DocumentPreviews previews;

    DocumentDownloads(DocumentService documents, List<DocumentAccessPolicy> policies, DocumentPreviews previews) {
        this.documents = documents;
        this.policies = policies;
        this.previews = previews;
    }

    @Transactional(readOnly = true)
    ResponseEntity<byte[]> download(Long id, Authentication user) {
        StoredDocument document = readable(id, user);
        return Downloads.attachment(document.getFilename(), MediaType.parseMediaType(document.getContentType()),
                document.getSha256(), documents.bytesOf(id));
    }

    /**
     * A PNG of the document (an image scaled down, a PDF's first page); 404 for a document with no preview (an Office
     * file, a damaged or encrypted PDF), 304 when the client already has it.
     */
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> preview(Long id, Authentication user, String ifNoneMatch) {
        StoredDocument document = readable(id, user);
        if (!DocumentPreviews.previewable(document)) {
            throw new NotFoundException("No preview of document " + id);
        }
        String etag = "\"" + document.getSha256() + "-preview\"";
        if (matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(PREVIEW_CACHE).build();
        }
        byte[] png = previews.of(document, () -> document.getContent().getBytes())
                .orElseThrow(() -> new NotFoundException("No preview of document " + id));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).eTag(etag).cacheControl(PREVIEW_CACHE).body(png);
    }

    private StoredDocument readable(Long id, Authentication user) {
        StoredDocument document = documents.get(id);
        boolean allowed = policies.stream().filter(p -> p.owner() == document.getOwnerType())
                .anyMatch(p -> p.mayRead(document.getOwnerId(), user));
        if (!allowed) {
            throw new AccessDeniedException("Not your document");
        }
        return document;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }
}
