package id.kawal.certificate;

import org.springframework.context.MessageSourceResolvable;

/** An anonymous verification check refused before it starts; the message is an i18n code with its arguments. */
public class VerificationRefused extends RuntimeException implements MessageSourceResolvable {

    public enum Reason {
        TOO_LARGE(413, "verify.tooLarge"),
        TOO_MANY_CHECKS(429, "verify.tooManyChecks");

        final int status;
        final String code;

        Reason(int status, String code) {
            this.status = status;
            this.code = code;
        }
    }

    private final Reason reason;
    private final long retryAfterSeconds;
    private final Object[] arguments;

    VerificationRefused(Reason reason, long retryAfterSeconds, Object... arguments) {
        super(reason.code);
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
        this.arguments = arguments;
    }

    /** 413 or 429. */
    public int status() {
        return reason.status;
    }

    /** For a {@code Retry-After} header: seconds until the client may check again; 0 when waiting does not help. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public String[] getCodes() {
        return new String[] {reason.code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return reason.code;
    }
}
