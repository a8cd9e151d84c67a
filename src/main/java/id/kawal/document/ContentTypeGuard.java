package id.kawal.document;

import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Decides what an upload really is from its bytes (Tika's magic numbers), not from the name the
 * user gave it, and admits only the document kinds the process needs.
 */
@Component
public class ContentTypeGuard {

    /** Allowed media types, with the extension users know them by. */
    static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "PDF",
            "image/png", "PNG",
            "image/jpeg", "JPEG",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX");

    private final Tika tika = new Tika();

    /** The detected media type when it is allowed; empty when it is not. */
    public Optional<String> admit(byte[] bytes, String filename) {
        String detected = tika.detect(bytes, filename);
        return ALLOWED.containsKey(detected) ? Optional.of(detected) : Optional.empty();
    }

    public static String allowedList() {
        return String.join(", ", new java.util.TreeSet<>(ALLOWED.values()));
    }
}
