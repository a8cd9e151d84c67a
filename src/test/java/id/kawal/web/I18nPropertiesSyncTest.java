package id.kawal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanEvent;
import id.kawal.actionplan.JourneyView;
import id.kawal.actionplan.Milestone;
import id.kawal.actionplan.Stage;
import id.kawal.competition.CompetitionKind;
import id.kawal.competition.CompetitionStatus;
import id.kawal.competition.EntryStatus;
import id.kawal.competition.JuryAssignment;
import id.kawal.competition.LateJurorAction;
import id.kawal.competition.TieBreakRule;
import id.kawal.document.DocumentCategory;
import id.kawal.innovation.handover.HandoverStage;

/**
 * Every message exists in Indonesian and in English, and every key a page, the Java code or an enum shown to users
 * names exists.
 */
class I18nPropertiesSyncTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nPropertiesSyncTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void indonesianAndEnglishHaveTheSameKeys() throws IOException {
        Set<Object> indonesian = load("messages.properties").keySet();
        Set<Object> english = load("messages_en.properties").keySet();
        assertThat(new TreeSet<>(english)).as("keys missing in English").containsAll(new TreeSet<>(indonesian));
        assertThat(new TreeSet<>(indonesian)).as("keys missing in Indonesian").containsAll(new TreeSet<>(english));
    }

    @Test
    void everyLiteralKeyUsedInATemplateExists() throws IOException {
        Properties messages = load("messages.properties");
        Pattern literal = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9.-]*)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    if (!messages.containsKey(m.group(1))) {
                        missing.add(file + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * The ways the Java code names a message by a literal key: a message looked up, a form or problem error code
     * ({@code InvalidInputException}, {@code ConflictException}, {@code rejectValue}/{@code reject}), a validation
     * annotation's {@code message = "{key}"}, a flash message, and any literal in the namespaces that hold only
     * message keys ({@code pdf.*}: PDF wording; {@code eligibility.reason.*}: the eligibility table's reasons;
     * {@code flash.*}: messages after a redirect, also when a helper passes them on).
     * Literals ending in a dot are prefixes of keys built from an enum, checked below.
     */
    private static final List<Pattern> JAVA_KEY_USES = List.of(
            Pattern.compile("getMessage\\(\\s*\"([^\"]+)\""),
            Pattern.compile("new InvalidInputException\\((?:[^,()]|\\([^()]*\\))+,\\s*\"([^\"]+)\""),
            Pattern.compile("new ConflictException\\(\\s*\"([^\"]+)\""),
            Pattern.compile("\\.rejectValue\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]+)\""),
            Pattern.compile("\\.reject\\(\\s*\"([^\"]+)\""),
            Pattern.compile("message\\s*=\\s*\"\\{([^}]+)}\""),
            Pattern.compile("addFlashAttribute\\(\\s*\"message\"\\s*,\\s*\"([^\"]+)\""),
            Pattern.compile("\"((?:pdf|eligibility\\.reason|flash)\\.[A-Za-z0-9_.-]+)\""));

    @Test
    void everyLiteralKeyUsedInJavaExistsInBothLanguages() throws IOException {
        Properties indonesian = load("messages.properties");
        Properties english = load("messages_en.properties");
        Set<String> used = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern use : JAVA_KEY_USES) {
                    Matcher m = use.matcher(source);
                    while (m.find()) {
                        String key = m.group(1);
                        if (key.endsWith(".")) {
                            continue;
                        }
                        used.add(key);
                        if (!indonesian.containsKey(key) || !english.containsKey(key)) {
                            missing.add(file.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(used).as("keys found in the Java code (the patterns still match how the code names messages)")
                .hasSizeGreaterThan(100)
                .contains("task.alreadyCompleted", "password.mismatch", "field.required", "flash.taskDone",
                        "api.json.malformed", "entry.duplicateTitle", "pdf.results.title", "pdf.progress.stages.stage",
                        "pdf.certificate.participant");
        assertThat(missing).isEmpty();
    }

    /** The enums pages and reports show through a key prefix: each constant needs a key (or keys) per language. */
    private static final Map<Class<? extends Enum<?>>, List<String>> ENUM_KEYS = Map.ofEntries(
            Map.entry(EntryStatus.class, List.of("estatus.{0}")),
            Map.entry(CompetitionStatus.class, List.of("cstatus.{0}")),
            Map.entry(CompetitionKind.class, List.of("kind.{0}")),
            Map.entry(LateJurorAction.class, List.of("lateJuror.{0}", "flash.lateJuror.{0}")),
            Map.entry(TieBreakRule.class, List.of("tie.{0}", "pdf.results.tieBreak.{0}")),
            Map.entry(JuryAssignment.Status.class, List.of("jstatus.{0}")),
            Map.entry(Stage.class, List.of("stage.{0}", "stage.{0}.help")),
            Map.entry(JourneyView.Status.class, List.of("status.{0}")),
            Map.entry(Milestone.Status.class, List.of("milestone.{0}")),
            Map.entry(ActionPlanEvent.Kind.class, List.of("event.{0}")),
            Map.entry(DocumentCategory.class, List.of("document.{0}")),
            Map.entry(HandoverStage.class, List.of("hstage.{0}")),
            Map.entry(ActionPlan.SeminarRole.class, List.of("role.{1}")));

    @Test
    void everyConstantOfAnEnumShownToUsersHasItsKeysInBothLanguages() throws IOException {
        Properties indonesian = load("messages.properties");
        Properties english = load("messages_en.properties");
        Set<String> missing = new TreeSet<>();
        ENUM_KEYS.forEach((type, patterns) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                for (String pattern : patterns) {
                    String key = MessageFormat.format(pattern, constant.name(), constant.name().toLowerCase(Locale.ROOT));
                    if (!indonesian.containsKey(key)) {
                        missing.add("messages.properties: " + key + " (" + type.getSimpleName() + ")");
                    }
                    if (!english.containsKey(key)) {
                        missing.add("messages_en.properties: " + key + " (" + type.getSimpleName() + ")");
                    }
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    /** Certificates are official documents, worded in Indonesian whatever the reader's language. */
    @Test
    void certificateWordingIsTheSameIndonesianInBothFiles() throws IOException {
        Properties indonesian = load("messages.properties");
        Properties english = load("messages_en.properties");
        Set<String> keys = new TreeSet<>();
        indonesian.stringPropertyNames().stream().filter(k -> k.startsWith("pdf.certificate.")).forEach(keys::add);
        assertThat(keys).isNotEmpty();
        assertThat(keys).allSatisfy(k -> assertThat(english.getProperty(k)).as(k).isEqualTo(indonesian.getProperty(k)));
    }

    /**
     * A message with arguments goes through {@link java.text.MessageFormat}, where a single apostrophe starts quoted
     * text: "entry's {0}" would show as "entrys {0}" with the argument never filled in. Such messages write it twice.
     */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern single = Pattern.compile("(?<!')'(?!')");
        Set<String> wrong = new TreeSet<>();
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (argument.matcher(text).find() && single.matcher(text).find()) {
                    wrong.add(bundle + ": " + key + "=" + text);
                }
            }
        }
        assertThat(wrong).as("single apostrophes in messages with arguments").isEmpty();
    }
}
