package id.kawal.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The free text of a form the user sent (a comment, a report, a reason), kept for the page that says their step could
 * not be saved, so that what they wrote is not lost with it.
 *
 * @param field the form field's own name (its last part: {@code comment} for {@code scores[0].comment})
 */
record KeptText(String field, String text) {

    /** The fields whose text a user writes by hand; everything else in a form (ids, choices, tokens) is not kept. */
    static final Set<String> FREE_TEXT = Set.of("comment", "text", "reason", "problemStatement", "objectives", "summary", "title");

    static List<KeptText> of(HttpServletRequest request) {
        List<KeptText> kept = new ArrayList<>();
        if (!"POST".equals(request.getMethod())) {
            return kept;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            String field = name.substring(name.lastIndexOf('.') + 1);
            if (!FREE_TEXT.contains(field)) {
                continue;
            }
            for (String value : parameter.getValue()) {
                if (value != null && !value.isBlank()) {
                    kept.add(new KeptText(field, value));
                }
            }
        }
        return kept;
    }
}
