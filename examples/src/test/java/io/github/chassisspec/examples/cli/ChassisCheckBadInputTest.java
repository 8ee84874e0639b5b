package io.github.chassisspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.examples.cli.ChassisCheck.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * chassis-check on every spec sheet, profile and CSV table of core's bad-input corpus
 * ({@code core/src/test/resources/bad-inputs}, described in core's {@code BadInputCorpusTest}): exit status 2, nothing
 * on standard output, and on standard error one line, {@code chassis-check: } and the message the corpus expects.
 * Profiles are given with {@code --requirements} next to the bundled bus, which is valid.
 */
class ChassisCheckBadInputTest {

    private static final Path CORPUS = Path.of("core/src/test/resources/bad-inputs");
    private static final Path BUS = Path.of("examples/specs/bus-16t.json");

    /** The cases core's test makes at test time; made here the same way. */
    private static final Set<String> GENERATED = Set.of("specs/folder.json", "profiles/folder.json",
            "specs/missing.json", "profiles/missing.yaml", "specs/long-text-3mb.json", "specs/long-text-3mb.yaml",
            "csv/missing.csv");

    private static Map<String, String> expected;

    @TempDir
    static Path generated;

    @BeforeAll
    static void readExpectationsAndGenerate() throws IOException {
        expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int tab = line.indexOf('\t');
                expected.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        Files.createDirectories(generated.resolve("specs/folder.json"));
        Files.createDirectories(generated.resolve("profiles/folder.json"));
        String longText = "x".repeat(3 << 20);
        Files.writeString(generated.resolve("specs/long-text-3mb.json"),
                "{ \"format\": \"chassis-spec/1\", \"id\": \"" + longText + "\" }\n", StandardCharsets.UTF_8);
        Files.writeString(generated.resolve("specs/long-text-3mb.yaml"),
                "format: chassis-spec/1\nid: " + longText + "\n", StandardCharsets.UTF_8);
    }

    static Stream<String> commandLineCases() throws IOException {
        List<String> stored;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            stored = files.filter(Files::isRegularFile)
                    .map(file -> CORPUS.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.startsWith("specs/") || name.startsWith("profiles/")
                            || name.startsWith("csv/") && !name.startsWith("csv/fixtures/"))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return Stream.concat(stored.stream(), GENERATED.stream().sorted());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLineCases")
    void badInput_isOneLineOnStandardError_withExitStatus2(String name) {
        Path file = (GENERATED.contains(name) ? generated : CORPUS).resolve(name);
        String message = expected.getOrDefault("cli:" + name, expected.get(name));
        assertTrue(message != null, "no expectation for " + name);
        assertTrue(message.startsWith(name + ":"), "the expected message must start with " + name);
        Result result = name.startsWith("profiles/")
                ? ChassisCheck.runCaptured("--requirements", file.toString(), BUS.toString())
                : ChassisCheck.runCaptured(file.toString());
        assertEquals("chassis-check: " + file + message.substring(name.length()) + "\n", result.err());
        assertEquals(ChassisCheck.EXIT_INVALID_INPUT, result.status());
        assertEquals("", result.out());
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), result.err());
    }
}
