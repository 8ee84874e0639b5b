package io.github.chassisspec.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.model.RandomVehicles;
import io.github.chassisspec.model.RandomVehicles.AxleParameters;
import io.github.chassisspec.model.RandomVehicles.Parameters;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.physics.LimitingFactor;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.units.Slope;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The closed forms of PHYSICS.md §3–4, computed here from the random vehicle's own numbers (group centres,
 * a, b, L, h, W = m·g, the launch drive), equal the capabilities the evaluator reports for the spec. ParkingHoldTest
 * and StartabilityTest compare them with the statics alone; this also covers how a spec becomes the statics (group
 * centres from ratings, the driven radius, launch or peak torque, clutch, transfer case) and the report's figures.
 *
 * <p>Tolerance: the solver finds the same roots in closed form (A·cos φ + B·sin φ + C = 0), not by bisection, so the
 * two agree to the rounding of double arithmetic, about 1e-13 rad; 1e-7° (2e-9 rad) is far above that and far
 * below the 0.01° the capability is reported to, so any formula slip fails.
 */
class ClosedFormsPropertyTest {

    private static final double GRAVITY = 9.80665;
    private static final double TOLERANCE_DEGREES = 1e-7;

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 300).mapToObj(index -> Arguments.of(64_000 + index));
    }

    /** Which group the variant brakes or drives. */
    private enum Group { FRONT, REAR, ALL }

    /** a, b, L and h of the laden vehicle from its axles and load case, and W. */
    private record Geometry(double a, double b, double length, double height, double weight, double[] share) {

        static Geometry of(Parameters vehicle) {
            double[] moment = new double[2];
            double[] rating = new double[2];
            for (AxleParameters axle : vehicle.axles()) {
                int group = axle.rear() ? 1 : 0;
                moment[group] += axle.ratedLoadKg() * axle.positionM();
                rating[group] += axle.ratedLoadKg();
            }
            double front = moment[0] / rating[0];
            double length = moment[1] / rating[1] - front;
            double a = vehicle.laden().centreOfGravityPositionM() - front;
            double[] share = new double[vehicle.axles().size()];
            for (int index = 0; index < share.length; index++) {
                AxleParameters axle = vehicle.axles().get(index);
                share[index] = axle.ratedLoadKg() / rating[axle.rear() ? 1 : 0];
            }
            return new Geometry(a, length - a, length, vehicle.laden().centreOfGravityHeightM(),
                    vehicle.laden().massKg() * GRAVITY, share);
        }

        /** The tip-over angle, tan θ = b/h facing uphill, a/h facing downhill. */
        double tip(Facing facing) {
            return Math.atan((facing == Facing.UPHILL ? b : a) / height);
        }

        /** N_i(θ) with θ ≥ 0 facing the given way: the axle's share of W·(b·cos θ ∓ h·sin θ)/L or W·(a·cos θ ± h·sin θ)/L. */
        double axleLoad(boolean rear, double share, Facing facing, double theta) {
            double sign = facing == Facing.UPHILL ? 1 : -1;
            double group = rear ? a * Math.cos(theta) + sign * height * Math.sin(theta)
                    : b * Math.cos(theta) - sign * height * Math.sin(theta);
            return share * weight * group / length;
        }
    }

    private static double hold(Parameters vehicle, Facing facing, double adhesion) {
        return RequirementEvaluator.evaluate(RandomVehicles.build(vehicle), ParkingHoldRequirement.of(Slope.LEVEL)
                .facing(facing), Assumptions.DEFAULTS.withAdhesion(adhesion)).capability().value();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void holdCapability_limitedByBrakeTorque_isSinThetaEqualsTorqueForceOverWeight(long seed) {
        Random random = new Random(seed);
        Parameters vehicle = RandomVehicles.parameters(seed);
        // Weaker brakes, so that the torque limits on many seeds; an adhesion up to 2 so that grip rarely does.
        double scale = 0.02 + 0.5 * random.nextDouble();
        List<AxleParameters> axles = new ArrayList<>();
        for (AxleParameters axle : vehicle.axles()) {
            axles.add(axle.withBrakeTorque(axle.brakeTorqueNm() * scale));
        }
        vehicle = vehicle.withAxles(axles);
        double adhesion = 0.5 + 1.5 * random.nextDouble();
        Geometry geometry = Geometry.of(vehicle);
        double torqueForce = 0;
        for (AxleParameters axle : axles) {
            torqueForce += axle.brakeTorqueNm() / axle.staticRadiusM();
        }
        double torqueLimit = Math.asin(Math.min(1, torqueForce / geometry.weight()));
        for (Facing facing : new Facing[] {Facing.UPHILL, Facing.DOWNHILL}) {
            double expected = Math.min(torqueLimit, geometry.tip(facing));
            RequirementResult result = RequirementEvaluator.evaluate(RandomVehicles.build(vehicle),
                    ParkingHoldRequirement.of(Slope.LEVEL).facing(facing), Assumptions.DEFAULTS.withAdhesion(adhesion));
            double capability = result.capability().value();
            // Σ min(T_i/r_i, μ·N_i) ≤ Σ T_i/r_i, so the torque's closed form bounds the hold from above.
            assertTrue(capability <= Math.toDegrees(expected) + TOLERANCE_DEGREES, facing + ": " + capability);
            // N_i(θ) is a positive arc of a sinusoid up to the tip-over angle, smallest at an end of [0, θ]: when grip
            // exceeds torque at both ends on every braked axle, only the torque limits and the closed form is exact.
            boolean torqueBinds = true;
            for (int index = 0; index < axles.size(); index++) {
                AxleParameters axle = axles.get(index);
                double torque = axle.brakeTorqueNm() / axle.staticRadiusM();
                for (double theta : new double[] {0, expected}) {
                    torqueBinds &= torque == 0 || adhesion * geometry.axleLoad(axle.rear(), geometry.share()[index],
                            facing, theta) >= torque;
                }
            }
            if (torqueBinds) {
                assertEquals(Math.toDegrees(expected), capability, TOLERANCE_DEGREES, facing.toString());
                assertEquals(torqueLimit < geometry.tip(facing) ? LimitingFactor.BRAKE_TORQUE : LimitingFactor.TIP_OVER,
                        result.limitedBy(), facing.toString());
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void holdCapability_withAmpleTorqueOnOneGroup_isTheAdhesionClosedForm(long seed) {
        Random random = new Random(seed);
        Parameters generated = RandomVehicles.parameters(seed);
        Group braked = Group.values()[random.nextInt(3)];
        // 300 kN·m, the most a sheet may give, on every axle of the braked group; none elsewhere.
        List<AxleParameters> axles = new ArrayList<>();
        for (AxleParameters axle : generated.axles()) {
            boolean brakes = braked == Group.ALL || axle.rear() == (braked == Group.REAR);
            axles.add(axle.withBrakeTorque(brakes ? 300_000 : 0));
        }
        Parameters vehicle = generated.withAxles(axles);
        double mu = 0.2 + 0.8 * random.nextDouble();
        Geometry geometry = Geometry.of(vehicle);
        for (Facing facing : new Facing[] {Facing.UPHILL, Facing.DOWNHILL}) {
            double sign = facing == Facing.UPHILL ? 1 : -1;
            // PHYSICS.md §3: rear only tan θ = μa/(L ∓ μh), front only μb/(L ± μh), all wheels μ; upper sign uphill.
            double numerator = switch (braked) {
                case REAR -> mu * geometry.a();
                case FRONT -> mu * geometry.b();
                case ALL -> mu;
            };
            double denominator = switch (braked) {
                case REAR -> geometry.length() - sign * mu * geometry.height();
                case FRONT -> geometry.length() + sign * mu * geometry.height();
                case ALL -> 1;
            };
            double tip = geometry.tip(facing);
            double expected = denominator <= 0 ? tip : Math.min(tip, Math.atan(numerator / denominator));
            double capability = hold(vehicle, facing, mu);
            // F_i ≤ μ·N_i, so the adhesion closed form bounds the hold from above whatever the torque.
            assertTrue(capability <= Math.toDegrees(expected) + TOLERANCE_DEGREES, facing + ": " + capability);
            // Ample: T_i/r_i above μ times the largest N_i can reach, share·W·√(a² + h²)/L or share·W·√(b² + h²)/L.
            boolean ample = true;
            for (int index = 0; index < axles.size(); index++) {
                AxleParameters axle = axles.get(index);
                double arm = Math.hypot(axle.rear() ? geometry.a() : geometry.b(), geometry.height());
                ample &= axle.brakeTorqueNm() == 0 || axle.brakeTorqueNm() / axle.staticRadiusM()
                        >= mu * geometry.share()[index] * geometry.weight() * arm / geometry.length();
            }
            if (ample) {
                assertEquals(Math.toDegrees(expected), capability, TOLERANCE_DEGREES, facing + ", " + braked);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void startCapability_isTheSmallerOfTheEngineAndTractionClosedForms(long seed) {
        Random random = new Random(seed);
        Parameters generated = RandomVehicles.parameters(seed);
        Group driven = Group.values()[random.nextInt(3)];
        List<AxleParameters> axles = new ArrayList<>();
        for (AxleParameters axle : generated.axles()) {
            boolean drives = driven == Group.ALL || axle.rear() == (driven == Group.REAR);
            axles.add(new AxleParameters(axle.positionM(), axle.rear(), axle.ratedLoadKg(), axle.staticRadiusM(),
                    axle.rollingRadiusM(), axle.trackM(), drives, axle.brakeTorqueNm(), axle.steeringAngleRad(),
                    axle.kingpinSpacingM()));
        }
        Parameters vehicle = generated.withAxles(axles);
        double mu = 0.2 + 0.8 * random.nextDouble();
        double rollingResistance = 0.005 + 0.025 * random.nextDouble();
        Geometry geometry = Geometry.of(vehicle);

        // F_eng = min(T_launch, clutch)·i_1·i_0·i_tc·η / r_d, r_d the driven axles' mean rolling radius.
        double radius = axles.stream().filter(AxleParameters::driven).mapToDouble(AxleParameters::rollingRadiusM)
                .average().orElseThrow();
        double launch = vehicle.launchTorqueOrPeakNm();
        double input = vehicle.electric() ? launch : Math.min(launch, vehicle.clutchCapacityNm());
        double transfer = Double.isNaN(vehicle.transferHigh()) ? 1 : vehicle.transferHigh();
        double force = input * vehicle.gearRatios()[0] * vehicle.finalDrive() * transfer * vehicle.efficiency() / radius;
        // θ = asin(c/√(1 + f_r²)) − atan f_r with c = F_eng/W; no limit when c ≥ √(1 + f_r²).
        double c = force / geometry.weight();
        double root = Math.sqrt(1 + rollingResistance * rollingResistance);
        double engine = c >= root ? Math.PI / 2 : Math.asin(c / root) - Math.atan(rollingResistance);
        // Rear drive tan θ = (μa − f_r·L)/(L − μh), front (μb − f_r·L)/(L + μh), all μ − f_r.
        double length = geometry.length();
        double numerator = switch (driven) {
            case REAR -> mu * geometry.a() - rollingResistance * length;
            case FRONT -> mu * geometry.b() - rollingResistance * length;
            case ALL -> mu - rollingResistance;
        };
        double denominator = switch (driven) {
            case REAR -> length - mu * geometry.height();
            case FRONT -> length + mu * geometry.height();
            case ALL -> 1;
        };
        double traction = numerator <= 0 ? 0 : denominator <= 0 ? Math.PI / 2 : Math.atan(numerator / denominator);
        double tip = geometry.tip(Facing.UPHILL);
        double expected = Math.max(0, Math.min(tip, Math.min(engine, traction)));

        RequirementResult result = RequirementEvaluator.evaluate(RandomVehicles.build(vehicle),
                HillStartRequirement.of(Slope.LEVEL, 1), Assumptions.DEFAULTS.withAdhesion(mu)
                        .withRollingResistance(rollingResistance));
        assertEquals(Math.toDegrees(expected), result.capability().value(), TOLERANCE_DEGREES, driven.toString());
        if (expected > 0 && Math.abs(engine - traction) > 1e-9) {
            LimitingFactor factor = expected >= tip ? LimitingFactor.TIP_OVER
                    : traction < engine ? LimitingFactor.TRACTION
                    : vehicle.electric() ? LimitingFactor.MOTOR
                    : vehicle.clutchCapacityNm() < launch ? LimitingFactor.CLUTCH : LimitingFactor.ENGINE;
            assertEquals(factor, result.limitedBy(), driven.toString());
        }
    }
}
