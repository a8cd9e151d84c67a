package id.kawal.certificate;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether certificates are signed with the self-signed key Kawal generated itself
 * ({@code signingSelfSigned}), for the notice in {@code fragments/signing :: notice}.
 */
@ControllerAdvice(annotations = Controller.class)
public class SigningNoticeAdvice {

    private final SigningKeys keys;

    public SigningNoticeAdvice(SigningKeys keys) {
        this.keys = keys;
    }

    @ModelAttribute("signingSelfSigned")
    public boolean signingSelfSigned() {
        return keys.selfSigned();
    }
}
