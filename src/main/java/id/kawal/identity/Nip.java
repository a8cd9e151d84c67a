package id.kawal.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * NIP (Nomor Induk Pegawai), the 18-digit civil-servant number: birth date (yyyyMMdd), month of
 * appointment (yyyyMM), sex (1 male, 2 female) and a three-digit sequence number.
 */
public final class Nip {

    private Nip() {
    }

    /** Why the value is not a valid NIP, or empty when it is one. Messages are i18n keys. */
    public static Optional<String> problemWith(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("nip.required");
        }
        if (!value.matches("\\d{18}")) {
            return Optional.of("nip.format");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(value.substring(0, 4)),
                    Integer.parseInt(value.substring(4, 6)), Integer.parseInt(value.substring(6, 8)));
        } catch (DateTimeException e) {
            return Optional.of("nip.birthDate");
        }
        YearMonth appointed;
        try {
            appointed = YearMonth.of(Integer.parseInt(value.substring(8, 12)), Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("nip.appointment");
        }
        if (!appointed.isAfter(YearMonth.from(birth))) {
            return Optional.of("nip.appointment");
        }
        char sex = value.charAt(14);
        if (sex != '1' && sex != '2') {
            return Optional.of("nip.sex");
        }
        if (value.substring(15).equals("000")) {
            return Optional.of("nip.sequence");
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problemWith(value).isEmpty();
    }
}
