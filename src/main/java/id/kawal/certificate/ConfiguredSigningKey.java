package id.kawal.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The official key: the PKCS#12 file of {@code kawal.signing.keystore}, opened with the configured password. */
final class ConfiguredSigningKey {

    private ConfiguredSigningKey() {
    }

    /**
     * @param keystore the file of {@code kawal.signing.keystore}
     * @param password {@code kawal.signing.password}
     * @param alias    {@code kawal.signing.alias}, needed when the file holds more than one key
     * @throws IllegalStateException naming the setting to fix (missing file, no or wrong password, unknown alias)
     */
    static SigningKey load(Path keystore, String password, String alias) {
        if (!Files.isRegularFile(keystore)) {
            throw new IllegalStateException("Signing keystore " + keystore
                    + " (kawal.signing.keystore) does not exist or is not a file");
        }
        if (password == null) {
            throw new IllegalStateException("kawal.signing.password is not set for signing keystore "
                    + keystore);
        }
        try (InputStream in = Files.newInputStream(keystore)) {
            return SigningKey.fromPkcs12(in, keystore.toString(), password.toCharArray(), alias,
                    "kawal.signing.password", "kawal.signing.alias");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read signing keystore " + keystore + ": "
                    + e.getMessage(), e);
        }
    }
}
