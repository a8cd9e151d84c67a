package id.kawal.document;

import id.kawal.system.web.Downloads;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An uploaded document as a download, for the people allowed to see what it belongs to (403 for the others). */
@Component
class DocumentDownloads {

    private final DocumentService documents;
    private final List<DocumentAccessPolicy> policies;

    DocumentDownloads(DocumentService documents, List<DocumentAccessPolicy> policies) {
        this.documents = documents;
        this.policies = policies;
    }

    @Transactional(readOnly = true)
    ResponseEntity<byte[]> download(Long id, Authentication user) {
        StoredDocument document = documents.get(id);
        boolean allowed = policies.stream().filter(p -> p.owner() == document.getOwnerType())
                .anyMatch(p -> p.mayRead(document.getOwnerId(), user));
        if (!allowed) {
            throw new AccessDeniedException("Not your document");
        }
        return Downloads.attachment(document.getFilename(), MediaType.parseMediaType(document.getContentType()),
                document.getSha256(), documents.bytesOf(id));
    }
}
