package id.kawal.certificate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Date;
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

/**
 * The key Kawal makes for itself when no official keystore is configured: a self-signed ECDSA P-256 certificate
 * (CN = the signer name, O = Kawal, valid 10 years, key usage digitalSignature + nonRepudiation), generated once and
 * kept in a {@link GeneratedKeyStore} that every node shares; later starts, and the other nodes, reuse it.
 */
final class GeneratedSigningKey {

    // under SigningKeys's name, as before this class was split from it, so that log settings keep applying
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    static final String ALIAS = "kawal-signing";
    private static final int VALIDITY_YEARS = 10;

    private GeneratedSigningKey() {
    }

    /** The generated key in {@code store}, generated first when it does not exist yet. */
    static SigningKey loadOrGenerate(GeneratedKeyStore store, String signerName) {
        GeneratedKeyStore.Stored stored = store.load().orElseGet(() -> {
            GeneratedKeyStore.Stored candidate = generate(signerName);
            GeneratedKeyStore.Stored kept = store.storeIfAbsent(candidate);
            if (kept == candidate) {
                X509Certificate certificate = read(kept, store.describe()).certificate();
                log.warn("No signing keystore configured (kawal.signing.keystore): generated a SELF-SIGNED signing key for "
                        + "certificates, subject '{}', serial {}, valid until {}, kept in {}. Readers cannot "
                        + "trust it; configure an official key for production.", certificate.getSubjectX500Principal().getName(),
                        certificate.getSerialNumber().toString(16), certificate.getNotAfter().toInstant(), store.describe());
            }
            return kept;
        });
        return read(stored, store.describe());
    }

    private static SigningKey read(GeneratedKeyStore.Stored stored, String where) {
        return SigningKey.fromPkcs12(new ByteArrayInputStream(stored.pkcs12()), where, stored.password().toCharArray(),
                ALIAS, "the generated password", "generated alias");
    }

    private static GeneratedKeyStore.Stored generate(String signerName) {
        String password = randomPassword();
        try {
            // ECDSA P-256: as strong as RSA-3072 and many times cheaper to sign with, which matters in bulk issuance
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X509Certificate certificate = selfSignedCertificate(pair, signerName);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, pair.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
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
        Date notAfter = Date.from(ZonedDateTime.ofInstant(now, ZoneOffset.UTC).plusYears(VALIDITY_YEARS).toInstant());
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
}
