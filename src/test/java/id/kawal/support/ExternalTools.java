package id.kawal.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Programs from Debian packages that some tests drive (chromium and chromium-driver for the browser walks, poppler's
 * pdfsig, qpdf). On a machine without them {@code mvn verify} skips those tests with a notice that says what to
 * install; {@code .ci/run} installs them and sets {@value #REQUIRE}, so that in CI a missing program fails the build
 * instead of skipping quietly.
 */
public final class ExternalTools {

    /** The system property ({@code -Dkawal.require-tools=true}) that turns a missing program into a failure. */
    public static final String REQUIRE = "kawal.require-tools";

    private ExternalTools() {
    }

    /** Carries on when {@code program} is installed; otherwise skips the test with a notice, or fails it in CI. */
    public static void require(Path program, String debianPackage, String what) {
        if (Files.isExecutable(program)) {
            return;
        }
        String message = what + " needs " + program + ": apt-get install " + debianPackage + " (.ci/run installs it)";
        if (Boolean.getBoolean(REQUIRE)) {
            throw new IllegalStateException(message + "; with " + REQUIRE + "=true it may not be skipped");
        }
        System.out.println("NOTICE: skipped. " + message);
        Assumptions.abort(message);
    }
}
