package io.github.chassisspec.assertions;

import static io.github.chassisspec.assertions.ChassisAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.requirements.HillStartRequirement;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.RequirementProfile;
import io.github.chassisspec.units.Slope;
import org.junit.jupiter.api.Test;

class ChassisAssertionsTest {

    private static final ChassisSpec BUS = TestSpecs.bus();
    private static final String NEWLINE = System.lineSeparator();

    @Test
    void passingChecks_chainWithoutFailing() {
        // Capabilities at μ = 0.7 (default): downhill tan θ = 0.7·3.54/(5.9 + 0.91) → 20.0° > 18 % = 10.2°;
        // first gear 21.4° > 12 % = 6.8°; second gear 13.0° > 12 %.
        assertThat(BUS).holdsOn(Slope.ofPercent(18)).facingBoth().atLoad("laden").atLoad("unladen");
        assertThat(BUS).startsOn(Slope.ofPercent(12)).inGear(1).inGear(2);
        assertThat(BUS).isConsistent();
        assertThat(BUS).meets(RequirementProfile.named("EU-like")
                .require(ParkingHoldRequirement.of(Slope.ofPercent(18)))
                .require(HillStartRequirement.of(Slope.ofPercent(12), 1)).build());
    }

    @Test
    void failingHold_namesCapabilityMarginAndLimit() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> assertThat(BUS).withAdhesion(0.8).holdsOn(Slope.ofPercent(45)).facingBoth());
        // Section 8: 22.2° facing downhill against 24.2°: margin −2.0°, adhesion-limited.
        assertEquals(NEWLINE + "Expecting BUS-16T-5900 to hold on 45 % (24.2°) facing both at load laden" + NEWLINE
                + "but: parking brake holds the laden vehicle facing downhill up to 22.2° (40.8 %); 45 % (24.2°) required"
                + " (margin -2.0°, limited by ADHESION, adhesion 0.8)", error.getMessage());
    }

    @Test
    void failingStart_inTheGearItWasAskedFor() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> assertThat(BUS).withAdhesion(0.8).startsOn(Slope.ofPercent(30)).inGear(2));
        // First gear passes (21.4° > 16.7°); second fails at 13.0°: margin −3.7°, engine-limited.
        assertEquals(NEWLINE + "Expecting BUS-16T-5900 to start on 30 % (16.7°) in gear 2 at load laden" + NEWLINE
                + "but: the laden vehicle starts facing uphill in gear 2 up to 13.0° (23.0 %); 30 % (16.7°) required"
                + " (margin -3.7°, limited by ENGINE, adhesion 0.8)", error.getMessage());
    }

    @Test
    void meets_listsEveryRequirementThatDidNotPass() {
        RequirementProfile tender = RequirementProfile.named("tender").adhesion(0.8)
                .require(ParkingHoldRequirement.of(Slope.ofPercent(45)))
                .require(HillStartRequirement.of(Slope.ofPercent(12), 1))
                .require(HillStartRequirement.of(Slope.ofPercent(30), 2))
                .build();
        AssertionError error = assertThrows(AssertionError.class, () -> assertThat(BUS).meets(tender));
        assertEquals(NEWLINE + "Expecting BUS-16T-5900 to meet \"tender\" but 2 of 3 requirement(s) did not pass:"
                + NEWLINE + "  FAIL: parking brake holds the laden vehicle facing downhill up to 22.2° (40.8 %); 45 %"
                + " (24.2°) required (margin -2.0°, limited by ADHESION, adhesion 0.8)"
                + NEWLINE + "  FAIL: the laden vehicle starts facing uphill in gear 2 up to 13.0° (23.0 %); 30 % (16.7°)"
                + " required (margin -3.7°, limited by ENGINE, adhesion 0.8)", error.getMessage());
    }

    @Test
    void startThatCannotBeEvaluated_fails() {
        ChassisSpec noPowertrain = BUS.toBuilder().powertrain(null).build();
        AssertionError error = assertThrows(AssertionError.class,
                () -> assertThat(noPowertrain).startsOn(Slope.ofPercent(12)));
        assertEquals(NEWLINE + "Expecting BUS-16T-5900 to start on 12 % (6.8°) in gear 1 at load laden" + NEWLINE
                + "but: not evaluated: the spec gives no powertrain", error.getMessage());
    }

    @Test
    void nullSpec_failsLikeAnyAssertJAssertion() {
        AssertionError error = assertThrows(AssertionError.class, () -> assertThat((ChassisSpec) null)
                .holdsOn(Slope.ofPercent(18)));
        assertEquals(NEWLINE + "Expecting actual not to be null", error.getMessage());
    }
}
