package id.kawal.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class SignatureAppearanceTest {

    private static Calendar at(int year, int month, int day, int hour, int minute, String zone) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(zone));
        calendar.clear();
        calendar.set(year, month - 1, day, hour, minute);
        return calendar;
    }

    @Test
    void theBlockSaysWhoSignedWhenInTheSigningTimesZoneAndWhyAndWhere() {
        assertThat(SignatureAppearance.lines("  Dr. Siti\n Rahayu ", "Penerbitan  sertifikat", "Kota Pekalongan",
                at(2026, 3, 5, 14, 7, "Asia/Jakarta")))
                .containsExactly("Ditandatangani secara elektronik oleh", "Dr. Siti Rahayu", "5 Maret 2026, 14.07 WIB",
                        "Penerbitan sertifikat, Kota Pekalongan");
    }

    @Test
    void aMissingReasonOrPlaceLeavesItsPartOutAndBothMissingLeaveTheLineOut() {
        Calendar time = at(2026, 3, 5, 14, 7, "Asia/Jakarta");
        assertThat(SignatureAppearance.lines("Kawal", null, "Kota Pekalongan", time)).last().isEqualTo("Kota Pekalongan");
        assertThat(SignatureAppearance.lines("Kawal", "Penerbitan", " ", time)).last().isEqualTo("Penerbitan");
        assertThat(SignatureAppearance.lines("Kawal", "", null, time)).hasSize(3);
    }

    @Test
    void theBlockGrowsByOneSmallLinePerLineBelowTheName() {
        float three = SignatureAppearance.blockHeight(3);
        float four = SignatureAppearance.blockHeight(4);
        assertThat(four - three).isCloseTo(SignatureAppearance.SMALL * SignatureAppearance.LEADING, within(0.001f));
        assertThat(SignatureAppearance.blockHeight(1))
                .isCloseTo(2 * SignatureAppearance.PADDING + SignatureAppearance.NAME * SignatureAppearance.LEADING,
                        within(0.001f));
    }
}
