package id.kawal.system;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Input that passed the form's own checks but breaks a rule of the domain. Carries one message
 * (an i18n code with arguments) per field, so the page can show each next to its field and the
 * API can list them in its problem details.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, MessageSourceResolvable> fieldErrors;

    public InvalidInputException(String field, String code, Object... args) {
        this(Map.of(field, new DefaultMessageSourceResolvable(new String[] {code}, args, code)));
    }

    public InvalidInputException(Map<String, MessageSourceResolvable> fieldErrors) {
        super(fieldErrors.toString());
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
    }

    public Map<String, MessageSourceResolvable> getFieldErrors() {
        return fieldErrors;
    }
}
