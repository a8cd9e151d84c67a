package id.kawal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class NipTest {

    @ParameterizedTest
    @CsvSource({"197905122006041009", "198409252009022003", "196805101994031006"})
    void acceptsWellFormedNips(String nip) {
        assertThat(Nip.problemWith(nip)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "19790512200604100, nip.format",        // 17 digits
            "1979051220060410091, nip.format",      // 19 digits
            "19790512200604100A, nip.format",       // a letter
            "197913122006041009, nip.birthDate",    // month 13
            "197902302006041009, nip.birthDate",    // 30 February
            "197905122006131009, nip.appointment",  // appointment month 13
            "197905121970041009, nip.appointment",  // appointed before birth
            "197905122006043009, nip.sex",          // sex digit 3
            "197905122006041000, nip.sequence"})    // sequence 000
    void rejectsMalformedNipsSayingWhichPartIsWrong(String nip, String expectedProblem) {
        assertThat(Nip.problemWith(nip)).contains(expectedProblem);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void requiresANip(String nip) {
        assertThat(Nip.problemWith(nip)).contains("nip.required");
    }
}
