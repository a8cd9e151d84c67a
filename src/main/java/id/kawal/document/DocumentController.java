package id.kawal.document;

import id.kawal.web.Downloads;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of uploaded documents, for the people allowed to see what the document belongs to. */
@RestController
public class DocumentController {

    private final DocumentService documents;
    private final List<DocumentAccessPolicy> policies;

    public DocumentController(DocumentService documents, List<DocumentAccessPolicy> policies) {
        this.documents = documents;
        this.policies = policies;
    }

    @GetMapping({"/documents/{id}", "/api/documents/{id}"})
    ResponseEntity<byte[]> download(@PathVariable Long id, Authentication user) {
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
