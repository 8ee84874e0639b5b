package io.github.chassisspec.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.json.RequirementProfileReader;
import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reads what each example program prints; ModulePathTest runs their main methods as a JPMS application. */
class ExampleProgramsTest {

    private static final ChassisSpec BUS = new SpecSheetReader().read(Path.of("examples/specs/bus-16t.json"));

    private static String printed(java.util.function.Consumer<PrintStream> program) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        program.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void salesCheck_tellsTheSalesEngineerWhatToAskTheClient() {
        String text = printed(out -> SalesCheck.print(BUS, new RequirementProfileReader()
                .readSheet(Path.of("examples/specs/requirements/mediterranean-tender.json")), out));
        assertTrue(text.startsWith("Offer check: BUS-16T-5900 (16 t city bus chassis, 5.9 m wheelbase)\n"
                + "Tender: Mediterranean city bus tender, as the client wrote it → FAIL\n"), text);
        // 45° − 22.2° = −22.8°; 30° − 13.0° = −17.0° (PHYSICS.md §8).
        assertTrue(text.contains("    margin -22.8°, limited by ADHESION, assuming adhesion 0.8\n"), text);
        assertTrue(text.contains("    → ask the client whether 45 % was meant: no tyre holds 45° on a road\n"), text);
        assertTrue(text.contains("    margin -17.0°, limited by ENGINE, assuming adhesion 0.8\n"), text);
    }

    @Test
    void configurator_tabulatesCapabilitiesOfVariants() {
        String text = printed(out -> ConfiguratorEmbedding.print(BUS, out));
        // Final drive 5.1: F = 800·i_g·5.1·0.9/0.5 for i_g = 8, 5, 3.1 gives 21.4°, 13.0°, 7.8° (engine-limited).
        assertTrue(text.contains("\n5.1          21.4 E    13.0 E    7.8 E\n"), text);
        // Final drive 6.2 in first gear: traction, tan θ = (0.7·3.54 − 0.01·5.9)/(5.9 − 0.7·1.3) → 25.9°.
        assertTrue(text.contains("\n6.2          25.9 T"), text);
        // μ = 0.5: uphill tan θ = 1.77/5.25 → 18.6°, downhill 1.77/6.55 → 15.1°.
        assertTrue(text.contains("\n0.5       18.6    15.1\n"), text);
    }

    @Test
    void designSweep_printsTheFrontierOfTheClosedForm(@org.junit.jupiter.api.io.TempDir Path folder)
            throws java.io.IOException {
        Path csv = folder.resolve("sweep.csv");
        String text = printed(out -> {
            try {
                DesignSweep.run(BUS, csv, 20, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // Engine-limited start on 30 %: m_max = F / (g (sin θ + 0.01 cos θ)) = 1440 i_g i_f / 2.911855 kg, payload
        // 5500 kg above 10500 kg. Gear 2 (i_g 5.0): i_f 4.6 → 11374 kg → share 0.159 → 0.15 on the grid;
        // 5.6 → 13847 kg → 0.609 → 0.60; 6.1 → 15083 kg → 0.833 → 0.80; 4.1 → 10138 kg, below unladen: none.
        // Gear 1 (i_g 8.0) starts the laden bus with every final drive (4.1 → 16220 kg).
        assertTrue(text.startsWith("BUS-16T-5900: 252 variants, "), text);
        assertTrue(text.contains("\n4.1          2     none           –\n"), text);
        assertTrue(text.contains("\n4.6          2     0.15           11325 kg\n"), text);
        assertTrue(text.contains("\n5.6          2     0.60           13800 kg\n"), text);
        assertTrue(text.contains("\n6.1          2     0.80           14900 kg\n"), text);
        assertTrue(text.contains("\n4.1          1     1.00           16000 kg\n"), text);
        // 21 payload shares × 6 final drives × 2 gears = 252 variants, and the header.
        org.junit.jupiter.api.Assertions.assertEquals(253, java.nio.file.Files.readAllLines(csv).size());
    }
}
