package io.github.chassisspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-data archive's training run reaches both paths it is there for, and says so when it cannot. */
class ArchiveTrainingTest {

    private static final Path BUS = Path.of("examples/specs/bus-16t.json");
    private static final String TENDER = "examples/specs/requirements/mediterranean-tender.json";

    @Test
    void theBusAndTheTender_trainBothTheFailedRequirementAndTheViolation() {
        assertNull(ArchiveTraining.train(BUS, TENDER));
    }

    @Test
    void aSheetWithoutTheTrack_isRefused_sinceNoViolationWouldBeTrained(@TempDir Path folder) throws IOException {
        Path sheet = folder.resolve("bus.json");
        Files.writeString(sheet, Files.readString(BUS, StandardCharsets.UTF_8)
                .replace(ArchiveTraining.VALID_TRACK, "\"track\": \"2041 mm\""), StandardCharsets.UTF_8);

        assertEquals(sheet + " does not write \"track\": \"2040 mm\", which the training puts out of range",
                ArchiveTraining.train(sheet, TENDER));
    }

    @Test
    void aProfileTheSpecPasses_isRefused(@TempDir Path folder) throws IOException {
        Path profile = folder.resolve("easy.json");
        Files.writeString(profile, "{ \"format\": \"chassis-requirements/1\", \"name\": \"easy\", \"requirements\": "
                + "[ { \"check\": \"parkingHold\", \"slope\": \"5 %\" } ] }", StandardCharsets.UTF_8);

        assertEquals(BUS + " against " + profile + " gave status 0, expected 1",
                ArchiveTraining.train(BUS, profile.toString()));
    }
}
