package id.kawal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code names classes by their simple names and imports them, so that a reader sees a file's dependencies at its top.
 * A class is written in full ({@code org.camunda.bpm.engine.exception.NotFoundException}) only where the file also
 * uses another class of the same simple name (imported, or of its own package), the one case Java leaves no choice.
 */
class ImportsTest {

    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])((?:java|javax|jakarta|org|com|id)(?:\\.[a-z_][a-z0-9_]*)+)\\.([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+([\\w.]+)\\.(\\w+)\\s*;");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");

    @Test
    void classesAreImportedRatherThanWrittenInFullInCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> found.addAll(qualifiedNames(f)));
            }
        }
        assertThat(found).as("write these as simple names with an import").isEmpty();
    }

    @Test
    void theScanSeesNamesInCodeButNotInImportsCommentsOrStrings() {
        String source = """
                package id.kawal.sample;

                import java.util.List;
                import id.kawal.system.NotFoundException;

                /** See {@link java.util.Map}. */
                class Sample {
                    // java.util.Set in a comment
                    String s = "java.util.Deque in a string";
                    java.util.Map<String, List<String>> map;
                    Object clash = new org.camunda.bpm.engine.exception.NotFoundException("x");
                }
                """;

        assertThat(qualifiedNames("Sample.java", source, Set.of())).containsExactly("Sample.java:10: java.util.Map");
    }

    private static List<String> qualifiedNames(Path file) {
        try {
            Set<String> samePackage = new HashSet<>();
            try (Stream<Path> siblings = Files.list(file.getParent())) {
                siblings.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                        .forEach(n -> samePackage.add(n.substring(0, n.length() - ".java".length())));
            }
            return qualifiedNames(file.toString(), Files.readString(file), samePackage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classes written in full in the code of {@code source}, as "file:line: name". */
    static List<String> qualifiedNames(String file, String source, Set<String> samePackageTypes) {
        Matcher pkg = PACKAGE.matcher(source);
        String packageName = pkg.find() ? pkg.group(1) : "";
        Matcher imports = IMPORT.matcher(source);
        List<String[]> imported = new ArrayList<>();
        while (imports.find()) {
            imported.add(new String[] {imports.group(1), imports.group(2)});
        }
        List<String> found = new ArrayList<>();
        String[] lines = codeOnly(source).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("import ") || line.startsWith("package ")) {
                continue;
            }
            Matcher m = QUALIFIED.matcher(line);
            while (m.find()) {
                String qualifier = m.group(1);
                String simple = m.group(2);
                boolean clash = imported.stream().anyMatch(im -> im[1].equals(simple) && !im[0].equals(qualifier))
                        || samePackageTypes.contains(simple) && !qualifier.equals(packageName);
                if (!clash) {
                    found.add(file + ":" + (i + 1) + ": " + qualifier + "." + simple);
                }
            }
        }
        return found;
    }

    /** {@code source} with comments and string, character and text-block literals blanked, lines kept. */
    private static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = blank(source, i, end < 0 ? n : end + 2, out);
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = blank(source, i, end < 0 ? n : end + 3, out);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int j = i + 1;
                while (j < n && source.charAt(j) != quote && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = blank(source, i, Math.min(j + 1, n), out);
            } else {
                out.append(source.charAt(i++));
            }
        }
        return out.toString();
    }

    /** Appends the newlines of {@code source[from, to)} only, so that line numbers stay; returns {@code to}. */
    private static int blank(String source, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            out.append(source.charAt(k) == '\n' ? '\n' : ' ');
        }
        return to;
    }
}
