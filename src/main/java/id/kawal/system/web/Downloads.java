package id.kawal.system.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file sent as an attachment, with its SHA-256 in a header so a client can check what it got. */
public final class Downloads {

    public static final String SHA256_HEADER = "X-Content-SHA256";

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(String filename, MediaType type, String sha256, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .header(SHA256_HEADER, sha256)
                .body(bytes);
    }
}
