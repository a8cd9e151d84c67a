package id.kawal.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;

/**
 * A private key with its certificate chain (the signing certificate first), read from a PKCS#12 keystore: the
 * configured one ({@link ConfiguredSigningKey}) or the generated one ({@link GeneratedSigningKey}).
 */
record SigningKey(PrivateKey key, Certificate[] chain) {

    /**
     * The key entry {@code alias} (or the only key entry, when {@code alias} is blank) of the PKCS#12 keystore in
     * {@code in}. Problems fail with an {@link IllegalStateException} naming the keystore and the settings to fix.
     *
     * @param keystore        the keystore's name in messages
     * @param passwordSetting the setting that holds {@code password}, in messages
     * @param aliasSetting    the setting that holds {@code alias}, in messages
     */
    static SigningKey fromPkcs12(InputStream in, String keystore, char[] password, String alias,
            String passwordSetting, String aliasSetting) {
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
            Certificate[] chain = store.getCertificateChain(entry);
            if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0
                    || !(chain[0] instanceof X509Certificate)) {
                throw new IllegalStateException("Entry '" + entry + "' of signing keystore "
                        + keystore + " holds no private key with an X.509 certificate chain");
            }
            return new SigningKey(privateKey, chain);
        } catch (UnrecoverableKeyException e) {
            throw new IllegalStateException("Cannot read the key in signing keystore " + keystore
                    + ": wrong password (" + passwordSetting + ")", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the key in signing keystore " + keystore
                    + ": " + e.getMessage(), e);
        }
    }

    /** The signing certificate (the first of the chain). */
    X509Certificate certificate() {
        return (X509Certificate) chain[0];
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
}
