package id.kawal.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The address one's notifications are e-mailed to: empty for none. The page and the API ({@code PUT /api/me/email},
 * {@code {"email": "..."}}) bind it alike.
 */
public class EmailForm {

    /**
     * Empty, or a name, an @ and a domain with a dot: what a mail server can deliver to, not merely what the RFC
     * allows. Every form that takes an address checks it with this and {@code @Email}.
     */
    public static final String DELIVERABLE = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    @Email(message = "{email.format}")
    @Pattern(regexp = DELIVERABLE, message = "{email.format}")
    @Size(max = 254, message = "{field.tooLong}")
    private String email;

    public EmailForm() {
    }

    public EmailForm(String email) {
        setEmail(email);
    }

    public String getEmail() {
        return email;
    }

    /** Spaces around a pasted address are not part of it. */
    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }
}
