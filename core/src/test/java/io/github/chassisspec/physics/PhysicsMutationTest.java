package io.github.chassisspec.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Hand-calculated cases for the physics formulas and their validation, written against the survivors of the
 * mutation run (mvn -B -Ppit -pl core verify): curve ends, equal-value boundaries, exact messages.
 */
class PhysicsMutationTest {

    private static final double G = RigidVehicle.GRAVITY;

    @Test
    void torqueCurve_points_interpolateAndAreNaNOutside() {
        TorqueCurve curve = TorqueCurve.ofPoints(new double[] {10, 20, 30}, new double[] {100, 200, 150});
        // Halfway between (10, 100) and (20, 200) is 150; a quarter from (20, 200) to (30, 150) is 200 − 12.5.
        assertEquals(150.0, curve.torqueNm(15));
        assertEquals(187.5, curve.torqueNm(22.5));
        assertEquals(200.0, curve.torqueNm(20));
        // Both ends are on the curve; just outside them there is no torque.
        assertEquals(100.0, curve.torqueNm(10));
        assertEquals(150.0, curve.torqueNm(30));
        assertEquals(Double.NaN, curve.torqueNm(9.99));
        assertEquals(Double.NaN, curve.torqueNm(30.01));
        assertEquals(10.0, curve.lowestSpeedHz());
        assertEquals(30.0, curve.highestSpeedHz());
        assertTrue(curve.isMeasured());
    }

    @Test
    void torqueCurve_badPoints_areRefused() {
        String tooFew = "a torque curve needs at least two points, as many speeds as torques";
        assertEquals(tooFew, assertThrows(IllegalArgumentException.class,
                () -> TorqueCurve.ofPoints(new double[] {10}, new double[] {100})).getMessage());
        assertEquals(tooFew, assertThrows(IllegalArgumentException.class,
                () -> TorqueCurve.ofPoints(new double[] {10, 20}, new double[] {100})).getMessage());
        assertEquals("torque curve speeds must ascend", assertThrows(IllegalArgumentException.class,
                () -> TorqueCurve.ofPoints(new double[] {10, 20, 20}, new double[] {100, 200, 150})).getMessage());
        // Two points are enough: 15 Hz is halfway, 150 N·m.
        assertEquals(150.0, TorqueCurve.ofPoints(new double[] {10, 20}, new double[] {100, 200}).torqueNm(15));
    }

    @Test
    void torqueCurve_envelope_isPeakTorqueThenConstantPower() {
        TorqueCurve envelope = TorqueCurve.ofPeakAndPower(2000, 300_000);
        assertEquals(2000.0, envelope.torqueNm(0));
        assertEquals(2000.0, envelope.torqueNm(-1));
        // 300 kW / (2π · 10 Hz) = 4775 N·m > 2000 N·m, so the peak holds; at 50 Hz 300 000 / (100π) = 954.93 N·m.
        assertEquals(2000.0, envelope.torqueNm(10));
        assertEquals(300_000 / (100 * Math.PI), envelope.torqueNm(50), 1e-9);
        assertEquals(0.0, envelope.lowestSpeedHz());
        assertEquals(Double.POSITIVE_INFINITY, envelope.highestSpeedHz());
        assertFalse(envelope.isMeasured());
        String message = "peak torque and power must be positive";
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> TorqueCurve.ofPeakAndPower(0, 300_000)).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> TorqueCurve.ofPeakAndPower(2000, 0)).getMessage());
    }

    @Test
    void launch_clutchBindsOnlyBelowTheEngineTorque() {
        // T_in = min(1000, 800) = 800 N·m; F = 800 · 20 · 0.9 / 0.5 = 28 800 N.
        Launch clutchLimited = new Launch(1000, 800, false, 20, 0.9, 0.5);
        assertTrue(clutchLimited.clutchBinds());
        assertEquals(800.0, clutchLimited.inputTorqueNm());
        assertEquals(28_800.0, clutchLimited.wheelForceN(), 1e-9);
        assertEquals(LimitingFactor.CLUTCH, clutchLimited.driveFactor());
        // A clutch exactly as strong as the engine does not bind.
        Launch equal = new Launch(1000, 1000, false, 20, 1, 0.5);
        assertFalse(equal.clutchBinds());
        assertEquals(LimitingFactor.ENGINE, equal.driveFactor());
        // A motor has no clutch: 1000 · 20 · 1 / 0.5 = 40 000 N.
        Launch motor = new Launch(1000, Double.POSITIVE_INFINITY, true, 20, 1, 0.5);
        assertEquals(LimitingFactor.MOTOR, motor.driveFactor());
        assertEquals(40_000.0, motor.wheelForceN());
    }

    @Test
    void launch_outOfRangeInputs_areRefused() {
        assertEquals("launch torque, clutch capacity, ratio and radius must be positive and efficiency in (0, 1], but were"
                + " 1000.0 N·m, 800.0 N·m, 20.0, 0.5 m, 1.1", assertThrows(IllegalArgumentException.class,
                        () -> new Launch(1000, 800, false, 20, 1.1, 0.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Launch(0, 800, false, 20, 0.9, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Launch(1000, 0, false, 20, 0.9, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Launch(1000, 800, false, 0, 0.9, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Launch(1000, 800, false, 20, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Launch(1000, 800, false, 20, 0.9, 0));
        assertThrows(IllegalArgumentException.class, () -> new Launch(Double.POSITIVE_INFINITY, 800, false, 20, 0.9, 0.5));
    }

    @Test
    void driving_formulas() {
        // n = 10 m/s · 20 / (2π · 0.5 m) = 200/π Hz, and back.
        assertEquals(200 / Math.PI, Driving.shaftSpeedHz(10, 20, 0.5), 1e-12);
        assertEquals(10.0, Driving.roadSpeedMs(200 / Math.PI, 20, 0.5), 1e-12);
        // F_t = 1000 N·m · 20 · 0.9 / 0.5 m = 36 000 N; F_air = ½ · 1.2 · 0.6 · 10 m² · (20 m/s)² = 1440 N.
        assertEquals(36_000.0, Driving.tractiveForceN(1000, 20, 0.9, 0.5), 1e-9);
        assertEquals(1440.0, Driving.airDragN(1.2, 0.6, 10, 20), 1e-9);
    }

    @Test
    void topSpeed_governorResistanceOrNoStartAtAll() {
        TorqueCurve envelope = TorqueCurve.ofPeakAndPower(2000, 300_000);
        // No drag and little rolling resistance: the governor at 30 Hz sets v = 2π · 30 · 0.5 / 10 = 3π m/s.
        Driving.TopSpeed governed = Driving.topSpeed(10_000, envelope, 30, 10, 1, 0.5, 0.01, 1.2, 0, 10);
        assertTrue(governed.governed());
        assertEquals(3 * Math.PI, governed.speedMs(), 1e-12);
        // Constant power and drag only (f_r = 0): P / v = ½ · 1.2 · 0.5 · 10 · v² = 3 v², v = (300 000 / 3)^(1/3)
        // = 46.4158883… m/s, below the governed 2π · 200 · 0.5 / 10 = 62.8 m/s (shaft 147.7 Hz, in the power range).
        Driving.TopSpeed dragLimited = Driving.topSpeed(10_000, envelope, 200, 10, 1, 0.5, 0, 1.2, 0.5, 10);
        assertFalse(dragLimited.governed());
        assertEquals(Math.cbrt(100_000), dragLimited.speedMs(), 1e-9);
        // Rolling resistance of W · 10 exceeds any tractive force: the vehicle does not move.
        Driving.TopSpeed stuck = Driving.topSpeed(10_000, envelope, 200, 10, 1, 0.5, 10, 1.2, 0.5, 10);
        assertEquals(new Driving.TopSpeed(0, false), stuck);
    }

    @Test
    void frameBending_supportsAtTheEnds_isQLSquaredOverEight() {
        // q = 1000 N/m over 10 m on supports at both ends: q·L²/8 = 1000 · 100 / 8 = 12 500 N·m.
        assertEquals(12_500.0, FrameBending.maxMomentNm(1000, 0, 10, 0, 10), 1e-9);
    }

    @Test
    void frameBending_saggingOrOverhangWins() {
        // Supports at 2 and 8 of a 10 m frame: reactions 5000 N each; overhang moment 1000 · 2² / 2 = 2000 N·m;
        // zero shear at 5 m: 5000 · 3 − 1000 · 5² / 2 = 2500 N·m, the larger.
        assertEquals(2500.0, FrameBending.maxMomentNm(1000, 0, 10, 2, 8), 1e-9);
        // Supports at 1 and 7: R_rear = 10 000 · (5 − 1) / 6 = 6666.7 N, R_front = 3333.3 N; rear overhang 3 m gives
        // 1000 · 9 / 2 = 4500 N·m; front overhang 500 N·m; at zero shear (3.333 m) 3333.3 · 2.333 − 1000 · 3.333² / 2
        // = 2222 N·m. The rear overhang wins.
        assertEquals(4500.0, FrameBending.maxMomentNm(1000, 0, 10, 1, 7), 1e-9);
        // Supports at 3 and 9: front overhang 1000 · 9 / 2 = 4500 N·m beats the rear one (500 N·m).
        assertEquals(4500.0, FrameBending.maxMomentNm(1000, 0, 10, 3, 9), 1e-9);
        // The same frame 1 m further back (from 1 to 11 m, supports at 3 and 9) bends the same: 2500 N·m.
        assertEquals(2500.0, FrameBending.maxMomentNm(1000, 1, 11, 3, 9), 1e-9);
        // σ = 2.5 · 12 500 N·m / 2 rails / 1e-4 m³ = 156.25 MPa.
        assertEquals(156_250_000.0, FrameBending.railStressPa(12_500, 2, 2.5, 1e-4), 1e-3);
    }

    @Test
    void frameBending_supportsOffTheFrame_areRefused() {
        String message = "the supports must lie on the frame, front before rear";
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> FrameBending.maxMomentNm(1000, 0, 10, -1, 8)).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> FrameBending.maxMomentNm(1000, 0, 10, 5, 5)).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> FrameBending.maxMomentNm(1000, 0, 10, 2, 11)).getMessage());
    }

    @Test
    void lateralStability_formulas() {
        // Track at the CoG: 2.0 · (4.5 − 1.5) / 4.5 + 1.8 · 1.5 / 4.5 = 1.3333 + 0.6 = 1.9333 m.
        assertEquals(2.0 * 3 / 4.5 + 0.6, LateralStability.trackAtCentreOfGravityM(2.0, 1.8, 1.5, 4.5), 1e-12);
        // SSF = 1.8 / (2 · 1.5) = 0.6; the tilt angle is atan 0.6; the highest CoG for that angle is 1.5 m again.
        assertEquals(0.6, LateralStability.staticStabilityFactor(1.8, 1.5), 1e-15);
        assertEquals(Math.atan(0.6), LateralStability.tiltAngleRad(1.8, 1.5), 1e-15);
        assertEquals(1.5, LateralStability.highestCentreOfGravityM(1.8, Math.atan(0.6)), 1e-12);
    }

    @Test
    void groundAngles_formulas() {
        // A point level with the wheel centre 1.5 m ahead of a 0.5 m tyre: asin(0.5 / 1.5) = asin(1/3).
        assertEquals(Math.asin(1.0 / 3), GroundAngles.tangentAngleRad(1.5, 0.5, 0.5), 1e-15);
        assertEquals(Math.PI / 4, GroundAngles.pointTyreAngleRad(1, 1), 1e-15);
        // Half of a 4 m wheelbase, 0.5 m clearance and radius: 2 · asin(0.5 / 2).
        assertEquals(2 * Math.asin(0.25), GroundAngles.rampBreakoverRad(4, 0.5, 0.5), 1e-15);
        assertEquals("the point 0.3 m ahead and 0.5 m high lies inside the tyre of radius 0.5 m",
                assertThrows(IllegalArgumentException.class, () -> GroundAngles.tangentAngleRad(0.3, 0.5, 0.5)).getMessage());
        // A point exactly on the tyre (0.5 m from the centre) has no tangent from outside either.
        assertThrows(IllegalArgumentException.class, () -> GroundAngles.tangentAngleRad(0.5, 0.5, 0.5));
    }

    @Test
    void turning_atFortyFiveDegreesInnerLock() {
        // L = 4, inner lock 45° (tan = 1), kingpins 2 m apart, width 2.5 m, front overhang 1.4 m:
        // R = 4/1 + 1 = 5 m; outer lock atan(1 / (1 + 2/4)) = atan(2/3); kerb 4 / sin(atan(2/3)) = 4 · √13 / 2 = 2√13;
        // wall hypot(5 + 1.25, 4 + 1.4) = hypot(6.25, 5.4); inner 5 − 1.25 = 3.75 m.
        Turning turning = Turning.at(4, Math.PI / 4, 2, 2.5, 1.4);
        assertEquals(5.0, turning.centreLineRadiusM(), 1e-12);
        assertEquals(Math.atan(2.0 / 3), turning.outerLockRad(), 1e-12);
        assertEquals(2 * Math.sqrt(13), turning.kerbToKerbM(), 1e-12);
        assertEquals(Math.hypot(6.25, 5.4), turning.wallToWallM(), 1e-12);
        assertEquals(3.75, turning.innerSweptM(), 1e-12);
        // The lock that gives exactly that wall-to-wall circle is 45° again; a 40° lock cannot reach it.
        assertEquals(Math.PI / 4, Turning.lockForWallToWall(Math.hypot(6.25, 5.4), 4, Math.toRadians(50), 2, 2.5, 1.4),
                1e-9);
        assertEquals(Double.NaN, Turning.lockForWallToWall(Math.hypot(6.25, 5.4), 4, Math.toRadians(40), 2, 2.5, 1.4));
    }

    /** Front axle at 0 m (7 t rating), rear tandem at 3.5 and 4.5 m (9 t and 11 t); 10 t, CoG 2.5 m back, 1.5 m up. */
    private static RigidVehicle.Builder tandem() {
        return RigidVehicle.builder().massKg(10_000).centreOfGravity(2.5, 1.5)
                .axle(0, false, 7000, 0.5, 0.5, false, 0)
                .axle(3.5, true, 9000, 0.5, 0.5, true, 1000)
                .axle(4.5, true, 11_000, 0.5, 0.5, true, 1000);
    }

    @Test
    void rigidVehicle_groupCentresSharesAndLoads() {
        RigidVehicle vehicle = tandem().build();
        // Rear centre (9000 · 3.5 + 11 000 · 4.5) / 20 000 = 4.05 m; L = 4.05; a = 2.5; b = 1.55.
        assertEquals(4.05, vehicle.wheelbaseM(), 1e-12);
        assertEquals(2.5, vehicle.centreOfGravityBehindFrontGroupM(), 1e-12);
        assertEquals(1.55, vehicle.centreOfGravityAheadOfRearGroupM(), 1e-12);
        assertEquals(0.45, vehicle.groupShare(1), 1e-15);
        assertEquals(0.55, vehicle.groupShare(2), 1e-15);
        assertEquals(1.0, vehicle.groupShare(0));
        // Level: N_F = W · 1.55 / 4.05, N_R = W · 2.5 / 4.05; the first tandem axle carries 45 % of N_R.
        double weight = 10_000 * G;
        assertEquals(weight * 1.55 / 4.05, vehicle.axleLoadN(0, 0), 1e-6);
        assertEquals(0.45 * weight * 2.5 / 4.05, vehicle.axleLoadN(1, 0), 1e-6);
        // On tan θ = 3/4 (cos 0.8, sin 0.6): N_F = W (1.55 · 0.8 − 1.5 · 0.6) / 4.05 = W · 0.34 / 4.05,
        // N_R = W (2.5 · 0.8 + 1.5 · 0.6) / 4.05 = W · 2.9 / 4.05.
        double theta = Math.atan2(3, 4);
        assertEquals(weight * 0.34 / 4.05, vehicle.frontGroupLoadN(theta), 1e-6);
        assertEquals(weight * 2.9 / 4.05, vehicle.rearGroupLoadN(theta), 1e-6);
        // Tip-over: uphill atan(b/h) = atan(1.55/1.5), downhill atan(a/h) = atan(2.5/1.5).
        assertEquals(Math.atan(1.55 / 1.5), vehicle.tipOverAngleRad(Facing.UPHILL), 1e-12);
        assertEquals(Math.atan(2.5 / 1.5), vehicle.tipOverAngleRad(Facing.DOWNHILL), 1e-12);
        assertTrue(vehicle.standsOn(Math.atan(1.55 / 1.5) - 1e-9));
        assertFalse(vehicle.standsOn(Math.atan(1.55 / 1.5) + 1e-9));
        assertFalse(vehicle.standsOn(-Math.atan(2.5 / 1.5) - 1e-9));
        // Coefficients of N(φ) = A cos φ + B sin φ: rear axle 1 uphill (0.45 W a / L, 0.45 W h / L), downhill B < 0;
        // the front axle uphill (W b / L, −W h / L).
        double scale = 0.45 * weight / 4.05;
        assertArrayEquals(new double[] {scale * 2.5, scale * 1.5}, vehicle.axleLoadCoefficients(1, Facing.UPHILL), 1e-6);
        assertArrayEquals(new double[] {scale * 2.5, -scale * 1.5}, vehicle.axleLoadCoefficients(1, Facing.DOWNHILL), 1e-6);
        assertArrayEquals(new double[] {weight * 1.55 / 4.05, -weight * 1.5 / 4.05},
                vehicle.axleLoadCoefficients(0, Facing.UPHILL), 1e-6);
        assertEquals(3, vehicle.axleCount());
        assertTrue(vehicle.isRearGroup(2));
        assertFalse(vehicle.isDriven(0));
        assertEquals(1000.0, vehicle.brakeTorqueNm(2));
    }

    @Test
    void rigidVehicle_centreOfGravityOverTheRearAxle_stillStandsOnLevelGround() {
        // a = L: N_F(0) = W · (0 · 1 − h · 0) / L = 0 exactly, which still counts as standing.
        RigidVehicle vehicle = RigidVehicle.builder().massKg(10_000).centreOfGravity(4, 1.5)
                .axle(0, false, 7000, 0.5, 0.5, false, 0).axle(4, true, 11_000, 0.5, 0.5, true, 0).build();
        assertEquals(0.0, vehicle.frontGroupLoadN(0));
        assertTrue(vehicle.standsOn(0));
        // a = 0, over the front axle: N_R(0) = 0 exactly, which counts too.
        RigidVehicle overTheFront = RigidVehicle.builder().massKg(10_000).centreOfGravity(0, 1.5)
                .axle(0, false, 7000, 0.5, 0.5, false, 0).axle(4, true, 11_000, 0.5, 0.5, true, 0).build();
        assertEquals(0.0, overTheFront.rearGroupLoadN(0));
        assertTrue(overTheFront.standsOn(0));
    }

    @Test
    void rigidVehicle_badInputs_areRefusedWithTheQuantityNamed() {
        assertEquals("a vehicle needs axles", assertThrows(IllegalArgumentException.class,
                () -> RigidVehicle.builder().massKg(1).centreOfGravity(1, 1).build()).getMessage());
        assertEquals("mass must be greater than 0 kg but was 0.0 kg", assertThrows(IllegalArgumentException.class,
                () -> tandem().massKg(0).build()).getMessage());
        assertEquals("mass must be finite but was NaN kg", assertThrows(IllegalArgumentException.class,
                () -> tandem().massKg(Double.NaN).build()).getMessage());
        assertEquals("parking brake torque of axle 4 must not be negative but was -1.0 N·m",
                assertThrows(IllegalArgumentException.class,
                        () -> tandem().axle(5, true, 1000, 0.5, 0.5, false, -1).build()).getMessage());
        assertEquals("position of axle 4 must be finite but was Infinity m", assertThrows(IllegalArgumentException.class,
                () -> tandem().axle(Double.POSITIVE_INFINITY, true, 1000, 0.5, 0.5, false, 0).build()).getMessage());
        assertEquals("a vehicle needs a front and a rear axle group", assertThrows(IllegalArgumentException.class,
                () -> RigidVehicle.builder().massKg(1).centreOfGravity(1, 1).axle(0, false, 1, 0.5, 0.5, true, 0)
                        .build()).getMessage());
        assertEquals("the rear group centre must be behind the front group centre, but L = 0.0 m",
                assertThrows(IllegalArgumentException.class, () -> RigidVehicle.builder().massKg(1).centreOfGravity(1, 1)
                        .axle(2, false, 1, 0.5, 0.5, true, 0).axle(2, true, 1, 0.5, 0.5, true, 0).build()).getMessage());
        assertEquals("static loaded radius of axle 2 must be greater than 0 m but was 0.0 m",
                assertThrows(IllegalArgumentException.class, () -> RigidVehicle.builder().massKg(1).centreOfGravity(1, 1)
                        .axle(0, false, 1, 0.5, 0.5, true, 0).axle(4, true, 1, 0, 0.5, true, 0).build()).getMessage());
        assertEquals("rolling radius of axle 2 must be greater than 0 m but was 0.0 m",
                assertThrows(IllegalArgumentException.class, () -> RigidVehicle.builder().massKg(1).centreOfGravity(1, 1)
                        .axle(0, false, 1, 0.5, 0.5, true, 0).axle(4, true, 1, 0.5, 0, true, 0).build()).getMessage());
        assertEquals("rated load of axle 2 must be greater than 0 kg but was 0.0 kg",
                assertThrows(IllegalArgumentException.class, () -> RigidVehicle.builder().massKg(1).centreOfGravity(1, 1)
                        .axle(0, false, 1, 0.5, 0.5, true, 0).axle(4, true, 0, 0.5, 0.5, true, 0).build()).getMessage());
        // A brake torque of 0 means no parking brake on that axle, which is allowed.
        assertEquals(0.0, tandem().axle(5, true, 1000, 0.5, 0.5, false, 0).build().brakeTorqueNm(3));
    }

    @Test
    void sinusoid_rootsAndFirstNegative() {
        // g(φ) = cos φ − 0.5 is zero at ±π/3 and negative from π/3 on.
        double[] roots = new double[8];
        int count = Sinusoid.roots(1, 0, -0.5, 0, Math.PI, roots, 0);
        assertEquals(1, count);
        assertEquals(Math.PI / 3, roots[0], 1e-12);
        assertEquals(Math.PI / 3, Sinusoid.firstNegative(1, 0, -0.5, 0, Math.PI), 1e-12);
        // g(φ) = sin φ + 2 never reaches zero: non-negative on the whole interval, so the end is returned.
        assertEquals(0, Sinusoid.roots(0, 1, 2, 0, Math.PI, roots, 0));
        assertEquals(Math.PI, Sinusoid.firstNegative(0, 1, 2, 0, Math.PI));
        // g(φ) = −1 is negative from the start.
        assertEquals(0.0, Sinusoid.firstNegative(0, 0, -1, 0, 1));
        // g(φ) = sin φ on (−π, 2π) has its roots 0 and π inside; roots at the ends are not counted.
        count = Sinusoid.roots(0, 1, 0, -Math.PI, 2 * Math.PI, roots, 0);
        assertEquals(2, count);
        // g = 1 − sin φ touches zero at π/2 only: a double root, never negative.
        assertEquals(Math.PI, Sinusoid.firstNegative(0, -1, 1, 0, Math.PI));
        assertEquals(0.5 * 0 + 1 * 1 + 0.25, Sinusoid.value(0.5, 1, 0.25, Math.PI / 2), 1e-15);
    }
}
