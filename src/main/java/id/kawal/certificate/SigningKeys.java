package id.kawal.certificate;

import id.kawal.system.KawalProperties;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The key and certificate that sign certificates (see {@link CertificateSigner}), and which of two it is.
 * <p>
 * With {@code kawal.signing.keystore} set, the key comes from that PKCS#12 file ({@code kawal.signing.password},
 * {@code kawal.signing.alias}; see {@link ConfiguredSigningKey}). Without it, Kawal generates a self-signed ECDSA
 * P-256 certificate (CN = the signer name, O = Kawal, valid 10 years, key usage digitalSignature + nonRepudiation) on
 * the first start and keeps it in a {@link GeneratedKeyStore} (see {@link GeneratedSigningKey}): in the application
 * that is the database ({@link DatabaseGeneratedKeyStore}), so every node of a cluster signs with the same key,
 * generated once even when nodes start together. Later starts reuse it; it is never regenerated while present.
 * <p>
 * Problems (missing file, wrong password, unknown alias, ...) fail at start-up with an {@link IllegalStateException}
 * naming the setting to fix.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    public static final String GENERATED_KEYSTORE = FileGeneratedKeyStore.KEYSTORE;
    public static final String GENERATED_PASSWORD = FileGeneratedKeyStore.PASSWORD;

    private final PrivateKey privateKey;
    private final Certificate[] chain;
    private final boolean selfSigned;
    private final String location;

    /** From the application's configuration; a generated key is kept in the database. */
    @Autowired
    public SigningKeys(KawalProperties properties, DatabaseGeneratedKeyStore generated) {
        this(properties.signing(), generated);
    }

    /**
     * @param signing            the {@code kawal.signing} settings
     * @param generatedDirectory where to keep (or find) the generated keystore when {@code signing.keystore} is empty
     */
    public SigningKeys(KawalProperties.Signing signing, Path generatedDirectory) {
        this(signing, new FileGeneratedKeyStore(generatedDirectory));
    }

    /**
     * @param signing   the {@code kawal.signing} settings
     * @param generated where to keep (or find) the generated keystore when {@code signing.keystore} is empty
     */
    public SigningKeys(KawalProperties.Signing signing, GeneratedKeyStore generated) {
        if (signing.keystore() != null && !signing.keystore().isBlank()) {
            Path keystore = Path.of(signing.keystore().strip()).toAbsolutePath();
            SigningKey loaded = ConfiguredSigningKey.load(keystore, signing.password(), signing.alias());
            this.privateKey = loaded.key();
            this.chain = loaded.chain();
            this.selfSigned = false;
            this.location = keystore.toString();
            if (isSelfSigned(certificate())) {
                log.warn("The configured signing certificate ({}) is self-signed; readers cannot trust it "
                        + "unless they import it", certificate().getSubjectX500Principal().getName());
            }
        } else {
            SigningKey loaded = GeneratedSigningKey.loadOrGenerate(generated, signerName(signing));
            this.privateKey = loaded.key();
            this.chain = loaded.chain();
            this.selfSigned = true;
            this.location = generated.describe();
        }
        warnIfNotCurrentlyValid(certificate());
    }

    /**
     * True when Kawal signs with the self-signed key it generated itself because no {@code kawal.signing.keystore}
     * is configured (readers cannot trust such signatures without importing the certificate).
     */
    public boolean selfSigned() {
        return selfSigned;
    }

    /** The signing certificate (the first of {@link #chain()}). */
    public X509Certificate certificate() {
        return (X509Certificate) chain[0];
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The signing certificate followed by its issuers, as stored in the keystore. */
    public Certificate[] chain() {
        return chain.clone();
    }

    /** Where the key came from: the configured keystore's absolute path, or where the generated one is kept. */
    public String location() {
        return location;
    }

    private static String signerName(KawalProperties.Signing signing) {
        return signing.signerName() == null || signing.signerName().isBlank() ? "Kawal" : signing.signerName().strip();
    }

    // --------------------------------------------------------------------------------------------- checks

    static boolean isSelfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void warnIfNotCurrentlyValid(X509Certificate certificate) {
        try {
            certificate.checkValidity();
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            log.warn("The signing certificate {} is not valid now (valid {} to {}); signatures will not be trusted",
                    certificate.getSubjectX500Principal().getName(), certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant());
        }
    }
}
