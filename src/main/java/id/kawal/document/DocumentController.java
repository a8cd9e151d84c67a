package id.kawal.document;

import id.kawal.actionplan.ActionPlanAccess;
import id.kawal.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of uploaded documents, for the people of the action plan they belong to. */
@RestController
public class DocumentController {

    private final DocumentService documents;
    private final ActionPlanAccess access;

    public DocumentController(DocumentService documents, ActionPlanAccess access) {
        this.documents = documents;
        this.access = access;
    }

    @GetMapping({"/documents/{id}", "/api/documents/{id}"})
    ResponseEntity<byte[]> download(@PathVariable Long id, Authentication user) {
        StoredDocument document = documents.get(id);
        access.viewable(document.getActionPlanId(), user);
        return Downloads.attachment(document.getFilename(), MediaType.parseMediaType(document.getContentType()),
                document.getSha256(), documents.bytesOf(id));
    }
}
