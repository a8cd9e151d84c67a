package id.kawal.system.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/** How a problem detail names a field of a JSON body and the kind of value it expects. */
final class JsonFields {

    private JsonFields() {
    }

    /** The field as the API's own field errors name it: {@code milestones[0].dueDate}. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** What a value of this type looks like, in the user's language. */
    static String expected(Class<?> type, MessageSource messages, Locale locale) {
        if (type == null) {
            return messages.getMessage("api.json.type.other", null, locale);
        }
        if (type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
            return messages.getMessage("api.json.type.enum", new Object[] {values}, locale);
        }
        String kind = type == LocalDate.class ? "date" : type == LocalDateTime.class ? "dateTime"
                : Number.class.isAssignableFrom(type) || type == BigDecimal.class || type == int.class || type == long.class
                        || type == double.class ? "number"
                : type == Boolean.class || type == boolean.class ? "boolean"
                : type == String.class ? "text"
                : List.class.isAssignableFrom(type) || type.isArray() ? "list" : "other";
        return messages.getMessage("api.json.type." + kind, null, locale);
    }
}
