package io.github.chassisspec.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs each example program as a named module on the module path, as a JPMS application would: it fails if the core module
 * does not export what the examples use, or does not open the model to Hibernate Validator.
 */
class ModulePathTest {

    /** Test-only jars and folders, which are not modules of the application. */
    private static final List<String> TEST_ONLY = List.of("test-classes", "junit", "assertj", "opentest4j",
            "apiguardian", "jspecify", "byte-buddy", "surefire", "expressly", "jakarta.el");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SalesCheck            | Offer check: BUS-16T-5900
            ConfiguratorEmbedding | Startability of BUS-16T-5900 laden
            """)
    void exampleProgram_runsAsANamedModule(String program, String firstWords) throws IOException, InterruptedException {
        String modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> TEST_ONLY.stream().noneMatch(entry::contains))
                .collect(Collectors.joining(File.pathSeparator));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "--module-path", modulePath,
                "-m", "io.github.chassisspec.examples/io.github.chassisspec.examples." + program)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.startsWith(firstWords), output);
    }
}
