package io.github.chassisspec.requirements;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.AxleGroup;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.LoadCase;
import io.github.chassisspec.physics.RigidVehicle;
import io.github.chassisspec.units.SiValues;

/** The statics' view of a spec at one load case: the only place where model quantities become SI doubles. */
final class Vehicles {

    private Vehicles() {
    }

    static RigidVehicle of(ChassisSpec spec, String loadCaseName) {
        LoadCase loadCase = spec.loadCase(loadCaseName);
        RigidVehicle.Builder builder = RigidVehicle.builder()
                .massKg(SiValues.of(loadCase.mass()))
                .centreOfGravity(SiValues.of(spec.centreOfGravityPosition(loadCaseName)),
                        SiValues.of(loadCase.centreOfGravity().height()));
        for (Axle axle : spec.axles()) {
            builder.axle(SiValues.of(axle.position()), axle.group() == AxleGroup.REAR, SiValues.of(axle.ratedLoad()),
                    SiValues.of(axle.tyres().staticLoadedRadius()), SiValues.of(axle.tyres().rollingRadius()),
                    axle.driven(), axle.hasParkingBrake() ? SiValues.of(axle.parkingBrakeTorque()) : 0);
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the spec " + spec.id() + " is not consistent enough to evaluate (check it"
                    + " with SpecValidator first): " + e.getMessage(), e);
        }
    }
}
