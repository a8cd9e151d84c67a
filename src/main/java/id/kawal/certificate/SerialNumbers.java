package id.kawal.certificate;

import java.security.SecureRandom;

/**
 * Certificate serials: 100 random bits in Crockford base-32 (no I, L, O, U), grouped for reading
 * aloud, e.g. {@code 7KQ2-M9XD-3HVA-TB6W-PC1Z}. Not guessable, unlike a running number.
 */
final class SerialNumbers {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SerialNumbers() {
    }

    static String next() {
        StringBuilder serial = new StringBuilder(24);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 4 == 0) {
                serial.append('-');
            }
            serial.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return serial.toString();
    }

    static boolean looksLikeSerial(String value) {
        return value != null && value.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}");
    }
}
