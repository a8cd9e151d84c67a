package id.kawal.certificate;

import id.kawal.system.KawalProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.GregorianCalendar;

/** A sample certificate, unsigned and signed with a key generated for the occasion, for tests outside this package. */
public final class CertificateSamples {

    private CertificateSamples() {
    }

    public static byte[] unsigned() {
        return new CertificateRenderer().render(CertificateRendererTest.sample());
    }

    public static byte[] signed() {
        try {
            SigningKeys keys = new SigningKeys(new KawalProperties.Signing(null, null, null, "Kawal", null, null),
                    Files.createTempDirectory("kawal-sample-key"));
            return new CertificateSigner(keys).sign(unsigned(), "Kawal", "Penerbitan sertifikat", "Kota Pekalongan",
                    new GregorianCalendar());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
