package id.kawal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message exists in Indonesian and in English, and every key a page names exists. */
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
