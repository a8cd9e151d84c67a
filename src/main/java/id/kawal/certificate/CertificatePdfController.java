package id.kawal.certificate;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A certificate's PDF as the browser downloads it from a page; a refusal is an HTML error page. */
@Controller
public class CertificatePdfController {

    private final CertificateDownloads downloads;

    public CertificatePdfController(CertificateDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/certificates/{serial}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String serial, Authentication user) {
        return downloads.pdf(serial, user);
    }
}
