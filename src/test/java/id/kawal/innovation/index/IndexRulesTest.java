package id.kawal.innovation.index;

import static id.kawal.innovation.index.IndexRules.Outcome.EVIDENCE_INCOMPLETE;
import static id.kawal.innovation.index.IndexRules.Outcome.NOT_RUNNING;
import static id.kawal.innovation.index.IndexRules.Outcome.NO_START_DATE;
import static id.kawal.innovation.index.IndexRules.Outcome.OUTSIDE_WINDOW;
import static id.kawal.innovation.index.IndexRules.Outcome.QUALIFIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.kawal.innovation.InnovationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What qualifies for the index and how it scores, without the database. */
class IndexRulesTest {

    static final LocalDate FROM = LocalDate.of(2019, 1, 1);
    static final LocalDate TO = LocalDate.of(2020, 12, 31);

    /** The seeded weights of the migration. */
    static Map<String, BigDecimal> weights() {
        Map<String, BigDecimal> w = new LinkedHashMap<>();
        w.put("SPD", new BigDecimal("25.20"));
        w.put("SID", new BigDecimal("74.80"));
        w.put("INNOVATIONS", new BigDecimal("80"));
        w.put("COUNT", new BigDecimal("20"));
        w.put("OWNER", new BigDecimal("30"));
        w.put("MATURITY", new BigDecimal("25"));
        w.put("USAGE_RECENT", new BigDecimal("25"));
        w.put("REPLICATED", new BigDecimal("10"));
        w.put("AWARDED", new BigDecimal("10"));
        return w;
    }

    static Map<String, IndexWeight.Group> groups() {
        Map<String, IndexWeight.Group> g = new LinkedHashMap<>();
        g.put("SPD", IndexWeight.Group.ASPECT);
        g.put("SID", IndexWeight.Group.ASPECT);
        g.put("INNOVATIONS", IndexWeight.Group.SID);
        g.put("COUNT", IndexWeight.Group.SID);
        for (String code : List.of("OWNER", "MATURITY", "USAGE_RECENT", "REPLICATED", "AWARDED")) {
            g.put(code, IndexWeight.Group.INDICATOR);
        }
        return g;
    }

    @Test
    void anInnovationImplementedOnEitherEdgeOfTheWindowWithCompleteEvidenceQualifies() {
        assertThat(IndexRules.qualification(FROM, InnovationStatus.BERJALAN, true, true, FROM, TO)).isEqualTo(QUALIFIES);
        assertThat(IndexRules.qualification(TO, InnovationStatus.UJI_COBA, true, true, FROM, TO)).isEqualTo(QUALIFIES);
        assertThat(IndexRules.qualification(TO, InnovationStatus.DIREPLIKASI, true, true, FROM, TO)).isEqualTo(QUALIFIES);
    }

    @Test
    void aDayOutsideTheWindowOrNoStartDateDoesNot() {
        assertThat(IndexRules.qualification(FROM.minusDays(1), InnovationStatus.BERJALAN, true, true, FROM, TO))
                .isEqualTo(OUTSIDE_WINDOW);
        assertThat(IndexRules.qualification(TO.plusDays(1), InnovationStatus.BERJALAN, true, true, FROM, TO))
                .isEqualTo(OUTSIDE_WINDOW);
        assertThat(IndexRules.qualification(null, InnovationStatus.BERJALAN, true, true, FROM, TO)).isEqualTo(NO_START_DATE);
    }

    @ParameterizedTest
    @EnumSource(value = InnovationStatus.class, names = {"TERHENTI", "TIDAK_DIKETAHUI"})
    void aStoppedInnovationOrOneTheYearlyCheckMarkedUnknownDoesNot(InnovationStatus status) {
        assertThat(IndexRules.qualification(FROM, status, true, true, FROM, TO)).isEqualTo(NOT_RUNNING);
    }

    @Test
    void evidenceIsCompleteWithADocumentOrLinkAndAUsageFigureBoth() {
        assertThat(IndexRules.qualification(FROM, InnovationStatus.BERJALAN, true, false, FROM, TO)).isEqualTo(EVIDENCE_INCOMPLETE);
        assertThat(IndexRules.qualification(FROM, InnovationStatus.BERJALAN, false, true, FROM, TO)).isEqualTo(EVIDENCE_INCOMPLETE);
        assertThat(IndexRules.qualification(FROM, InnovationStatus.BERJALAN, false, false, FROM, TO)).isEqualTo(EVIDENCE_INCOMPLETE);
    }

    @Test
    void anInnovationHasRunAYearWhenItStartedAYearOrMoreBeforeTheWindowsEnd() {
        assertThat(IndexRules.mature(TO.minusYears(1), TO)).isTrue();
        assertThat(IndexRules.mature(TO.minusYears(1).plusDays(1), TO)).isFalse();
    }

    @Test
    void anInnovationsScoreIsTheSumOfTheWeightsOfTheIndicatorsItMeets() {
        assertThat(IndexRules.innovationScore(Set.of(), weights())).isZero();
        assertThat(IndexRules.innovationScore(Set.of("OWNER", "MATURITY"), weights())).isEqualTo(55.0);
        assertThat(IndexRules.innovationScore(Set.of("OWNER", "MATURITY", "USAGE_RECENT", "REPLICATED", "AWARDED"), weights()))
                .isEqualTo(100.0);
    }

    @Test
    void sidDividesByTenBelowTenInnovationsAndByTheirNumberFromTen() {
        // 4 innovations of 80: 320 / MAX(10, 4) = 32; count 4 of 10 = 40; 0.8 x 32 + 0.2 x 40 = 33.6
        assertThat(IndexRules.sid(List.of(80.0, 80.0, 80.0, 80.0), weights())).isCloseTo(33.6, within(1e-9));
        // 20 innovations of 50: 1000 / 20 = 50; count full = 100; 0.8 x 50 + 0.2 x 100 = 60
        assertThat(IndexRules.sid(Collections.nCopies(20, 50.0), weights())).isCloseTo(60.0, within(1e-9));
        assertThat(IndexRules.sid(List.of(), weights())).isZero();
        assertThat(IndexRules.sid(Collections.nCopies(10, 100.0), weights())).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void iidWeighsSpdAndSidAndIsRoundedToTwoDecimals() {
        // 0.252 x 55 + 0.748 x 33.6 = 13.86 + 25.1328 = 38.9928
        assertThat(IndexRules.iid(new BigDecimal("55"), 33.6, weights())).isEqualByComparingTo("38.99");
        assertThat(IndexRules.iid(null, 100, weights())).isEqualByComparingTo("74.80");
        assertThat(IndexRules.iid(new BigDecimal("100"), 100, weights())).isEqualByComparingTo("100.00");
        assertThat(IndexRules.iid(null, 0, weights())).isEqualByComparingTo("0.00");
    }

    @Test
    void theSeededWeightsValidate() {
        assertThat(IndexRules.problems(weights(), groups())).isEmpty();
    }

    @Test
    void aGroupNotSummingToHundredIsNamedWithItsSum() {
        Map<String, BigDecimal> w = weights();
        w.put("SPD", new BigDecimal("30"));
        w.put("OWNER", new BigDecimal("25"));

        var problems = IndexRules.problems(w, groups());

        assertThat(problems).containsOnlyKeys("group.ASPECT", "group.INDICATOR");
        assertThat(problems.get("group.ASPECT")).containsExactly("index.weightSum", "104.8");
        assertThat(problems.get("group.INDICATOR")).containsExactly("index.weightSum", "95");
    }

    @Test
    void aWeightOutsideZeroToHundredWithMoreThanTwoDecimalsOrMissingIsRefusedOnItsField() {
        Map<String, BigDecimal> w = weights();
        w.put("REPLICATED", new BigDecimal("-10"));
        w.put("AWARDED", new BigDecimal("30"));
        w.put("COUNT", new BigDecimal("20.001"));
        w.put("INNOVATIONS", new BigDecimal("79.999"));
        w.remove("SPD");

        var problems = IndexRules.problems(w, groups());

        assertThat(problems.get("weights[REPLICATED]")).containsExactly("index.weightRange");
        assertThat(problems.get("weights[COUNT]")).containsExactly("index.weightDecimals");
        assertThat(problems.get("weights[SPD]")).containsExactly("field.required");
        assertThat(problems).doesNotContainKey("weights[AWARDED]");
    }
}
