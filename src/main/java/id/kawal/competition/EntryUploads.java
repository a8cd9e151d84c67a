package id.kawal.competition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Entry files arrive as parts doc0, doc1, ... in the order of the competition's required document types. */
final class EntryUploads {

    private EntryUploads() {
    }

    static Map<String, List<MultipartFile>> byType(List<String> types, MultipartHttpServletRequest request) {
        Map<String, List<MultipartFile>> files = new LinkedHashMap<>();
        for (int i = 0; i < types.size(); i++) {
            List<MultipartFile> parts = request.getFiles("doc" + i).stream().filter(f -> !f.isEmpty()).toList();
            if (!parts.isEmpty()) {
                files.put(types.get(i), parts);
            }
        }
        return files;
    }
}
