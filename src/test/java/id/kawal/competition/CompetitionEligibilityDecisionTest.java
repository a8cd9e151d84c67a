package id.kawal.competition;

import static id.kawal.competition.CompetitionProcess.ELIGIBILITY_DECISION;
import static id.kawal.competition.CompetitionProcess.ELIGIBLE;
import static id.kawal.competition.CompetitionProcess.INCOMPLETE;
import static id.kawal.competition.CompetitionProcess.INELIGIBLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The eligibility table in {@code processes/competition-eligibility.dmn}: hit policy FIRST, so the order of the rules
 * is part of the rule set. Dates arrive as ISO strings (yyyy-MM-dd) and are compared with FEEL's {@code date()}.
 */
class CompetitionEligibilityDecisionTest {

    /** The reasons are message keys: the entry keeps the key, pages show it in the reader's language. */
    private static final String OUTSIDE_WINDOW = "eligibility.reason.outside-window";
    private static final String OVER_LIMIT = "eligibility.reason.over-entry-limit";
    private static final String ENTRY_NUMBER_UNKNOWN = "eligibility.reason.entry-number-unknown";
    private static final String DOCUMENTS_MISSING = "eligibility.reason.documents-missing";
    private static final String MEETS_REQUIREMENTS = "eligibility.reason.eligible";

    /** The IGA's eligibility window: innovations implemented in 2019 or 2020. */
    private static final String WINDOW_START = "2019-01-01";
    private static final String WINDOW_END = "2020-12-31";

    private static DmnEngine dmnEngine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws IOException {
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = CompetitionEligibilityDecisionTest.class.getClassLoader()
                .getResourceAsStream("processes/competition-eligibility.dmn")) {
            assertThat(dmn).as("processes/competition-eligibility.dmn on the classpath").isNotNull();
            decision = dmnEngine.parseDecision(ELIGIBILITY_DECISION, dmn);
        }
    }

    @ParameterizedTest(name = "implemented {0}: inside 2019-01-01..2020-12-31")
    @ValueSource(strings = {"2019-01-01", "2019-01-02", "2020-02-29", "2020-12-30", "2020-12-31"})
    void implementationInsideTheWindowIncludingBothBoundariesIsEligible(String implementedOn) {
        assertDecision(facts().implementedOn(implementedOn), ELIGIBLE, MEETS_REQUIREMENTS);
    }

    @ParameterizedTest(name = "implemented {0}: outside 2019-01-01..2020-12-31")
    @ValueSource(strings = {"2018-12-31", "2021-01-01", "2017-06-15", "2024-03-01"})
    void implementationOutsideTheWindowIsIneligible(String implementedOn) {
        assertDecision(facts().implementedOn(implementedOn), INELIGIBLE, OUTSIDE_WINDOW);
    }

    @Test
    void igaExampleADayBeforeTheWindowIsOut() {
        assertDecision(facts().implementedOn("2018-12-31"), INELIGIBLE, OUTSIDE_WINDOW);
        assertDecision(facts().implementedOn("2019-01-01"), ELIGIBLE, MEETS_REQUIREMENTS);
    }

    @Test
    void igaExampleADayAfterTheWindowIsOut() {
        assertDecision(facts().implementedOn("2021-01-01"), INELIGIBLE, OUTSIDE_WINDOW);
        assertDecision(facts().implementedOn("2020-12-31"), ELIGIBLE, MEETS_REQUIREMENTS);
    }

    @Test
    void oneDayWindowAcceptsExactlyThatDay() {
        Facts oneDay = facts().window("2020-06-01", "2020-06-01");
        assertDecision(oneDay.implementedOn("2020-06-01"), ELIGIBLE, MEETS_REQUIREMENTS);
        assertDecision(oneDay.implementedOn("2020-05-31"), INELIGIBLE, OUTSIDE_WINDOW);
        assertDecision(oneDay.implementedOn("2020-06-02"), INELIGIBLE, OUTSIDE_WINDOW);
    }

    /** What {@code LocalDate.toString()} gives is exactly the format the table reads. */
    @Test
    void datesWrittenByLocalDateToStringAreRead() {
        assertDecision(facts().window(LocalDate.of(2019, 1, 1).toString(), LocalDate.of(2020, 12, 31).toString())
                .implementedOn(LocalDate.of(2020, 12, 31).toString()), ELIGIBLE, MEETS_REQUIREMENTS);
    }

    /** FEEL's date() gives null for these; the table then treats the entry as outside the window, never eligible. */
    @ParameterizedTest(name = "implementedOn \"{0}\" is outside the window")
    @ValueSource(strings = {"", "2020-13-01", "31-12-2020", "2020-06-01T10:00:00", "kemarin"})
    void missingOrUnreadableImplementationDateIsIneligible(String implementedOn) {
        assertDecision(facts().implementedOn(implementedOn), INELIGIBLE, OUTSIDE_WINDOW);
    }

    @Test
    void absentImplementationDateIsIneligible() {
        assertDecision(facts().implementedOn(null), INELIGIBLE, OUTSIDE_WINDOW);
    }

    @ParameterizedTest(name = "entry {0} of an OPD, limit {1} -> {2}")
    @CsvSource({
            "1, 2, ELIGIBLE",
            "2, 2, ELIGIBLE",
            "3, 2, INELIGIBLE",
            "1, 1, ELIGIBLE",
            "2, 1, INELIGIBLE",
            "6, 5, INELIGIBLE",
    })
    void entriesBeyondTheOpdLimitAreIneligible(int opdEntryNumber, int entryLimit, String eligibility) {
        DmnDecisionResultEntries result = evaluate(facts().entry(opdEntryNumber, entryLimit)).getSingleResult();

        assertThat(result.<String>getEntry("eligibility")).isEqualTo(eligibility);
        assertThat(result.<String>getEntry("reason"))
                .isEqualTo(ELIGIBLE.equals(eligibility) ? MEETS_REQUIREMENTS : OVER_LIMIT);
    }

    /** An administrator who sets the limit to 0 means "no limit", not "no entries at all". */
    @ParameterizedTest(name = "limit 0: entry {0} of an OPD is eligible")
    @ValueSource(ints = {1, 2, 12})
    void entryLimitZeroMeansNoLimit(int opdEntryNumber) {
        assertDecision(facts().entry(opdEntryNumber, 0), ELIGIBLE, MEETS_REQUIREMENTS);
    }

    @Test
    void entryLimitZeroStillChecksWindowAndDocuments() {
        assertDecision(facts().entry(5, 0).implementedOn("2018-12-31"), INELIGIBLE, OUTSIDE_WINDOW);
        assertDecision(facts().entry(5, 0).missingDocuments(1), INCOMPLETE, DOCUMENTS_MISSING);
    }

    /** With a limit, an entry whose place among its OPD's entries is unknown cannot slip past the limit unchecked. */
    @ParameterizedTest(name = "limit {0}, entry number absent -> INELIGIBLE with its reason")
    @ValueSource(ints = {1, 2, 5})
    void missingOpdEntryNumberUnderALimitIsIneligibleWithItsOwnReason(int entryLimit) {
        assertDecision(facts().entry(null, entryLimit), INELIGIBLE, ENTRY_NUMBER_UNKNOWN);
    }

    @ParameterizedTest(name = "limit 2, entry number {0} -> INELIGIBLE with its reason")
    @ValueSource(ints = {0, -1})
    void opdEntryNumberBelowOneUnderALimitIsIneligibleWithItsOwnReason(int opdEntryNumber) {
        assertDecision(facts().entry(opdEntryNumber, 2), INELIGIBLE, ENTRY_NUMBER_UNKNOWN);
    }

    /** Without a limit the entry number does not matter, so its absence does not either. */
    @ParameterizedTest(name = "limit {0}, entry number absent -> ELIGIBLE")
    @CsvSource(value = {"0", "NULL"}, nullValues = "NULL")
    void missingOpdEntryNumberWithoutALimitIsEligible(Integer entryLimit) {
        assertDecision(facts().entry(null, entryLimit), ELIGIBLE, MEETS_REQUIREMENTS);
    }

    @ParameterizedTest(name = "{0} missing documents -> INCOMPLETE")
    @ValueSource(ints = {1, 2, 7})
    void missingDocumentsMakeTheEntryIncomplete(int missingDocuments) {
        assertDecision(facts().missingDocuments(missingDocuments), INCOMPLETE, DOCUMENTS_MISSING);
    }

    @Test
    void unknownNumberOfMissingDocumentsIsIncomplete() {
        assertDecision(facts().missingDocuments(null), INCOMPLETE, DOCUMENTS_MISSING);
    }

    @Test
    void entryInsideTheWindowWithinTheLimitWithAllDocumentsIsEligible() {
        assertDecision(facts(), ELIGIBLE, MEETS_REQUIREMENTS);
    }

    @Test
    void withoutAnEntryLimitAnyNumberOfEntriesIsAllowed() {
        assertDecision(facts().entry(12, null), ELIGIBLE, MEETS_REQUIREMENTS);
    }

    // ------------------------------------------------------------------ rule priority (hit policy FIRST)

    @Test
    void outOfWindowWinsOverMissingDocuments() {
        assertDecision(facts().implementedOn("2018-12-31").missingDocuments(3), INELIGIBLE, OUTSIDE_WINDOW);
    }

    @Test
    void outOfWindowWinsOverTheEntryLimit() {
        assertDecision(facts().implementedOn("2021-01-01").entry(4, 2), INELIGIBLE, OUTSIDE_WINDOW);
    }

    @Test
    void outOfWindowWinsOverAnUnknownEntryNumber() {
        assertDecision(facts().implementedOn("2021-01-01").entry(null, 2), INELIGIBLE, OUTSIDE_WINDOW);
    }

    @Test
    void unknownEntryNumberWinsOverMissingDocuments() {
        assertDecision(facts().entry(null, 2).missingDocuments(2), INELIGIBLE, ENTRY_NUMBER_UNKNOWN);
    }

    @Test
    void entryLimitWinsOverMissingDocuments() {
        assertDecision(facts().entry(3, 2).missingDocuments(2), INELIGIBLE, OVER_LIMIT);
    }

    @Test
    void exactlyOneRuleAnswersEvenWhenSeveralMatch() {
        DmnDecisionResult result = evaluate(facts().implementedOn("2018-12-31").entry(3, 2).missingDocuments(1));

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("eligibility", "reason");
    }

    // ------------------------------------------------------------------ what the columns say

    /**
     * Each column tests what its label says: no rule compares one input with another inside a cell (the limit used
     * to hide in the entry-number column, leaving the limit column empty in every rule).
     */
    @Test
    void noCellNamesAnotherInputAndEveryColumnIsUsedByARule() throws IOException {
        DmnModelInstance model = model();
        DecisionTable table = model.getModelElementById("competition-eligibility-table");
        List<Input> inputs = List.copyOf(table.getInputs());
        List<String> variables = List.of("implementedOn", "windowStart", "windowEnd", "missingDocuments",
                "opdEntryNumber", "entryLimit");
        for (Input input : inputs) {
            assertThat(input.getLabel()).as("label of %s", input.getId()).isNotBlank();
            assertThat(input.getInputExpression().getText().getTextContent()).as("expression of %s", input.getId())
                    .isNotBlank();
        }
        for (Rule rule : table.getRules()) {
            List<InputEntry> cells = List.copyOf(rule.getInputEntries());
            for (InputEntry cell : cells) {
                assertThat(variables).as("cell %s of rule %s", cell.getId(), rule.getId())
                        .noneMatch(name -> cell.getText().getTextContent().contains(name));
            }
        }
        for (int column = 0; column < inputs.size(); column++) {
            int c = column;
            assertThat(table.getRules()).as("a rule that tests column \"%s\"", inputs.get(c).getLabel())
                    .anyMatch(rule -> !List.copyOf(rule.getInputEntries()).get(c).getText().getTextContent().isBlank());
        }
    }

    /** Every reason the table can give is a message with a text in Indonesian and in English. */
    @Test
    void everyReasonTheTableGivesIsAMessageInBothLanguages() throws IOException {
        DecisionTable table = model().getModelElementById("competition-eligibility-table");
        int reasonColumn = List.copyOf(table.getOutputs()).stream().map(Output::getName).toList().indexOf("reason");
        List<String> reasons = table.getRules().stream()
                .map(rule -> List.copyOf(rule.getOutputEntries()).get(reasonColumn).getText().getTextContent().strip())
                .map(text -> text.replaceAll("^\"|\"$", "")).toList();
        assertThat(reasons).containsExactlyInAnyOrder(OUTSIDE_WINDOW, ENTRY_NUMBER_UNKNOWN, OVER_LIMIT, DOCUMENTS_MISSING,
                MEETS_REQUIREMENTS);
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(reasons).as("reasons with a text in %s", bundle)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void theLimitColumnIsLabelledWithWhatZeroMeans() throws IOException {
        DecisionTable table = model().getModelElementById("competition-eligibility-table");
        assertThat(table.getInputs()).extracting(Input::getLabel)
                .anyMatch(label -> label.startsWith("Batas entri per OPD") && label.contains("0"));
    }

    private static DmnModelInstance model() throws IOException {
        try (InputStream dmn = CompetitionEligibilityDecisionTest.class.getClassLoader()
                .getResourceAsStream("processes/competition-eligibility.dmn")) {
            return Dmn.readModelFromStream(dmn);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void assertDecision(Facts facts, String eligibility, String reason) {
        DmnDecisionResultEntries result = evaluate(facts).getSingleResult();
        assertThat(result).as("a result for %s", facts.values).isNotNull();
        assertThat(result.<String>getEntry("eligibility")).as("eligibility for %s", facts.values).isEqualTo(eligibility);
        assertThat(result.<String>getEntry("reason")).as("reason for %s", facts.values).isEqualTo(reason);
    }

    private static DmnDecisionResult evaluate(Facts facts) {
        return dmnEngine.evaluateDecision(decision, facts.values);
    }

    /** An eligible entry (implemented mid-window, first of its OPD, limit 2, nothing missing) to vary one fact at a time. */
    private static Facts facts() {
        return new Facts();
    }

    private static final class Facts {
        private final Map<String, Object> values = new HashMap<>();

        Facts() {
            window(WINDOW_START, WINDOW_END);
            implementedOn("2020-03-15");
            missingDocuments(0);
            entry(1, 2);
        }

        Facts window(String start, String end) {
            values.put("windowStart", start);
            values.put("windowEnd", end);
            return this;
        }

        Facts implementedOn(String date) {
            values.put("implementedOn", date);
            return this;
        }

        Facts missingDocuments(Integer count) {
            values.put("missingDocuments", count);
            return this;
        }

        Facts entry(Integer opdEntryNumber, Integer entryLimit) {
            values.put("opdEntryNumber", opdEntryNumber);
            values.put("entryLimit", entryLimit);
            return this;
        }
    }
}
