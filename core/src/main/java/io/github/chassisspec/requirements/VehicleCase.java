package io.github.chassisspec.requirements;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.AxleGroup;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.LoadCase;
import io.github.chassisspec.physics.RigidVehicle;
import io.github.chassisspec.units.SiValues;
import java.lang.ref.WeakReference;

/**
 * A spec at one load case as SI doubles: the only place where model quantities become numbers for the statics, and
 * the thing "what would it take" varies one number of at a time.
 */
record VehicleCase(double massKg, double centreOfGravityPositionM, double centreOfGravityHeightM, double[] positionM,
        boolean[] rear, double[] ratedLoadKg, double[] staticRadiusM, double[] rollingRadiusM, boolean[] driven,
        double[] brakeTorqueNm) {

    /**
     * The last spec and load case this thread turned into numbers, with its statics once built: a profile runs
     * several checks on one spec and load case, and a model is immutable, so the numbers cannot go stale. Held
     * weakly, so that a pooled thread keeps neither the spec nor, through it, this library's class loader alive
     * after a redeployment; a collection only costs the next check one conversion.
     */
    private static final ThreadLocal<WeakReference<Last>> LAST = new ThreadLocal<>();
    // Mutants that skip this reuse survive PIT by design: without it every answer is the same, only slower.

    private record Last(ChassisSpec spec, String loadCaseName, VehicleCase vehicleCase, RigidVehicle vehicle) {
    }

    static VehicleCase of(ChassisSpec spec, String loadCaseName) {
        Last last = last();
        if (last != null && last.spec == spec && last.loadCaseName.equals(loadCaseName)) {
            return last.vehicleCase;
        }
        VehicleCase built = convert(spec, loadCaseName);
        LAST.set(new WeakReference<>(new Last(spec, loadCaseName, built, null)));
        return built;
    }

    private static Last last() {
        WeakReference<Last> reference = LAST.get();
        return reference == null ? null : reference.get();
    }

    private static VehicleCase convert(ChassisSpec spec, String loadCaseName) {
        LoadCase loadCase = spec.loadCase(loadCaseName);
        int count = spec.axles().size();
        double[] position = new double[count];
        boolean[] rear = new boolean[count];
        double[] rating = new double[count];
        double[] staticRadius = new double[count];
        double[] rollingRadius = new double[count];
        boolean[] driven = new boolean[count];
        double[] brake = new double[count];
        for (int index = 0; index < count; index++) {
            Axle axle = spec.axles().get(index);
            position[index] = SiValues.of(axle.position());
            rear[index] = axle.group() == AxleGroup.REAR;
            rating[index] = SiValues.of(axle.ratedLoad());
            staticRadius[index] = SiValues.of(axle.tyres().staticLoadedRadius());
            rollingRadius[index] = SiValues.of(axle.tyres().rollingRadius());
            driven[index] = axle.driven();
            brake[index] = axle.hasParkingBrake() ? SiValues.of(axle.parkingBrakeTorque()) : 0;
        }
        try {
            return new VehicleCase(SiValues.of(loadCase.mass()), SiValues.of(spec.centreOfGravityPosition(loadCaseName)),
                    SiValues.of(loadCase.centreOfGravity().height()), position, rear, rating, staticRadius, rollingRadius,
                    driven, brake);
        } catch (IllegalStateException e) {
            throw inconsistent(spec, e);
        }
    }

    private static IllegalArgumentException inconsistent(ChassisSpec spec, RuntimeException cause) {
        return new IllegalArgumentException("the spec " + spec.id() + " is not consistent enough to evaluate (check it"
                + " with SpecValidator first): " + cause.getMessage(), cause);
    }

    RigidVehicle vehicle() {
        RigidVehicle.Builder builder = RigidVehicle.builder().massKg(massKg)
                .centreOfGravity(centreOfGravityPositionM, centreOfGravityHeightM);
        for (int index = 0; index < positionM.length; index++) {
            builder.axle(positionM[index], rear[index], ratedLoadKg[index], staticRadiusM[index], rollingRadiusM[index],
                    driven[index], brakeTorqueNm[index]);
        }
        return builder.build();
    }

    /** The statics' view, or an error saying the spec must be validated first. */
    RigidVehicle vehicle(ChassisSpec spec) {
        Last last = last();
        if (last != null && last.vehicleCase == this && last.vehicle != null) {
            return last.vehicle;
        }
        RigidVehicle built;
        try {
            built = vehicle();
        } catch (IllegalArgumentException e) {
            throw inconsistent(spec, e);
        }
        if (last != null && last.vehicleCase == this) {
            LAST.set(new WeakReference<>(new Last(last.spec, last.loadCaseName, this, built)));
        }
        return built;
    }

    VehicleCase withMass(double newMassKg) {
        return new VehicleCase(newMassKg, centreOfGravityPositionM, centreOfGravityHeightM, positionM, rear,
                ratedLoadKg, staticRadiusM, rollingRadiusM, driven, brakeTorqueNm);
    }

    VehicleCase withCentreOfGravityHeight(double newHeightM) {
        return new VehicleCase(massKg, centreOfGravityPositionM, newHeightM, positionM, rear, ratedLoadKg,
                staticRadiusM, rollingRadiusM, driven, brakeTorqueNm);
    }

    VehicleCase withCentreOfGravityPosition(double newPositionM) {
        return new VehicleCase(massKg, newPositionM, centreOfGravityHeightM, positionM, rear, ratedLoadKg,
                staticRadiusM, rollingRadiusM, driven, brakeTorqueNm);
    }

    /** Every parking brake torque multiplied by {@code factor}. */
    VehicleCase withBrakeTorquesScaled(double factor) {
        double[] scaled = brakeTorqueNm.clone();
        for (int index = 0; index < scaled.length; index++) {
            scaled[index] *= factor;
        }
        return new VehicleCase(massKg, centreOfGravityPositionM, centreOfGravityHeightM, positionM, rear, ratedLoadKg,
                staticRadiusM, rollingRadiusM, driven, scaled);
    }

    double totalBrakeTorqueNm() {
        double total = 0;
        for (double torque : brakeTorqueNm) {
            total += torque;
        }
        return total;
    }

    /** The index of the only braked axle, or -1 when none or several are braked. */
    int onlyBrakedAxle() {
        int found = -1;
        for (int index = 0; index < brakeTorqueNm.length; index++) {
            if (brakeTorqueNm[index] > 0) {
                if (found >= 0) {
                    return -1;
                }
                found = index;
            }
        }
        return found;
    }
}
