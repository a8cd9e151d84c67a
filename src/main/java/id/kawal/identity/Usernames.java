package id.kawal.identity;

import java.util.regex.Pattern;

/**
 * The one rule for usernames, applied by the forms, the CSV enrolment and the engine's identity store
 * ({@link EngineIdentityRules}): 3 to 64 lower-case letters, digits, dots, underscores or hyphens, so that
 * {@code peserta.baru} is as good as {@code peserta1}. 64 is the width of the engine's user id column.
 */
public final class Usernames {

    public static final String PATTERN = "[a-z0-9._-]{3,64}";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Usernames() {
    }

    public static boolean isValid(String username) {
        return username != null && COMPILED.matcher(username).matches();
    }
}
