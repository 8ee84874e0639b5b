package io.github.chassisspec.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 variants in a 16 MB heap: the sweep streams its points to the CSV file instead of collecting them (a
 * collected point with its capabilities takes about 100 bytes, so collecting would need some 10 MB more and,
 * with the CSV text, more than the heap has room for).
 */
class DesignSweepMemoryTest {

    @Test
    void hundredThousandVariants_runInA16MegabyteHeap(@TempDir Path folder) throws IOException, InterruptedException {
        Path csv = folder.resolve("sweep.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx16m", "-cp", System.getProperty("java.class.path"),
                DesignSweep.class.getName(), csv.toString(), "8333"))
                .redirectErrorStream(true).redirectOutput(folder.resolve("out.txt").toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished within 120 s");
        String printed = Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), printed);
        // 8334 payload shares × 6 final drives × 2 gears.
        assertTrue(printed.startsWith("BUS-16T-5900: 100008 variants, "), printed);
        try (var lines = Files.lines(csv)) {
            assertEquals(100_009, lines.count());
        }
    }
}
