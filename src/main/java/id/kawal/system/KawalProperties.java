package id.kawal.system;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Everything an operator may set under {@code kawal.*}, with defaults that work out of the box. */
@ConfigurationProperties("kawal")
public record KawalProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue ActionPlan actionPlan,
        @DefaultValue Documents documents,
        @DefaultValue Certificate certificate,
        @DefaultValue Demo demo,
        @DefaultValue Admin admin,
        @DefaultValue Signing signing,
        @DefaultValue Database database,
        @DefaultValue Verify verify,
        @DefaultValue Mail mail) {

    /**
     * Notifications by e-mail, on only when an SMTP server is set ({@code spring.mail.host}).
     *
     * @param from        sender address of the e-mails
     * @param sendEvery   pause between two rounds of the outbox sender
     * @param maxAttempts attempts (1, 2, 4 ... minutes apart) before an e-mail is given up and logged
     */
    public record Mail(@DefaultValue("Kawal <kawal@localhost>") String from,
            @DefaultValue("30s") Duration sendEvery,
            @DefaultValue("8") int maxAttempts) {
    }

    /**
     * @param escalationDays days after a milestone's due date before it is escalated to the administrator
     * @param dueDays        days a task may stay open, by task id of the model; tasks not named use {@code default}
     * @param reviewDays     days a mentor or coach may take over a review before they are reminded; twice as many
     *                       days and the administrators are told
     */
    public record ActionPlan(@DefaultValue("7") int escalationDays,
            @DefaultValue({}) Map<String, Integer> dueDays,
            @DefaultValue("5") int reviewDays) {

        public int dueDaysOf(String taskKey) {
            return dueDays.getOrDefault(taskKey, dueDays.getOrDefault("default", 7));
        }
    }

    public record Documents(@DefaultValue("10MB") DataSize maxSize) {
    }

    public record Certificate(@DefaultValue("Penyelenggara Pelatihan") String issuerName,
            @DefaultValue("Kepala") String issuerTitle) {
    }

    /** The demo (accounts with the password {@code demo}): on only in the {@code demo} profile. */
    public record Demo(@DefaultValue("false") boolean enabled) {
    }

    /** The first administrator, created at start-up when no administrator exists (everywhere but the demo). */
    public record Admin(@DefaultValue("admin") String username, String password) {
    }

    /**
     * The key that signs certificates (PAdES).
     *
     * @param keystore   path of a PKCS#12 keystore holding the signing key and its certificate chain; empty: Kawal
     *                   generates a self-signed key on first start under {@code ./data/signing} and reuses it
     * @param password   password of that keystore (and of its key)
     * @param alias      alias of the key entry; may be empty when the keystore holds exactly one key
     * @param signerName name shown as the signer (signature dictionary and visible signature block); also the CN of
     *                   a generated certificate
     * @param reason     reason recorded in the signature
     * @param location   location recorded in the signature
     */
    public record Signing(String keystore, String password, String alias,
            @DefaultValue("Kawal") String signerName,
            @DefaultValue("Penerbitan sertifikat") String reason,
            @DefaultValue("Kota Pekalongan") String location) {
    }

    /**
     * How Kawal meets its database at start-up.
     *
     * @param startupWait how long to wait for an unreachable database (a server still starting, a network not yet
     *                    up) before refusing to start; zero tries once
     * @param migrate     whether Kawal runs the schema migrations (Liquibase) itself; false: it only checks that the
     *                    database has exactly the migrations of this build and refuses to start otherwise
     */
    public record Database(@DefaultValue("2m") Duration startupWait, @DefaultValue("true") boolean migrate) {
    }

    /**
     * The check of uploaded PDFs that anyone may run without logging in ({@code POST /verify},
     * {@code POST /api/public/verify}).
     *
     * @param maxSize    the largest file it takes
     * @param checks     how many checks one client address may make in each {@code per}
     * @param per        the window {@code checks} counts in
     * @param maxClients how many client addresses are counted at once; under a flood of addresses the least recently
     *                   seen are forgotten first, so memory stays bounded
     */
    public record Verify(@DefaultValue("10MB") DataSize maxSize, @DefaultValue("10") int checks,
            @DefaultValue("1m") Duration per, @DefaultValue("100000") int maxClients) {
    }
}
