package io.github.chassisspec.physics;

import java.util.ArrayList;
import java.util.List;

/**
 * A vehicle as the statics see it (PHYSICS.md §1–2): a rigid body of mass m with its centre of gravity a
 * behind the front group centre and h above the road, on axles that each belong to the front or the rear
 * group. All values are SI doubles, named with their unit. Immutable and thread-safe; built once per load
 * condition and then evaluated many times.
 *
 * <p>Symbols: W = m·g; X_F, X_R the group centres (rated-load-weighted mean axle positions);
 * L = X_R − X_F; a = x_G − X_F; b = L − a; θ the slope, θ &gt; 0 facing uphill (front higher).
 */
public final class RigidVehicle {

    /** Standard gravity g, m/s². */
    public static final double GRAVITY = 9.80665;

    private final double massKg;
    private final double weightN;
    private final double heightM;
    private final double wheelbaseM;
    private final double frontDistanceM;
    private final double rearDistanceM;
    // Asked for in every slope capability, so worked out once per vehicle rather than once per call.
    private final double tipOverUphillRad;
    private final double tipOverDownhillRad;
    private final boolean[] rear;
    private final double[] groupShare;
    private final double[] staticRadiusM;
    private final double[] rollingRadiusM;
    private final boolean[] driven;
    private final double[] brakeTorqueNm;

    private RigidVehicle(Builder builder) {
        int count = builder.axles.size();
        if (count == 0) {
            throw new IllegalArgumentException("a vehicle needs axles");
        }
        massKg = positive(builder.massKg, "mass", WHOLE_VEHICLE, "kg");
        weightN = massKg * GRAVITY;
        heightM = positive(builder.heightM, "centre of gravity height", WHOLE_VEHICLE, "m");
        rear = new boolean[count];
        groupShare = new double[count];
        staticRadiusM = new double[count];
        rollingRadiusM = new double[count];
        driven = new boolean[count];
        brakeTorqueNm = new double[count];
        double frontRating = 0;
        double rearRating = 0;
        double frontMoment = 0;
        double rearMoment = 0;
        for (int index = 0; index < count; index++) {
            AxleInput axle = builder.axles.get(index);
            rear[index] = axle.rear;
            staticRadiusM[index] = positive(axle.staticRadiusM, "static loaded radius", index, "m");
            rollingRadiusM[index] = positive(axle.rollingRadiusM, "rolling radius", index, "m");
            driven[index] = axle.driven;
            brakeTorqueNm[index] = nonNegative(axle.brakeTorqueNm, "parking brake torque", index, "N·m");
            double rating = positive(axle.ratedLoadKg, "rated load", index, "kg");
            finite(axle.positionM, "position", index, "m");
            if (axle.rear) {
                rearRating += rating;
                rearMoment += rating * axle.positionM;
            } else {
                frontRating += rating;
                frontMoment += rating * axle.positionM;
            }
        }
        if (frontRating == 0 || rearRating == 0) {
            throw new IllegalArgumentException("a vehicle needs a front and a rear axle group");
        }
        for (int index = 0; index < count; index++) {
            groupShare[index] = builder.axles.get(index).ratedLoadKg / (rear[index] ? rearRating : frontRating);
        }
        double frontCentre = frontMoment / frontRating;
        double rearCentre = rearMoment / rearRating;
        wheelbaseM = rearCentre - frontCentre;
        if (!(wheelbaseM > 0)) {
            throw new IllegalArgumentException("the rear group centre must be behind the front group centre, but L = "
                    + wheelbaseM + " m");
        }
        frontDistanceM = finite(builder.centreOfGravityPositionM, "centre of gravity position", WHOLE_VEHICLE, "m") - frontCentre;
        rearDistanceM = wheelbaseM - frontDistanceM;
        tipOverUphillRad = Math.atan2(rearDistanceM, heightM);
        tipOverDownhillRad = Math.atan2(frontDistanceM, heightM);
    }

    /** The axle index of a figure of the whole vehicle, which names no axle. */
    private static final int WHOLE_VEHICLE = -1;

    // The name of a figure is put together only for a message: vehicles are built in every search step.
    private static String named(String name, int axle) {
        return axle == WHOLE_VEHICLE ? name : name + " of axle " + (axle + 1);
    }

    private static double finite(double value, String name, int axle, String unit) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(named(name, axle) + " must be finite but was " + value + " " + unit);
        }
        return value;
    }

    private static double positive(double value, String name, int axle, String unit) {
        if (!(finite(value, name, axle, unit) > 0)) {
            throw new IllegalArgumentException(named(name, axle) + " must be greater than 0 " + unit + " but was " + value
                    + " " + unit);
        }
        return value;
    }

    private static double nonNegative(double value, String name, int axle, String unit) {
        if (!(finite(value, name, axle, unit) >= 0)) {
            throw new IllegalArgumentException(named(name, axle) + " must not be negative but was " + value + " " + unit);
        }
        return value;
    }

    /** A builder; axles are added front to rear. */
    public static Builder builder() {
        return new Builder();
    }

    public double massKg() {
        return massKg;
    }

    /** W = m·g, N. */
    public double weightN() {
        return weightN;
    }

    /** h, m. */
    public double centreOfGravityHeightM() {
        return heightM;
    }

    /** L = X_R − X_F, m. */
    public double wheelbaseM() {
        return wheelbaseM;
    }

    /** a = x_G − X_F, m. */
    public double centreOfGravityBehindFrontGroupM() {
        return frontDistanceM;
    }

    /** b = L − a, m. */
    public double centreOfGravityAheadOfRearGroupM() {
        return rearDistanceM;
    }

    public int axleCount() {
        return rear.length;
    }

    public boolean isRearGroup(int axle) {
        return rear[axle];
    }

    /** R_i / Σ R of its group: the axle's share of its group's load (equalising suspension). */
    public double groupShare(int axle) {
        return groupShare[axle];
    }

    public double staticRadiusM(int axle) {
        return staticRadiusM[axle];
    }

    public double rollingRadiusM(int axle) {
        return rollingRadiusM[axle];
    }

    public boolean isDriven(int axle) {
        return driven[axle];
    }

    /** T_i, the parking brake's holding torque at the axle's wheels; 0 when it has none. */
    public double brakeTorqueNm(int axle) {
        return brakeTorqueNm[axle];
    }

    /**
     * N_F(θ) = W·(b·cos θ − h·sin θ) / L, the front group's normal load on slope θ (θ &gt; 0 facing uphill), N.
     * Moments about the rear group contact; forces in the road plane do not change the normal loads.
     */
    public double frontGroupLoadN(double thetaRad) {
        return weightN * (rearDistanceM * Math.cos(thetaRad) - heightM * Math.sin(thetaRad)) / wheelbaseM;
    }

    /** N_R(θ) = W·(a·cos θ + h·sin θ) / L, the rear group's normal load on slope θ, N. N_F + N_R = W·cos θ. */
    public double rearGroupLoadN(double thetaRad) {
        return weightN * (frontDistanceM * Math.cos(thetaRad) + heightM * Math.sin(thetaRad)) / wheelbaseM;
    }

    /** N_i = N_group · R_i / Σ R_group, the normal load on one axle on slope θ, N. */
    public double axleLoadN(int axle, double thetaRad) {
        return groupShare[axle] * (rear[axle] ? rearGroupLoadN(thetaRad) : frontGroupLoadN(thetaRad));
    }

    /** Whether both group loads are non-negative on slope θ: the vehicle stands on all its axles. */
    public boolean standsOn(double thetaRad) {
        return frontGroupLoadN(thetaRad) >= 0 && rearGroupLoadN(thetaRad) >= 0;
    }

    /**
     * The longitudinal tip-over angle: facing uphill tan θ = b / h, facing downhill tan θ = a / h, rad.
     *
     * @param facing {@link Facing#UPHILL} or {@link Facing#DOWNHILL}
     */
    public double tipOverAngleRad(Facing facing) {
        return facing == Facing.DOWNHILL ? tipOverDownhillRad : tipOverUphillRad;
    }

    /**
     * Coefficients (A, B) with N(φ) = A·cos φ + B·sin φ for the load on one axle on slope φ ≥ 0 facing
     * the given way (θ = ±φ).
     */
    double[] axleLoadCoefficients(int axle, Facing facing) {
        double sign = facing == Facing.DOWNHILL ? -1 : 1;
        double scale = groupShare[axle] * weightN / wheelbaseM;
        return rear[axle]
                ? new double[] {scale * frontDistanceM, scale * sign * heightM}
                : new double[] {scale * rearDistanceM, -scale * sign * heightM};
    }

    /** Builds a {@link RigidVehicle}; not thread-safe. */
    public static final class Builder {
        private double massKg = Double.NaN;
        private double centreOfGravityPositionM = Double.NaN;
        private double heightM = Double.NaN;
        private final List<AxleInput> axles = new ArrayList<>();

        private Builder() {
        }

        /** m, kg. */
        public Builder massKg(double value) {
            massKg = value;
            return this;
        }

        /** x_G (rearward from the first axle) and h (above the road), m. */
        public Builder centreOfGravity(double positionM, double heightAboveRoadM) {
            centreOfGravityPositionM = positionM;
            heightM = heightAboveRoadM;
            return this;
        }

        /**
         * Adds the next axle rearward.
         *
         * @param positionM      x_i, rearward from the first axle, m
         * @param rearGroup      true for the rear group, false for the front group
         * @param ratedLoadKg    R_i, which weights the group centre and the load sharing inside the group, kg
         * @param staticRadiusM  r_s, for brake holding, m
         * @param rollingRadiusM r_d, for traction, m
         * @param driven         whether the axle is driven
         * @param brakeTorqueNm  T_i, the parking brake's holding torque at the wheels, 0 for none, N·m
         */
        public Builder axle(double positionM, boolean rearGroup, double ratedLoadKg, double staticRadiusM,
                double rollingRadiusM, boolean driven, double brakeTorqueNm) {
            axles.add(new AxleInput(positionM, rearGroup, ratedLoadKg, staticRadiusM, rollingRadiusM, driven,
                    brakeTorqueNm));
            return this;
        }

        public RigidVehicle build() {
            return new RigidVehicle(this);
        }
    }

    private record AxleInput(double positionM, boolean rear, double ratedLoadKg, double staticRadiusM,
            double rollingRadiusM, boolean driven, double brakeTorqueNm) {
    }
}
