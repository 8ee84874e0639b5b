package io.github.chassisspec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.QuantityFormatException;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.Slope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the bad-input corpus ({@code core/src/test/resources/bad-inputs}) is refused with exactly the message
 * {@code bad-inputs/expected.tsv} gives for it, as the library's own exception type.
 *
 * <p>Spec sheets ({@code specs/}) and profiles ({@code profiles/}) must throw {@link SheetException}; the expected
 * message starts with the file's name relative to {@code bad-inputs}, which stands for the path the file is read by.
 * A quantity file {@code quantities/NAME.KIND.txt} holds one quantity text (its one final line break is not part of
 * it) read as KIND ({@code length}, {@code mass}, ..., {@code slope}, or {@code any} for any kind) and must throw
 * {@link QuantityFormatException}. CSV tables ({@code csv/}) are read by the command line, in the examples module's
 * {@code ChassisCheckBadInputTest}; {@code csv/fixtures/} holds the valid base sheet they start from. A few cases
 * cannot be stored in git or would bloat it, and are made at test time: see {@link #GENERATED}. Expectations keyed
 * {@code cli:FILE} are what the command line says instead, where a folder means more to it than to the library.
 */
class BadInputCorpusTest {

    /** Cases made at test time, in the same layout as the stored ones: folders, missing files, 3 MB files. */
    static final Set<String> GENERATED = Set.of("specs/folder.json", "profiles/folder.json", "specs/missing.json",
            "profiles/missing.yaml", "specs/long-text-3mb.json", "specs/long-text-3mb.yaml", "csv/missing.csv");

    private static Path corpus;
    private static Map<String, String> expected;

    @TempDir
    static Path generated;

    @BeforeAll
    static void readExpectations() throws IOException {
        corpus = corpusFolder();
        expected = expectations(corpus.resolve("expected.tsv"));
        generate(generated);
    }

    /** The expectation of each case: file name, a tab, the message; lines starting with # are comments. */
    static Map<String, String> expectations(Path file) throws IOException {
        Map<String, String> byFile = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0 || byFile.put(line.substring(0, tab), line.substring(tab + 1)) != null) {
                throw new IllegalStateException("expected.tsv: bad or repeated line: " + line);
            }
        }
        return byFile;
    }

    /** Makes the generated cases under {@code folder}. */
    static void generate(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("specs/folder.json"));
        Files.createDirectories(folder.resolve("profiles/folder.json"));
        // Three million characters of text: a generated file gone wrong, refused by size before it is parsed.
        String longText = "x".repeat(3 << 20);
        Files.writeString(folder.resolve("specs/long-text-3mb.json"),
                "{ \"format\": \"chassis-spec/1\", \"id\": \"" + longText + "\" }\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("specs/long-text-3mb.yaml"),
                "format: chassis-spec/1\nid: " + longText + "\n", StandardCharsets.UTF_8);
    }

    /** The stored corpus files, by name relative to the corpus, without the expectations and fixtures. */
    static List<String> storedFiles(Path corpus) {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> corpus.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("expected.tsv") && !name.startsWith("csv/fixtures/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> libraryCases() {
        Stream<String> stored = storedFiles(corpusFolder()).stream().filter(name -> !name.startsWith("csv/"));
        return Stream.concat(stored, GENERATED.stream().filter(name -> !name.startsWith("csv/")).sorted());
    }

    /** Read where it is kept, not from target/test-classes, which keeps files deleted from the corpus. */
    private static Path corpusFolder() {
        return Path.of("src/test/resources/bad-inputs");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libraryCases")
    void badInput_isRefusedWithItsExpectedMessage(String name) throws IOException {
        String message = expected.get(name);
        assertTrue(message != null, "no expectation for " + name);
        if (name.startsWith("quantities/")) {
            QuantityFormatException error = assertThrows(QuantityFormatException.class, () -> readQuantity(name));
            assertEquals(message, error.getMessage());
            return;
        }
        Path file = (GENERATED.contains(name) ? generated : corpus).resolve(name);
        // SheetException is final: assertThrows matching it means nothing else, such as a Jackson exception, escaped.
        SheetException error = assertThrows(SheetException.class, () -> read(name, file));
        assertEquals(withPath(message, name, file), error.getMessage());
    }

    private static Object read(String name, Path file) {
        return name.startsWith("specs/") ? new SpecSheetReader().read(file) : new RequirementProfileReader().read(file);
    }

    /** The expected message with the corpus-relative name at its start replaced by the path the file was read by. */
    static String withPath(String message, String name, Path file) {
        if (!message.startsWith(name + ":")) {
            throw new IllegalStateException("expected.tsv: the message for " + name + " must start with its name");
        }
        return file + message.substring(name.length());
    }

    private static Object readQuantity(String name) throws IOException {
        String text = Files.readString(corpus.resolve(name), StandardCharsets.UTF_8);
        text = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        String[] parts = name.substring("quantities/".length()).split("\\.");
        String kind = parts[parts.length - 2];
        return switch (kind) {
            case "slope" -> Slope.parse(text);
            case "any" -> QuantityFormat.parseAnyKind(text);
            default -> QuantityFormat.parse(text, QuantityKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_')));
        };
    }

    @Test
    void everyCaseHasAnExpectation_andEveryExpectationACase() {
        Set<String> cases = new TreeSet<>(storedFiles(corpus));
        cases.addAll(GENERATED);
        Set<String> expectedFiles = new TreeSet<>();
        for (String key : expected.keySet()) {
            if (key.startsWith("cli:")) {
                assertTrue(cases.contains(key.substring(4)), key + " names no case");
            } else {
                expectedFiles.add(key);
            }
        }
        assertEquals(cases, expectedFiles);
        assertTrue(cases.size() >= 60, "the corpus has only " + cases.size() + " cases");
    }

    @Test
    void generatedCases_areWhatTheirNamesSay(@TempDir Path folder) throws IOException {
        generate(folder);
        assertTrue(Files.isDirectory(folder.resolve("specs/folder.json")));
        assertTrue(Files.notExists(folder.resolve("specs/missing.json")));
        assertTrue(Files.size(folder.resolve("specs/long-text-3mb.json")) > 3_000_000);
    }
}
