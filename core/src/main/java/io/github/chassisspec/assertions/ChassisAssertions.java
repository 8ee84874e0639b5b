package io.github.chassisspec.assertions;

import io.github.chassisspec.model.ChassisSpec;

/**
 * The entry point of the AssertJ-style assertions for other projects' tests:
 *
 * <pre>{@code
 * import static io.github.chassisspec.assertions.ChassisAssertions.assertThat;
 *
 * assertThat(spec).holdsOn(Slope.ofPercent(18)).facingBoth().atLoad("laden");
 * assertThat(spec).startsOn(Slope.ofPercent(12)).inGear(1);
 * assertThat(spec).meets(profile);
 * }</pre>
 *
 * Needs {@code org.assertj:assertj-core} on the test class path (an optional dependency of this library).
 */
public final class ChassisAssertions {

    private ChassisAssertions() {
    }

    /** Assertions on a chassis spec. */
    public static ChassisSpecAssert assertThat(ChassisSpec actual) {
        return new ChassisSpecAssert(actual);
    }
}
