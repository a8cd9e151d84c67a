package id.kawal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' content security policy allows no script and no inline style ({@code SecurityConfig.PAGE_POLICY}); a
 * template with an inline script, style or event handler would be broken by it in the browser, silently. This test
 * fails instead.
 */
class PageTemplatesTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "<script|<style|\\sstyle\\s*=|\\sth:style\\s*=|\\sth:attr\\s*=\\s*\"[^\"]*style|\\son[a-z]+\\s*=|\\sth:on[a-z]+\\s*=|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasAnInlineScriptStyleOrEventHandler() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            // the stand-alone 503 page carries its own inline style and its own policy (ServiceUnavailable.PAGE_POLICY)
            for (Path file : files.filter(f -> f.toString().endsWith(".html") && !f.endsWith(Path.of("error", "unavailable.html")))
                    .toList()) {
                String[] lines = Files.readString(file).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = FORBIDDEN.matcher(lines[i]);
                    if (m.find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines[i].trim());
                    }
                }
            }
        }
        assertThat(found).as("inline scripts, styles or event handlers, which the pages' policy blocks").isEmpty();
    }
}
