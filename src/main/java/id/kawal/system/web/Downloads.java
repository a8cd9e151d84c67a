package id.kawal.system.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file sent as an attachment, with its SHA-256 in a header so a client can check what it got. */
public final class Downloads {

    public static final String SHA256_HEADER = "X-Content-SHA256";

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {
    }

    /** A spreadsheet as CSV (UTF-8), to be saved under {@code filename}. */
    public static ResponseEntity<String> csv(String filename, String csv) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(csv);
    }

    /** A spreadsheet as XLSX (Office Open XML), to be saved under {@code filename}. */
    public static ResponseEntity<byte[]> xlsx(String filename, byte[] xlsx) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(xlsx);
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
