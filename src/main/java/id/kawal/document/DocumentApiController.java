package id.kawal.document;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A document through the API; a refusal is a problem detail. */
@RestController
public class DocumentApiController {

    private final DocumentDownloads downloads;

    public DocumentApiController(DocumentDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/api/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable Long id, Authentication user) {
        return downloads.download(id, user);
    }
}
