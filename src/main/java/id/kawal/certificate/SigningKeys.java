package id.kawal.certificate;

import id.kawal.system.KawalProperties;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The key and certificate that sign certificates (see {@link CertificateSigner}).
 * <p>
 * With {@code kawal.signing.keystore} set, the key comes from that PKCS#12 file ({@code kawal.signing.password},
 * {@code kawal.signing.alias}). Without it, Kawal generates a self-signed ECDSA P-256 certificate (CN = the signer
 * name, O = Kawal, valid 10 years, key usage digitalSignature + nonRepudiation) on the first start and keeps it in a
 * {@link GeneratedKeyStore}: in the application that is the database ({@link DatabaseGeneratedKeyStore}), so every
 * node of a cluster signs with the same key, generated once even when nodes start together. Later starts reuse it;
 * it is never regenerated while present.
 * <p>
 * Problems (missing file, wrong password, unknown alias, ...) fail at start-up with an {@link IllegalStateException}
 * naming the setting to fix.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    public static final String GENERATED_KEYSTORE = FileGeneratedKeyStore.KEYSTORE;
    public static final String GENERATED_PASSWORD = FileGeneratedKeyStore.PASSWORD;
    static final String GENERATED_ALIAS = "kawal-signing";
    private static final int VALIDITY_YEARS = 10;

    private final PrivateKey privateKey;
    private final java.security.cert.Certificate[] chain;
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
            Loaded loaded = loadConfigured(keystore, signing.password(), signing.alias());
            this.privateKey = loaded.key();
            this.chain = loaded.chain();
            this.selfSigned = false;
            this.location = keystore.toString();
            if (isSelfSigned(certificate())) {
                log.warn("The configured signing certificate ({}) is self-signed; readers cannot trust it "
                        + "unless they import it", certificate().getSubjectX500Principal().getName());
            }
        } else {
            Loaded loaded = loadOrGenerate(generated, signerName(signing));
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
    public java.security.cert.Certificate[] chain() {
        return chain.clone();
    }

    /** Where the key came from: the configured keystore's absolute path, or where the generated one is kept. */
    public String location() {
        return location;
    }

    // ------------------------------------------------------------------------------------------ configured

    private record Loaded(PrivateKey key, java.security.cert.Certificate[] chain) {
    }

    private static Loaded loadConfigured(Path keystore, String password, String alias) {
        if (!Files.isRegularFile(keystore)) {
            throw new IllegalStateException("Signing keystore " + keystore
                    + " (kawal.signing.keystore) does not exist or is not a file");
        }
        if (password == null) {
            throw new IllegalStateException("kawal.signing.password is not set for signing keystore "
                    + keystore);
        }
        try (InputStream in = Files.newInputStream(keystore)) {
            return load(in, keystore.toString(), password.toCharArray(), alias,
                    "kawal.signing.password", "kawal.signing.alias");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read signing keystore " + keystore + ": "
                    + e.getMessage(), e);
        }
    }

    private static Loaded load(InputStream in, String keystore, char[] password, String alias, String passwordSetting,
            String aliasSetting) {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new IllegalStateException("Cannot open signing keystore " + keystore
                        + ": wrong password (" + passwordSetting + ")", e);
            }
            throw new IllegalStateException("Cannot read signing keystore " + keystore
                    + " (a PKCS#12 file is expected; is the password " + passwordSetting + " right?): "
                    + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read signing keystore " + keystore + ": "
                    + e.getMessage(), e);
        }
        try {
            String entry = chooseAlias(store, alias, keystore, aliasSetting);
            Key key = store.getKey(entry, password);
            java.security.cert.Certificate[] chain = store.getCertificateChain(entry);
            if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0
                    || !(chain[0] instanceof X509Certificate)) {
                throw new IllegalStateException("Entry '" + entry + "' of signing keystore "
                        + keystore + " holds no private key with an X.509 certificate chain");
            }
            return new Loaded(privateKey, chain);
        } catch (UnrecoverableKeyException e) {
            throw new IllegalStateException("Cannot read the key in signing keystore " + keystore
                    + ": wrong password (" + passwordSetting + ")", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the key in signing keystore " + keystore
                    + ": " + e.getMessage(), e);
        }
    }

    private static String chooseAlias(KeyStore store, String alias, String keystore, String aliasSetting)
            throws GeneralSecurityException {
        List<String> keyAliases = Collections.list(store.aliases()).stream().filter(a -> isKeyEntry(store, a)).toList();
        if (alias != null && !alias.isBlank()) {
            String wanted = alias.strip();
            // PKCS#12 aliases are case-insensitive in the JDK
            return keyAliases.stream().filter(a -> a.equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Signing keystore " + keystore
                            + " has no key entry '" + wanted + "' (" + aliasSetting + "); key entries: " + keyAliases));
        }
        if (keyAliases.size() != 1) {
            throw new IllegalStateException("Signing keystore " + keystore + " holds "
                    + keyAliases.size() + " keys " + keyAliases + ": set " + aliasSetting + " to choose one");
        }
        return keyAliases.get(0);
    }

    private static boolean isKeyEntry(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------- generated

    private static String signerName(KawalProperties.Signing signing) {
        return signing.signerName() == null || signing.signerName().isBlank() ? "Kawal" : signing.signerName().strip();
    }

    /** The generated keystore in {@code store}, generated first when it does not exist yet. */
    private static Loaded loadOrGenerate(GeneratedKeyStore store, String signerName) {
        GeneratedKeyStore.Stored stored = store.load().orElseGet(() -> {
            GeneratedKeyStore.Stored candidate = generate(signerName);
            GeneratedKeyStore.Stored kept = store.storeIfAbsent(candidate);
            if (kept == candidate) {
                X509Certificate certificate = (X509Certificate) load(kept, store.describe()).chain()[0];
                log.warn("No signing keystore configured (kawal.signing.keystore): generated a SELF-SIGNED signing key for "
                        + "certificates, subject '{}', serial {}, valid until {}, kept in {}. Readers cannot "
                        + "trust it; configure an official key for production.", certificate.getSubjectX500Principal().getName(),
                        certificate.getSerialNumber().toString(16), certificate.getNotAfter().toInstant(), store.describe());
            }
            return kept;
        });
        return load(stored, store.describe());
    }

    private static Loaded load(GeneratedKeyStore.Stored stored, String where) {
        return load(new java.io.ByteArrayInputStream(stored.pkcs12()), where, stored.password().toCharArray(),
                GENERATED_ALIAS, "the generated password", "generated alias");
    }

    private static GeneratedKeyStore.Stored generate(String signerName) {
        String password = randomPassword();
        try {
            // ECDSA P-256: as strong as RSA-3072 and many times cheaper to sign with, which matters in bulk issuance
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X509Certificate certificate = selfSignedCertificate(pair, signerName);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(GENERATED_ALIAS, pair.getPrivate(), password.toCharArray(),
                    new java.security.cert.Certificate[] {certificate});
            var bytes = new java.io.ByteArrayOutputStream();
            store.store(bytes, password.toCharArray());
            return new GeneratedKeyStore.Stored(bytes.toByteArray(), password);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot generate a signing key: " + e.getMessage(), e);
        }
    }

    static X509Certificate selfSignedCertificate(KeyPair pair, String signerName)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Kawal")
                .addRDN(BCStyle.CN, signerName).build();
        Instant now = Instant.now();
        Date notBefore = Date.from(now.minus(Duration.ofHours(1)));
        Date notAfter = Date.from(ZonedDateTime.ofInstant(now, java.time.ZoneOffset.UTC).plusYears(VALIDITY_YEARS)
                .toInstant());
        BigInteger serial = new BigInteger(127, new SecureRandom()).setBit(126); // positive, 16 bytes
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial, notBefore, notAfter,
                subject, pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                extensions.createSubjectKeyIdentifier(pair.getPublic()));
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                extensions.createAuthorityKeyIdentifier(pair.getPublic()));
        X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder(
                "EC".equals(pair.getPrivate().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA").build(pair.getPrivate()));
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
