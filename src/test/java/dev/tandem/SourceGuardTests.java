package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the compiler and the formatter do not check in our sources: types are imported, never named with their
 * package inline (package-info files excepted, where annotations name their package).
 */
class SourceGuardTests {

    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])@?(?:java|javax|jakarta|org|com|dev|io|net)\\.(?:[a-z_][a-z0-9_]*\\.)*(?:@[\\w.]+\\s+)?[A-Z]\\w*");
    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");

    @Test
    void typesAreImportedNotQualifiedInline() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")
                                && !f.getFileName().toString().equals("package-info.java"))
                        .toList()) {
                    found.addAll(qualifiedNames(file));
                }
            }
        }
        assertThat(found).as("inline qualified type names: import them").isEmpty();
    }

    private static List<String> qualifiedNames(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        boolean inComment = false;
        boolean inTextBlock = false;
        int number = 0;
        for (String line : Files.readAllLines(file)) {
            number++;
            String code = line.strip();
            if (inTextBlock) {
                inTextBlock = !code.contains("\"\"\"");
                continue;
            }
            if (inComment) {
                int end = code.indexOf("*/");
                if (end < 0) {
                    continue;
                }
                inComment = false;
                code = code.substring(end + 2);
            }
            if (code.startsWith("import ") || code.startsWith("package ")) {
                continue;
            }
            if (code.contains("\"\"\"")) {
                inTextBlock = code.indexOf("\"\"\"") == code.lastIndexOf("\"\"\"");
                code = code.substring(0, code.indexOf("\"\"\""));
            }
            code = STRINGS.matcher(code).replaceAll("\"\"");
            int lineComment = code.indexOf("//");
            if (lineComment >= 0) {
                code = code.substring(0, lineComment);
            }
            int block = code.indexOf("/*");
            if (block >= 0) {
                inComment = !code.substring(block).contains("*/");
                code = code.substring(0, block);
            }
            var matcher = QUALIFIED.matcher(code);
            while (matcher.find()) {
                found.add(file + ":" + number + ": " + matcher.group());
            }
        }
        return found;
    }
}
