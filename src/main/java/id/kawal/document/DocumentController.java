package id.kawal.document;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
}
