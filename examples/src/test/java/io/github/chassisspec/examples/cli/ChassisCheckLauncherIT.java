package io.github.chassisspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command line as the README runs it: examples/chassis-check, with the class-data archive the build
 * wrote, answers exactly as the plain jar does, and a stale or missing archive changes nothing a user sees.
 */
class ChassisCheckLauncherIT {

    private static final Path LAUNCHER = Path.of("examples/chassis-check");
    private static final Path JAR = Path.of("examples/target/chassis-check.jar");
    private static final Path ARCHIVE = Path.of("examples/target/chassis-check.jsa");
    private static final List<String> MAIN_JOB = List.of("examples/specs/bus-16t.json", "--requirements",
            "examples/specs/requirements/mediterranean-tender.json", "--format", "json");

    private record Run(int status, String out, String err) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File(
                "/dev/null"))).start();
        // Both streams are small; read standard error after standard output without a deadlock at these sizes.
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out, err);
    }

    private static List<String> plainJar(Path jar, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        command.addAll(arguments);
        return command;
    }

    private static List<String> launcher(Path launcher, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(arguments);
        return command;
    }

    @Test
    void theBuild_wroteTheArchive() {
        assertTrue(Files.isRegularFile(ARCHIVE), ARCHIVE + " is missing");
    }

    @Test
    void launcher_answersTheMainJobExactlyAsThePlainJar() throws Exception {
        Run plain = run(plainJar(JAR, MAIN_JOB));
        Run launched = run(launcher(LAUNCHER, MAIN_JOB));
        // The bus fails the 45 ° tender (PHYSICS.md §8): exit status 1, a JSON report, nothing on standard error.
        assertEquals(1, plain.status(), plain.err());
        assertEquals(plain, launched);
        assertTrue(launched.out().startsWith("{"), launched.out());
        assertEquals("", launched.err());
    }

    @Test
    void aStaleArchive_isIgnoredWithoutAWordOnEitherStream(@TempDir Path folder) throws Exception {
        // A copy of the layout whose jar is newer than its archive, as after a rebuild that skipped the archive.
        Files.createDirectories(folder.resolve("target"));
        Path launcher = Files.copy(LAUNCHER, folder.resolve("chassis-check"));
        Path jar = Files.copy(JAR, folder.resolve("target/chassis-check.jar"));
        Files.copy(ARCHIVE, folder.resolve("target/chassis-check.jsa"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertEquals(run(plainJar(jar, List.of("--version"))), run(launcher(launcher, List.of("--version"))));
        Files.delete(folder.resolve("target/chassis-check.jsa"));
        assertEquals(run(plainJar(jar, List.of("--version"))), run(launcher(launcher, List.of("--version"))));
    }

    @Test
    void withoutAJar_theLauncherSaysHowToBuildIt(@TempDir Path folder) throws Exception {
        Path launcher = Files.copy(LAUNCHER, folder.resolve("chassis-check"));
        Run run = run(launcher(launcher, List.of("--version")));
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertEquals("chassis-check: " + folder.toRealPath().resolve("target/chassis-check.jar")
                + " is missing; build it first with: mvn -B -q -DskipTests package\n", run.err());
    }
}
