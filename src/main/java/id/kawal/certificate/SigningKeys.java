package id.kawal.certificate;

import id.kawal.system.KawalProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;
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
 * name, O = Kawal, valid 10 years, key usage digitalSignature + nonRepudiation) on first start and keeps it in
 * {@value #GENERATED_KEYSTORE} under {@code ./data/signing}, with its random password in
 * {@value #GENERATED_PASSWORD} next to it (both owner-only where the file system supports POSIX permissions). Later
 * starts reuse that keystore; it is never regenerated while present.
 * <p>
 * Problems (missing file, wrong password, unknown alias, ...) fail at start-up with an {@link IllegalStateException}
 * naming the setting to fix.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    /** Where the generated keystore lives when none is configured, relative to the working directory. */
    public static final Path DEFAULT_GENERATED_DIRECTORY = Path.of("data", "signing");
    public static final String GENERATED_KEYSTORE = "kawal-signing.p12";
    public static final String GENERATED_PASSWORD = "kawal-signing.password";
    static final String GENERATED_ALIAS = "kawal-signing";
    private static final int VALIDITY_YEARS = 10;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final PrivateKey privateKey;
    private final java.security.cert.Certificate[] chain;
    private final boolean selfSigned;
    private final Path location;

    /** From the application's configuration; a generated key goes to {@link #DEFAULT_GENERATED_DIRECTORY}. */
    @Autowired
    public SigningKeys(KawalProperties properties) {
        this(properties.signing(), DEFAULT_GENERATED_DIRECTORY);
    }

    /**
     * @param signing            the {@code kawal.signing} settings
     * @param generatedDirectory where to keep (or find) the generated keystore when {@code signing.keystore} is empty
     */
    public SigningKeys(KawalProperties.Signing signing, Path generatedDirectory) {
        if (signing.keystore() != null && !signing.keystore().isBlank()) {
            Path keystore = Path.of(signing.keystore().strip());
            Loaded loaded = loadConfigured(keystore, signing.password(), signing.alias());
            this.privateKey = loaded.key();
            this.chain = loaded.chain();
            this.selfSigned = false;
            this.location = keystore.toAbsolutePath();
            if (isSelfSigned(certificate())) {
                log.warn("The configured signing certificate ({}) is self-signed; readers cannot trust it "
                        + "unless they import it", certificate().getSubjectX500Principal().getName());
            }
        } else {
            Loaded loaded = loadOrGenerate(generatedDirectory, signerName(signing));
            this.privateKey = loaded.key();
            this.chain = loaded.chain();
            this.selfSigned = true;
            this.location = generatedDirectory.resolve(GENERATED_KEYSTORE).toAbsolutePath();
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

    /** The keystore the key came from (absolute). */
    public Path location() {
        return location;
    }

    // ------------------------------------------------------------------------------------------ configured

    private record Loaded(PrivateKey key, java.security.cert.Certificate[] chain) {
    }

    private static Loaded loadConfigured(Path keystore, String password, String alias) {
        if (!Files.isRegularFile(keystore)) {
            throw new IllegalStateException("Signing keystore " + keystore.toAbsolutePath()
                    + " (kawal.signing.keystore) does not exist or is not a file");
        }
        if (password == null) {
            throw new IllegalStateException("kawal.signing.password is not set for signing keystore "
                    + keystore.toAbsolutePath());
        }
        return load(keystore, password.toCharArray(), alias, "kawal.signing.password", "kawal.signing.alias");
    }

    private static Loaded load(Path keystore, char[] password, String alias, String passwordSetting,
            String aliasSetting) {
        KeyStore store;
        try (InputStream in = Files.newInputStream(keystore)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new IllegalStateException("Cannot open signing keystore " + keystore.toAbsolutePath()
                        + ": wrong password (" + passwordSetting + ")", e);
            }
            throw new IllegalStateException("Cannot read signing keystore " + keystore.toAbsolutePath()
                    + " (a PKCS#12 file is expected; is the password " + passwordSetting + " right?): "
                    + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read signing keystore " + keystore.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
        try {
            String entry = chooseAlias(store, alias, keystore, aliasSetting);
            Key key = store.getKey(entry, password);
            java.security.cert.Certificate[] chain = store.getCertificateChain(entry);
            if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0
                    || !(chain[0] instanceof X509Certificate)) {
                throw new IllegalStateException("Entry '" + entry + "' of signing keystore "
                        + keystore.toAbsolutePath() + " holds no private key with an X.509 certificate chain");
            }
            return new Loaded(privateKey, chain);
        } catch (UnrecoverableKeyException e) {
            throw new IllegalStateException("Cannot read the key in signing keystore " + keystore.toAbsolutePath()
                    + ": wrong password (" + passwordSetting + ")", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the key in signing keystore " + keystore.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    private static String chooseAlias(KeyStore store, String alias, Path keystore, String aliasSetting)
            throws GeneralSecurityException {
        List<String> keyAliases = Collections.list(store.aliases()).stream().filter(a -> isKeyEntry(store, a)).toList();
        if (alias != null && !alias.isBlank()) {
            String wanted = alias.strip();
            // PKCS#12 aliases are case-insensitive in the JDK
            return keyAliases.stream().filter(a -> a.equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Signing keystore " + keystore.toAbsolutePath()
                            + " has no key entry '" + wanted + "' (" + aliasSetting + "); key entries: " + keyAliases));
        }
        if (keyAliases.size() != 1) {
            throw new IllegalStateException("Signing keystore " + keystore.toAbsolutePath() + " holds "
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

    /** The generated keystore in {@code directory}, generated first when it does not exist yet. */
    private static Loaded loadOrGenerate(Path directory, String signerName) {
        Path keystore = directory.resolve(GENERATED_KEYSTORE);
        Path passwordFile = directory.resolve(GENERATED_PASSWORD);
        try {
            createOwnerOnlyDirectories(directory);
            // one process at a time: two instances starting together must not generate two different keys
            try (FileChannel lockFile = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                if (!Files.exists(keystore)) {
                    generate(keystore, passwordFile, signerName);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the signing key under " + directory.toAbsolutePath()
                    + " (or set kawal.signing.keystore): " + e.getMessage(), e);
        }
        if (!Files.isRegularFile(passwordFile)) {
            throw new IllegalStateException("Signing keystore " + keystore.toAbsolutePath() + " exists but its "
                    + "password file " + passwordFile.toAbsolutePath() + " is missing; restore it, or move the "
                    + "keystore away to have a new key generated");
        }
        char[] password;
        try {
            password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + passwordFile.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return load(keystore, password, GENERATED_ALIAS, passwordFile.toAbsolutePath().toString(), "generated alias");
    }

    private static void generate(Path keystore, Path passwordFile, String signerName) throws IOException {
        String password = randomPassword();
        byte[] p12;
        X509Certificate certificate;
        try {
            // ECDSA P-256: as strong as RSA-3072 and many times cheaper to sign with, which matters in bulk issuance
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            certificate = selfSignedCertificate(pair, signerName);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(GENERATED_ALIAS, pair.getPrivate(), password.toCharArray(),
                    new java.security.cert.Certificate[] {certificate});
            var bytes = new java.io.ByteArrayOutputStream();
            store.store(bytes, password.toCharArray());
            p12 = bytes.toByteArray();
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot generate a signing key: " + e.getMessage(), e);
        }
        // the password first: a keystore never exists without it (a crash in between only leaves a stale password,
        // overwritten by the next generation)
        writeOwnerOnly(passwordFile, (password + "\n").getBytes(StandardCharsets.UTF_8), true);
        writeOwnerOnly(keystore, p12, false);
        log.warn("No signing keystore configured (kawal.signing.keystore): generated a SELF-SIGNED signing key for "
                + "certificates, subject '{}', serial {}, valid until {}, in {} (password in {}). Readers cannot "
                + "trust it; configure an official key for production.", certificate.getSubjectX500Principal().getName(),
                certificate.getSerialNumber().toString(16), certificate.getNotAfter().toInstant(),
                keystore.toAbsolutePath(), passwordFile.toAbsolutePath());
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

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void createOwnerOnlyDirectories(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
        } else {
            Files.createDirectories(directory);
        }
    }

    /** Writes {@code target} through a temporary file and a move, owner-only where POSIX permissions exist. */
    private static void writeOwnerOnly(Path target, byte[] content, boolean replace) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        FileAttribute<?>[] attributes = posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(directory, target.getFileName().toString(), ".tmp", attributes);
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC)) {
                out.write(content);
            }
            StandardCopyOption[] options = replace
                    ? new StandardCopyOption[] {StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING}
                    : new StandardCopyOption[] {StandardCopyOption.ATOMIC_MOVE};
            try {
                Files.move(temporary, target, options);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, Arrays.stream(options)
                        .filter(o -> o != StandardCopyOption.ATOMIC_MOVE).toArray(StandardCopyOption[]::new));
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException(target + " appeared while generating the signing key; start again", e);
        } finally {
            Files.deleteIfExists(temporary);
        }
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
