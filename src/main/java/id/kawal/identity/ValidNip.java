package id.kawal.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Bean Validation for a NIP field; the message says which part of the number is wrong. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidNip.Validator.class)
public @interface ValidNip {

    String message() default "{nip.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidNip, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Nip.problemWith(value).map(key -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
