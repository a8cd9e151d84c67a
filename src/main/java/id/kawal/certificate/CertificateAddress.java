package id.kawal.certificate;

import id.kawal.system.ConflictException;
import id.kawal.system.KawalProperties;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address a certificate's QR code points to: {@code kawal.base-url} + {@code /verify/{serial}}. A certificate never
 * changes once issued, so one issued under a wrong base URL carries a wrong address for good. Administrators are
 * warned on their home page when the base URL is this machine (the default {@code http://localhost:8080}) or differs
 * from the address they reach the app at; in the {@code prod} profile no certificate is issued while it is local.
 */
@Component
public class CertificateAddress {

    /** What is wrong with the base URL, seen from the address the app was reached at. */
    public enum Problem {
        /** it names this machine (localhost, a loopback address): nobody else can open it */
        LOCAL,
        /** it is not the address the administrator reached the app at */
        DIFFERS
    }

    private final String baseUrl;
    private final BooleanSupplier production;

    @Autowired
    public CertificateAddress(KawalProperties properties, Environment environment) {
        this(properties.baseUrl(), () -> environment.matchesProfiles("prod"));
    }

    CertificateAddress(String baseUrl, BooleanSupplier production) {
        this.baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        this.production = production;
    }

    /** {@code kawal.base-url} without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public String verifyUrl(String serial) {
        return baseUrl + "/verify/" + serial;
    }

    /** Whether the base URL names this machine, or no host at all. */
    public boolean isLocal() {
        String host = host(baseUrl);
        return host == null || host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                || host.equals("[::1]") || host.equals("::1") || host.equals("0.0.0.0");
    }

    /** What an administrator who reached the app at {@code reachedAt} should be told about the base URL, if anything. */
    public Optional<Problem> problemSeenFrom(String reachedAt) {
        if (isLocal()) {
            return Optional.of(Problem.LOCAL);
        }
        return normalised(baseUrl).equals(normalised(reachedAt)) ? Optional.empty() : Optional.of(Problem.DIFFERS);
    }

    /** Refuses (409) to issue a certificate in production while the base URL is local: its QR code would be useless. */
    public void requireIssuable() {
        if (production.getAsBoolean() && isLocal()) {
            throw new ConflictException("certificate.baseUrlLocal");
        }
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** scheme://host[:port]/path in lower case (but the path), without the default port or a trailing slash. */
    static String normalised(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            return scheme + "://" + (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT))
                    + (defaultPort ? "" : ":" + port) + path;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
