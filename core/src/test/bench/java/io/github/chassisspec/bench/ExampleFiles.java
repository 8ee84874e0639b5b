package io.github.chassisspec.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds the bundled example spec sheets and profiles wherever a benchmark JVM was started. */
final class ExampleFiles {

    /** The system property naming the examples/specs folder; benchmarks.sh sets it to an absolute path. */
    static final String SPECS_PROPERTY = "chassisspec.bench.specs";

    private ExampleFiles() {
    }

    /** The examples/specs folder: the system property, else ../examples/specs (run from core/), else examples/specs. */
    static Path specsFolder() {
        String configured = System.getProperty(SPECS_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return existing(Paths.get(configured));
        }
        for (Path candidate : new Path[] {Paths.get("..", "examples", "specs"), Paths.get("examples", "specs")}) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("cannot find examples/specs from " + Paths.get("").toAbsolutePath()
                + "; set -D" + SPECS_PROPERTY + "=/path/to/examples/specs");
    }

    /** A file inside examples/specs, such as {@code bus-16t.json} or {@code requirements/...json}. */
    static Path specFile(String relativePath) {
        return existing(specsFolder().resolve(relativePath));
    }

    private static Path existing(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalStateException("benchmark input not found: " + path.toAbsolutePath());
        }
        return path.toAbsolutePath().normalize();
    }
}
