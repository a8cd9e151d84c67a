package id.kawal.document;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/** A document as the browser downloads it from a page; a refusal is an HTML error page. */
@Controller
public class DocumentController {

    private final DocumentDownloads downloads;

    public DocumentController(DocumentDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable Long id, Authentication user) {
        return downloads.download(id, user);
    }

    /** A PNG of the document for the pages that show evidence: 404 when it has none (an Office file). */
    @GetMapping("/documents/{id}/preview")
    ResponseEntity<byte[]> preview(@PathVariable Long id, Authentication user,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return downloads.preview(id, user, ifNoneMatch);
    }
}
