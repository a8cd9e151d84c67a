package id.kawal.certificate;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The certificates Kawal signs with, now and before (table {@code signing_certificate}): a signature counts as
 * Kawal's only when it was made by one of them. The current one is recorded at start-up, whether it was just
 * generated or loaded from a keystore, and none is ever forgotten, so a key change does not turn the certificates
 * issued before it into strangers. Every node records the same certificate; the second insert loses quietly.
 */
@Component
public class SigningCertificates {

    /** A signing certificate of Kawal, by the SHA-256 of its DER encoding (lower-case hex). */
    public record Known(String fingerprint, String subject, Instant notBefore, Instant notAfter, Instant firstUsedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public SigningCertificates(JdbcTemplate jdbc, Clock clock, SigningKeys keys) {
        this.jdbc = jdbc;
        this.clock = clock;
        remember(keys.certificate());
    }

    /** Records {@code certificate} as one Kawal signs with, unless it is recorded already. */
    public void remember(X509Certificate certificate) {
        String fingerprint = fingerprint(certificate);
        if (find(fingerprint).isPresent()) {
            return;
        }
        try {
            jdbc.update("insert into signing_certificate (fingerprint, subject, serial_number, not_before, not_after, "
                    + "certificate, first_used_at) values (?, ?, ?, ?, ?, ?, ?)", fingerprint,
                    certificate.getSubjectX500Principal().getName(), certificate.getSerialNumber().toString(16),
                    Timestamp.from(certificate.getNotBefore().toInstant()), Timestamp.from(certificate.getNotAfter().toInstant()),
                    certificate.getEncoded(), Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            // another node recorded it at the same moment
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encode the signing certificate", e);
        }
    }

    /** The Kawal signing certificate with this fingerprint, if Kawal ever signed with it. */
    public Optional<Known> find(String fingerprint) {
        return jdbc.query("select fingerprint, subject, not_before, not_after, first_used_at from signing_certificate "
                + "where fingerprint = ?", (rs, i) -> new Known(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()),
                fingerprint).stream().findFirst();
    }

    /** The SHA-256 of the certificate's DER encoding, lower-case hex. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot take the fingerprint of a certificate", e);
        }
    }
}
