package io.github.chassisspec.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The build's training run for the class-data archive of {@code examples/chassis-check}: the classes it loads are the
 * ones the archive holds. It checks a valid spec against a profile, as the README's main job does, and then the same
 * spec with one value out of its range, so that the archive also holds what a spec with a violation needs: Hibernate
 * Validator and the located reading that places the violation. Without that second run such a spec started about
 * 0.3 s slower than a valid one.
 *
 * <p>Arguments: a valid spec sheet that writes {@value #VALID_TRACK} as an axle's track, and a profile that the spec
 * fails, as the bundled bus and Mediterranean tender do. Exits with 0 after both runs gave the expected status,
 * else with 1 and what differed, so that the build notices when the training stops reaching either path.
 */
final class ArchiveTraining {

    /** The track the valid sheet writes, and one beyond the 2.6 m the model allows in its place. */
    static final String VALID_TRACK = "\"track\": \"2040 mm\"";
    private static final String TRACK_OUT_OF_RANGE = "\"track\": \"3040 mm\"";

    private ArchiveTraining() {
    }

    public static void main(String[] arguments) {
        if (arguments.length != 2) {
            System.err.println("usage: ArchiveTraining <valid spec sheet> <profile it fails>");
            System.exit(1);
        }
        String problem = train(Path.of(arguments[0]), arguments[1]);
        if (problem != null) {
            System.err.println("ArchiveTraining: " + problem);
        }
        // As chassis-check does: the validator's background start must not keep the JVM waiting.
        System.exit(problem == null ? 0 : 1);
    }

    /** Runs both checks; returns null when each gave the expected status, else what went wrong. */
    static String train(Path validSheet, String profile) {
        // The reports themselves are not wanted, only the classes that writing them loads.
        PrintWriter discarded = new PrintWriter(new StringWriter());
        int valid = ChassisCheck.run(new String[] {validSheet.toString(), "--requirements", profile}, discarded,
                discarded);
        if (valid != ChassisCheck.EXIT_FAIL) {
            return validSheet + " against " + profile + " gave status " + valid + ", expected "
                    + ChassisCheck.EXIT_FAIL;
        }
        try {
            String text = Files.readString(validSheet, StandardCharsets.UTF_8);
            if (!text.contains(VALID_TRACK)) {
                return validSheet + " does not write " + VALID_TRACK + ", which the training puts out of range";
            }
            Path invalidSheet = Files.createTempFile("chassis-check-training-", ".json");
            try {
                Files.writeString(invalidSheet, text.replace(VALID_TRACK, TRACK_OUT_OF_RANGE),
                        StandardCharsets.UTF_8);
                int invalid = ChassisCheck.run(new String[] {invalidSheet.toString(), "--requirements", profile},
                        discarded, discarded);
                if (invalid != ChassisCheck.EXIT_INVALID_INPUT) {
                    return "the spec with a track out of range gave status " + invalid + ", expected "
                            + ChassisCheck.EXIT_INVALID_INPUT;
                }
            } finally {
                Files.delete(invalidSheet);
            }
        } catch (IOException e) {
            return "cannot write the training's spec with a track out of range: " + e;
        }
        return null;
    }
}
