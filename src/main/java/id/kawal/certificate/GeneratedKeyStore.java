package id.kawal.certificate;

import java.util.Optional;

/**
 * Where the self-signed signing key that Kawal generates for itself is kept, when no official keystore is
 * configured. Every node that shares the store signs with the same key.
 */
public interface GeneratedKeyStore {

    /** A PKCS#12 keystore and its password. */
    record Stored(byte[] pkcs12, String password) {
    }

    /** The keystore generated earlier, if any. */
    Optional<Stored> load();

    /**
     * Keeps {@code candidate} unless another node (or process) kept one first, race-free.
     *
     * @return what is kept now: {@code candidate} itself (the same instance) when it was stored, else the winner
     */
    Stored storeIfAbsent(Stored candidate);

    /** Where, in words for a log line. */
    String describe();
}
