package id.kawal.innovation;

/**
 * The person responsible for an innovation. Every part may be empty: an innovation whose owner moved on and was not
 * replaced is "tanpa pemilik", and is shown as such everywhere.
 *
 * @param username the owner's Kawal account, when they have one
 */
public record Owner(String username, String nip, String name, String position) {

    public static final Owner NONE = new Owner(null, null, null, null);

    public Owner {
        username = blankToNull(username);
        nip = blankToNull(nip);
        name = blankToNull(name);
        position = blankToNull(position);
    }

    /** An owner is named or there is none: a NIP or a position alone names nobody. */
    public boolean isNone() {
        return name == null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
