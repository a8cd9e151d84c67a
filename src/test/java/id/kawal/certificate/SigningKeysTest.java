package id.kawal.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kawal.system.KawalProperties;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    private static KawalProperties.Signing generated() {
        return new KawalProperties.Signing(null, null, null, "Kawal", "Penerbitan sertifikat", "Kota Pekalongan");
    }

    private static KawalProperties.Signing configured(Path keystore, String password, String alias) {
        return new KawalProperties.Signing(keystore.toString(), password, alias, "Kawal", "r", "l");
    }

    @Test
    void withoutAKeystoreASelfSignedKeyIsGeneratedOnceAndReused() throws Exception {
        Path signing = dir.resolve("data").resolve("signing");

        SigningKeys first = new SigningKeys(generated(), signing);

        Path keystore = signing.resolve(SigningKeys.GENERATED_KEYSTORE);
        Path password = signing.resolve(SigningKeys.GENERATED_PASSWORD);
        assertThat(keystore).isRegularFile();
        assertThat(password).isRegularFile();
        assertThat(Files.readString(password).strip()).hasSizeGreaterThanOrEqualTo(40);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore))).isEqualTo("rw-------");
        }
        assertThat(first.selfSigned()).isTrue();
        assertThat(first.location()).startsWith(keystore.toAbsolutePath().toString());
        var certificate = first.certificate();
        assertThat(certificate.getSubjectX500Principal()).isEqualTo(certificate.getIssuerX500Principal());
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=Kawal,O=Kawal");
        certificate.verify(certificate.getPublicKey());
        assertThat(((ECPublicKey) certificate.getPublicKey()).getParams().getCurve().getField().getFieldSize())
                .isEqualTo(256);
        assertThat(certificate.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(certificate.getKeyUsage()[1]).as("nonRepudiation").isTrue();
        assertThat(certificate.getKeyUsage()[5]).as("keyCertSign").isFalse();
        assertThat(certificate.getNotAfter().toInstant())
                .isAfter(Instant.now().plus(3650 - 3, ChronoUnit.DAYS))
                .isBefore(Instant.now().plus(3653 + 1, ChronoUnit.DAYS));
        assertThat(first.chain()).hasSize(1);
        assertThat(first.privateKey().getAlgorithm()).isEqualTo("EC");
        byte[] stored = Files.readAllBytes(keystore);

        SigningKeys second = new SigningKeys(generated(), signing);

        assertThat(second.selfSigned()).isTrue();
        assertThat(second.certificate().getSerialNumber()).isEqualTo(certificate.getSerialNumber());
        assertThat(second.certificate()).isEqualTo(certificate);
        assertThat(Files.readAllBytes(keystore)).as("not regenerated").isEqualTo(stored);
    }

    @Test
    void aGeneratedKeystoreWithoutItsPasswordFileIsNotSilentlyReplaced() throws Exception {
        Path signing = dir.resolve("signing");
        new SigningKeys(generated(), signing);
        byte[] stored = Files.readAllBytes(signing.resolve(SigningKeys.GENERATED_KEYSTORE));
        Files.delete(signing.resolve(SigningKeys.GENERATED_PASSWORD));

        assertThatThrownBy(() -> new SigningKeys(generated(), signing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(SigningKeys.GENERATED_PASSWORD).hasMessageContaining("missing");
        assertThat(Files.readAllBytes(signing.resolve(SigningKeys.GENERATED_KEYSTORE))).isEqualTo(stored);
    }

    @Test
    void aConfiguredKeystoreIsLoadedWithItsAliasAndPassword() throws Exception {
        Path p12 = twoKeyKeystore("s3cret-Pass");

        SigningKeys keys = new SigningKeys(configured(p12, "s3cret-Pass", "official"), dir.resolve("unused"));

        assertThat(keys.selfSigned()).isFalse();
        assertThat(keys.certificate().getSubjectX500Principal().getName()).contains("CN=Pejabat Resmi");
        assertThat(keys.privateKey().getAlgorithm()).isEqualTo("EC");
        assertThat(keys.location()).isEqualTo(p12.toAbsolutePath().toString());
        assertThat(dir.resolve("unused")).doesNotExist();

        // and an EC key signs too
        Calendar now = GregorianCalendar.getInstance();
        byte[] signed = new CertificateSigner(keys).sign(new CertificateRenderer().render(CertificateRendererTest.sample()),
                "Pejabat Resmi", "Penerbitan sertifikat", "Kota Pekalongan", now);
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
                    signature.getContents(signed));
            assertThat(CertificateSignatureTest.verify(cms)).isTrue();
        }
    }

    @Test
    void aKeystoreWithSeveralKeysNeedsAnAlias() throws Exception {
        Path p12 = twoKeyKeystore("s3cret-Pass");

        assertThatThrownBy(() -> new SigningKeys(configured(p12, "s3cret-Pass", null), dir))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("kawal.signing.alias");
        assertThatThrownBy(() -> new SigningKeys(configured(p12, "s3cret-Pass", "nobody"), dir))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nobody")
                .hasMessageContaining("official");
    }

    @Test
    void aWrongPasswordFailsClearly() throws Exception {
        Path p12 = twoKeyKeystore("s3cret-Pass");

        assertThatThrownBy(() -> new SigningKeys(configured(p12, "not-the-password", "official"), dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrong password")
                .hasMessageContaining("kawal.signing.password")
                .hasMessageContaining(p12.toAbsolutePath().toString());
    }

    @Test
    void aMissingKeystoreOrPasswordFailsClearly() throws Exception {
        assertThatThrownBy(() -> new SigningKeys(configured(dir.resolve("nope.p12"), "x", null), dir))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nope.p12")
                .hasMessageContaining("kawal.signing.keystore");
        Path p12 = twoKeyKeystore("s3cret-Pass");
        assertThatThrownBy(() -> new SigningKeys(configured(p12, null, "official"), dir))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("kawal.signing.password");
    }

    /** A PKCS#12 file with an EC key "official" and an RSA key "other", both under {@code password}. */
    private Path twoKeyKeystore(String password) throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair official = ec.generateKeyPair();
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair other = rsa.generateKeyPair();

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("official", official.getPrivate(), password.toCharArray(),
                new Certificate[] {selfSigned(official, "Pejabat Resmi", "SHA256withECDSA")});
        store.setKeyEntry("other", other.getPrivate(), password.toCharArray(),
                new Certificate[] {GeneratedSigningKey.selfSignedCertificate(other, "Lain")});
        Path p12 = dir.resolve("official.p12");
        try (OutputStream out = Files.newOutputStream(p12)) {
            store.store(out, password.toCharArray());
        }
        return p12;
    }

    private static X509Certificate selfSigned(KeyPair pair, String cn, String algorithm)
            throws Exception {
        var name = new X500Name("O=Pemerintah Kota Pekalongan,CN=" + cn);
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.TEN,
                new Date(System.currentTimeMillis() - 3_600_000L),
                new Date(System.currentTimeMillis() + 365L * 24 * 3_600_000L), name, pair.getPublic());
        var holder = builder.build(new JcaContentSignerBuilder(algorithm)
                .build(pair.getPrivate()));
        return new JcaX509CertificateConverter().getCertificate(holder);
    }
}
