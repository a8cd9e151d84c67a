package id.kawal.competition;

import id.kawal.document.DocumentService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Entry files arrive as parts doc0, doc1, ... in the order of the competition's required document types; an input
 * left empty is no file, an empty file the user chose is kept so that it is refused with a message.
 */
final class EntryUploads {

    private EntryUploads() {
    }

    static Map<String, List<MultipartFile>> byType(List<String> types, MultipartHttpServletRequest request) {
        Map<String, List<MultipartFile>> files = new LinkedHashMap<>();
        for (int i = 0; i < types.size(); i++) {
            List<MultipartFile> parts = request.getFiles("doc" + i).stream().filter(f -> !DocumentService.noFileChosen(f)).toList();
            if (!parts.isEmpty()) {
                files.put(types.get(i), parts);
            }
        }
        return files;
    }
}
