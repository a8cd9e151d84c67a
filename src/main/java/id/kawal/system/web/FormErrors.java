package id.kawal.system.web;

import id.kawal.system.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Puts a domain's objections next to the fields they concern: on the form object's own fields
 * through the binding result, on other inputs (such as file uploads) through {@code extraErrors}.
 */
public final class FormErrors {

    public static final String EXTRA_ERRORS = "extraErrors";

    private FormErrors() {
    }

    public static void apply(InvalidInputException e, BindingResult binding, Model model, MessageSource messages,
            Locale locale) {
        Map<String, String> extra = new LinkedHashMap<>();
        BeanWrapperImpl target = binding.getTarget() == null ? null : new BeanWrapperImpl(binding.getTarget());
        for (Map.Entry<String, MessageSourceResolvable> error : e.getFieldErrors().entrySet()) {
            String text = messages.getMessage(error.getValue(), locale);
            String field = error.getKey();
            if (target != null && isReadable(target, field)) {
                binding.rejectValue(field, "invalid", text);
            } else {
                extra.put(field, text);
            }
        }
        model.addAttribute(EXTRA_ERRORS, extra);
    }

    private static boolean isReadable(BeanWrapperImpl target, String field) {
        try {
            return target.isReadableProperty(field);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
