package io.github.chassisspec.examples;

import static io.github.chassisspec.assertions.ChassisAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.chassisspec.json.RequirementProfileReader;
import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.requirements.RequirementProfile;
import io.github.chassisspec.units.Slope;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * For another project's tests: how a vehicle programme keeps asserting that its chassis still meets the thresholds
 * it was sold on, with failure messages that name the numbers. (This is the example; the build runs it.)
 */
class BusTenderAssertionsTest {

    private static final ChassisSpec BUS = new SpecSheetReader().read(Path.of("examples/specs/bus-16t.json"));

    @Test
    void busMeetsTheEuropeanParkingAndHillStartFigures() {
        assertThat(BUS).isConsistent();
        assertThat(BUS).holdsOn(Slope.ofPercent(18)).facingBoth().atLoad("laden");
        assertThat(BUS).startsOn(Slope.ofPercent(12)).inGear(1);
    }

    @Test
    void busDoesNotMeetTheMediterraneanTender_andTheFailureSaysWhy() {
        RequirementProfile tender = new RequirementProfileReader()
                .read(Path.of("examples/specs/requirements/mediterranean-tender-percent.json"));
        assertThatThrownBy(() -> assertThat(BUS).meets(tender))
                .hasMessageContaining("2 of 2 requirement(s) did not pass")
                .hasMessageContaining("facing downhill up to 22.2° (40.8 %); 45 % (24.2°) required (margin -2.0°,"
                        + " limited by ADHESION, adhesion 0.8)")
                .hasMessageContaining("in gear 2 up to 13.0° (23.0 %); 30 % (16.7°) required (margin -3.7°, limited"
                        + " by ENGINE, adhesion 0.8)");
    }
}
