package io.github.chassisspec.requirements;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.Powertrain;
import io.github.chassisspec.model.TransferRange;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.physics.Launch;
import io.github.chassisspec.physics.ParkingHold;
import io.github.chassisspec.physics.RigidVehicle;
import io.github.chassisspec.physics.Startability;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.DecimalText;
import io.github.chassisspec.units.SiValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A design space swept: one spec varied over a grid of payload, gear, adhesion, final drive and parking-brake
 * torque, checked against the parking-hold and hill-start requirements of a profile with the same statics as
 * {@link RequirementEvaluator}, but without the messages and "what would it take" of a full report, so that
 * millions of variants take seconds. Points are computed on demand from their index and streamed, never
 * collected, so a sweep runs in constant memory; {@link #summarise()} uses every core.
 *
 * <p>Grid order, outermost first: brake-torque factor, final drive, gear, adhesion, payload share.
 * Thread-safe and immutable.
 */
public final class Sweep {

    private final ChassisSpec spec;
    private final List<SlopeRequirement> requirements;
    private final double[] payloadShares;
    private final int[] gears;
    private final double[] adhesions;
    private final double[] finalDrives;
    private final double[] brakeTorqueFactors;
    private final double[] requiredRadians;
    private final double[] requirementAdhesion;
    private final double[] rollingResistance;
    private final double[] reserveMs2;
    private final Facing[] facings;
    /** Per requirement, its load case; with the unladen one when payload is swept, else null. */
    private final VehicleCase[] loadCases;
    private final VehicleCase[] unladenCases;
    /**
     * Per requirement, the vehicle at every payload share (rows) and brake factor (columns), when there are few
     * enough of them to keep; null for a long payload axis, whose vehicles are made as they are needed.
     */
    private final RigidVehicle[][][] vehicles;
    /** Per hill-start requirement, gear and final drive, the drive at launch. */
    private final Launch[][][] launches;
    private final double[] massKg;

    private Sweep(Builder builder) {
        this.spec = builder.spec;
        this.payloadShares = builder.payloadShares;
        this.adhesions = builder.adhesions;
        this.brakeTorqueFactors = builder.brakeTorqueFactors;
        List<SlopeRequirement> swept = new ArrayList<>();
        for (ProfileEntry entry : builder.profile.entries()) {
            if (!RequirementEvaluator.applies(entry, spec)) {
                continue;
            }
            if (entry.requirement() instanceof SlopeRequirement slope) {
                swept.add(slope);
            } else {
                throw new IllegalArgumentException("a sweep checks parkingHold and hillStart requirements, not "
                        + entry.requirement().check() + "; evaluate the others with RequirementEvaluator");
            }
        }
        if (swept.isEmpty()) {
            throw new IllegalArgumentException("the profile \"" + builder.profile.name()
                    + "\" has no parkingHold or hillStart requirement that applies to " + spec.id());
        }
        this.requirements = List.copyOf(swept);
        Powertrain powertrain = spec.powertrain();
        boolean starts = swept.stream().anyMatch(requirement -> requirement instanceof HillStartRequirement);
        this.gears = builder.gears != null ? builder.gears : new int[] {0};
        this.finalDrives = builder.finalDrives != null ? builder.finalDrives
                : new double[] {powertrain == null ? Double.NaN : powertrain.finalDrive()};
        if (starts && builder.gears != null && powertrain != null) {
            for (int gear : builder.gears) {
                Drivelines.checkGear(spec, gear);
            }
        }
        int count = swept.size();
        requiredRadians = new double[count];
        requirementAdhesion = new double[count];
        rollingResistance = new double[count];
        reserveMs2 = new double[count];
        facings = new Facing[count];
        vehicles = new RigidVehicle[count][][];
        loadCases = new VehicleCase[count];
        unladenCases = new VehicleCase[count];
        launches = new Launch[count][][];
        Assumptions assumptions = builder.profile.assumptions();
        String ladenName = null;
        for (int index = 0; index < count; index++) {
            SlopeRequirement requirement = swept.get(index);
            // A full evaluation of the base first: it checks load case, gear and range, and says why one cannot run.
            RequirementResult base = RequirementEvaluator.evaluate(spec, requirement, assumptions);
            if (base.verdict() == Verdict.NOT_EVALUATED) {
                throw new IllegalArgumentException("cannot sweep " + requirement.check() + ": " + base.message());
            }
            requiredRadians[index] = requirement.slope().radians();
            requirementAdhesion[index] = requirement.adhesion() != null ? requirement.adhesion()
                    : assumptions.adhesion();
            vehicles[index] = vehiclesFor(index, requirement.load(), builder);
            ladenName = ladenName == null ? requirement.load() : ladenName;
            if (requirement instanceof ParkingHoldRequirement parking) {
                facings[index] = parking.facing();
            } else {
                HillStartRequirement start = (HillStartRequirement) requirement;
                facings[index] = Facing.UPHILL;
                rollingResistance[index] = start.rollingResistance() != null ? start.rollingResistance()
                        : assumptions.rollingResistance();
                reserveMs2[index] = SiValues.of(start.reserveAcceleration() != null ? start.reserveAcceleration()
                        : assumptions.reserveAcceleration());
                launches[index] = launchesFor(start);
            }
        }
        massKg = new double[payloadShares.length];
        for (int index = 0; index < payloadShares.length; index++) {
            massKg[index] = vehicle(0, index, 0).massKg();
        }
    }

    /** Vehicles kept for at most this many payload shares × brake factors; beyond, memory would grow with the grid. */
    private static final int LARGEST_VEHICLE_TABLE = 4096;

    /** Survivors of the table-size check and {@code return null} below are equivalent: vehicles are then made on demand. */
    private RigidVehicle[][] vehiclesFor(int requirement, String load, Builder builder) {
        loadCases[requirement] = VehicleCase.of(spec, load);
        boolean swept = !(payloadShares.length == 1 && payloadShares[0] == 1.0 && !builder.payloadGiven);
        if (swept) {
            if (!spec.loadCases().containsKey(ChassisSpec.UNLADEN) || !load.equals(ChassisSpec.LADEN)) {
                throw new IllegalArgumentException("a payload sweep runs from the unladen to the laden load case, so "
                        + spec.id() + " needs both and the requirements must be at load laden");
            }
            unladenCases[requirement] = VehicleCase.of(spec, ChassisSpec.UNLADEN);
            if (LoadChecks.withPayloadShare(unladenCases[requirement], loadCases[requirement], 0) == null) {
                throw new IllegalArgumentException("a payload sweep needs the laden mass above the unladen mass");
            }
        }
        if ((long) payloadShares.length * brakeTorqueFactors.length > LARGEST_VEHICLE_TABLE) {
            return null;
        }
        RigidVehicle[][] result = new RigidVehicle[payloadShares.length][brakeTorqueFactors.length];
        for (int share = 0; share < payloadShares.length; share++) {
            for (int factor = 0; factor < brakeTorqueFactors.length; factor++) {
                result[share][factor] = newVehicle(requirement, share, factor);
            }
        }
        return result;
    }

    private RigidVehicle vehicle(int requirement, int payload, int brake) {
        RigidVehicle[][] kept = vehicles[requirement];
        return kept != null ? kept[payload][brake] : newVehicle(requirement, payload, brake);
    }

    private RigidVehicle newVehicle(int requirement, int payload, int brake) {
        VehicleCase atShare = unladenCases[requirement] == null ? loadCases[requirement]
                : LoadChecks.withPayloadShare(unladenCases[requirement], loadCases[requirement], payloadShares[payload]);
        return atShare.withBrakeTorquesScaled(brakeTorqueFactors[brake]).vehicle(spec);
    }

    private Launch[][] launchesFor(HillStartRequirement start) {
        TransferRange range = Drivelines.range(spec, start.range());
        double rollingRadius = Drivelines.drivenRollingRadius(Drivelines.drivenAxles(spec));
        Launch[][] result = new Launch[gears.length][finalDrives.length];
        for (int gear = 0; gear < gears.length; gear++) {
            DriveCase drive = DriveCase.atLaunch(spec.powertrain(), gears[gear] == 0 ? start.gear() : gears[gear],
                    range, rollingRadius);
            for (int finalDrive = 0; finalDrive < finalDrives.length; finalDrive++) {
                result[gear][finalDrive] = drive.withFinalDrive(finalDrives[finalDrive]).launch();
            }
        }
        return result;
    }

    /** A sweep of {@code spec} against the parking-hold and hill-start requirements of {@code profile}. */
    public static Builder of(ChassisSpec spec, RequirementProfile profile) {
        return new Builder(spec, profile);
    }

    /** The grid; every dimension not given keeps the spec's or the requirement's own value. */
    public static final class Builder {
        private final ChassisSpec spec;
        private final RequirementProfile profile;
        private double[] payloadShares = {1.0};
        private boolean payloadGiven;
        private int[] gears;
        private double[] adhesions = {Double.NaN};
        private double[] finalDrives;
        private double[] brakeTorqueFactors = {1.0};

        private Builder(ChassisSpec spec, RequirementProfile profile) {
            this.spec = Objects.requireNonNull(spec, "spec");
            this.profile = Objects.requireNonNull(profile, "profile");
        }

        /** Shares of the payload from 0 (unladen) to 1 (laden); the CoG moves with the payload's own. */
        public Builder payloadShares(double... shares) {
            this.payloadShares = checked(shares, "payload share", 0, 1);
            this.payloadGiven = true;
            return this;
        }

        /** {@code steps + 1} payload shares evenly from 0 to 1. */
        public Builder payloadSteps(int steps) {
            if (steps < 1) {
                throw new IllegalArgumentException("payload steps must be at least 1 but was " + steps);
            }
            return payloadShares(IntStream.rangeClosed(0, steps).mapToDouble(step -> (double) step / steps).toArray());
        }

        /** Gears for every hill start, 1 the lowest; the requirements' own gear when not given. */
        public Builder gears(int... values) {
            if (values.length == 0 || Arrays.stream(values).anyMatch(gear -> gear < 1)) {
                throw new IllegalArgumentException("gears must be at least one value, each 1 or more, but were "
                        + Arrays.toString(values));
            }
            this.gears = values.clone();
            return this;
        }

        /** Tyre–road adhesions μ for every requirement; each requirement's own when not given. */
        public Builder adhesions(double... values) {
            this.adhesions = checked(values, "adhesion", Double.MIN_VALUE, 2);
            return this;
        }

        /** Final-drive ratios; the spec's when not given. */
        public Builder finalDrives(double... ratios) {
            this.finalDrives = checked(ratios, "final drive", Double.MIN_VALUE, 100);
            return this;
        }

        /** Factors on every parking-brake torque; 1 when not given. */
        public Builder brakeTorqueFactors(double... factors) {
            this.brakeTorqueFactors = checked(factors, "brake torque factor", 0, 1e4);
            return this;
        }

        /**
         * The sweep, checked: every requirement must be a parking hold or hill start that can be evaluated on the
         * spec, every gear must exist.
         *
         * @throws IllegalArgumentException naming what cannot be swept
         * @throws RequirementException if a requirement names a load case, gear or range the spec lacks
         */
        public Sweep build() {
            return new Sweep(this);
        }

        private static double[] checked(double[] values, String name, double lowest, double highest) {
            if (values.length == 0) {
                throw new IllegalArgumentException("give at least one " + name);
            }
            for (double value : values) {
                if (!(value >= lowest && value <= highest)) {
                    throw new IllegalArgumentException(name + " must be between " + (lowest == Double.MIN_VALUE
                            ? "0 (exclusive)" : lowest) + " and " + highest + " but was " + value);
                }
            }
            return values.clone();
        }
    }

    /** How many variants the grid holds. */
    public long size() {
        return (long) brakeTorqueFactors.length * finalDrives.length * gears.length * adhesions.length
                * payloadShares.length;
    }

    /** The requirements swept, in profile order; a point's capabilities follow this order. */
    public List<SlopeRequirement> requirements() {
        return requirements;
    }

    /** The variant at {@code index} of the grid, computed now. */
    public SweepPoint point(long index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("index " + index + " is outside the sweep of " + size());
        }
        int payload = (int) (index % payloadShares.length);
        Group group = group((int) (index / payloadShares.length));
        double[] capabilities = new double[requirements.size()];
        boolean passes = evaluate(payload, group, capabilities, null);
        return new SweepPoint(index, payloadShares[payload], massKg[payload], gears[group.gear()],
                adhesions[group.adhesion()], finalDrives[group.finalDrive()], brakeTorqueFactors[group.brake()],
                capabilities, passes);
    }

    /**
     * Capabilities in degrees into {@code capabilities}; whether every requirement passes. {@code parking}, when
     * given, holds each parking requirement's capability per brake factor, adhesion and payload, which gear and
     * final drive do not change.
     */
    private boolean evaluate(int payload, Group group, double[] capabilities, double[][] parking) {
        int adhesionIndex = group.adhesion();
        int brake = group.brake();
        boolean passes = true;
        for (int index = 0; index < capabilities.length; index++) {
            double adhesion = Double.isNaN(adhesions[adhesionIndex]) ? requirementAdhesion[index]
                    : adhesions[adhesionIndex];
            RigidVehicle vehicle = vehicle(index, payload, brake);
            double radians;
            if (launches[index] == null) {
                radians = parking != null ? parking[index][parkingSlot(brake, adhesionIndex, payload)]
                        : parkingRadians(vehicle, facings[index], adhesion);
            } else {
                radians = Startability.capability(vehicle, launches[index][group.gear()][group.finalDrive()], adhesion,
                        rollingResistance[index], reserveMs2[index]).radians();
            }
            capabilities[index] = Math.toDegrees(radians);
            passes &= radians >= requiredRadians[index];
        }
        return passes;
    }

    private static double parkingRadians(RigidVehicle vehicle, Facing facing, double adhesion) {
        if (facing != Facing.BOTH) {
            return ParkingHold.capability(vehicle, facing, adhesion).radians();
        }
        return Math.min(ParkingHold.capability(vehicle, Facing.UPHILL, adhesion).radians(),
                ParkingHold.capability(vehicle, Facing.DOWNHILL, adhesion).radians());
    }

    /** Every variant in grid order, computed as the stream is read; parallel when the caller makes it so. */
    public Stream<SweepPoint> stream() {
        return LongStream.range(0, size()).mapToObj(this::point);
    }

    /**
     * Writes every variant as CSV, one line each in grid order, streamed: payload share, mass, gear, adhesion,
     * final drive, brake-torque factor, each requirement's capability in degrees, and whether all pass.
     */
    public void writeCsv(Appendable out) {
        try {
            out.append("payloadShare,massKg,gear,adhesion,finalDrive,brakeTorqueFactor");
            for (int index = 0; index < requirements.size(); index++) {
                out.append(",R").append(String.valueOf(index + 1)).append("_").append(requirements.get(index).check())
                        .append("_degrees");
            }
            out.append(",passes\n");
            for (long index = 0; index < size(); index++) {
                out.append(point(index).csvLine()).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the whole grid on every core without keeping the points: how many pass, and the pass/fail frontier,
     * the largest payload share on the grid that still passes for each combination of the other dimensions.
     */
    public SweepSummary summarise() {
        int payloads = payloadShares.length;
        int groups = (int) (size() / payloads);
        int[] largest = new int[groups];
        double[][] parking = parkingTable();
        long passed = IntStream.range(0, groups).parallel().mapToLong(index -> {
            Group group = group(index);
            double[] capabilities = new double[requirements.size()];
            long count = 0;
            largest[index] = -1;
            for (int payload = 0; payload < payloads; payload++) {
                if (evaluate(payload, group, capabilities, parking)) {
                    count++;
                    if (largest[index] < 0 || payloadShares[payload] > payloadShares[largest[index]]) {
                        largest[index] = payload;
                    }
                }
            }
            return count;
        }).sum();
        List<SweepSummary.Frontier> frontier = new ArrayList<>(groups);
        for (int index = 0; index < groups; index++) {
            Group group = group(index);
            int best = largest[index];
            frontier.add(new SweepSummary.Frontier(gears[group.gear()], adhesions[group.adhesion()],
                    finalDrives[group.finalDrive()], brakeTorqueFactors[group.brake()],
                    best < 0 ? Double.NaN : payloadShares[best], best < 0 ? Double.NaN : massKg[best]));
        }
        return new SweepSummary(size(), passed, frontier);
    }

    /** Parking capabilities stop depending on the grid past brake factor, adhesion and payload; at most 4M each. */
    private static final long LARGEST_PARKING_TABLE = 1L << 22;

    /**
     * Each parking requirement's capability in radians per brake factor, adhesion and payload, computed once
     * instead of once per gear and final drive; null when gear and final drive are not swept or the table would
     * be too large to be worth its memory.
     */
    private double[][] parkingTable() {
        // Surviving mutants here are equivalent: with the table or without it (null), each point's capability is the
        // same number, only computed more often; SweepMutationTest compares both paths point by point.
        long entries = (long) brakeTorqueFactors.length * adhesions.length * payloadShares.length;
        if (gears.length * finalDrives.length == 1 || entries > LARGEST_PARKING_TABLE) {
            return null;
        }
        double[][] table = new double[requirements.size()][];
        for (int index = 0; index < table.length; index++) {
            if (launches[index] != null) {
                continue;
            }
            int requirement = index;
            double[] values = new double[(int) entries];
            IntStream.range(0, (int) entries).parallel().forEach(slot -> {
                int payload = slot % payloadShares.length;
                int adhesion = (slot / payloadShares.length) % adhesions.length;
                int brake = slot / payloadShares.length / adhesions.length;
                double mu = Double.isNaN(adhesions[adhesion]) ? requirementAdhesion[requirement] : adhesions[adhesion];
                values[slot] = parkingRadians(vehicle(requirement, payload, brake), facings[requirement], mu);
            });
            table[index] = values;
        }
        return table;
    }

    private int parkingSlot(int brake, int adhesion, int payload) {
        return (brake * adhesions.length + adhesion) * payloadShares.length + payload;
    }

    /** The place on the grid of everything but the payload, the innermost dimension. */
    private record Group(int adhesion, int gear, int finalDrive, int brake) {
    }

    private Group group(int index) {
        int rest = index / adhesions.length;
        int gearsAndDrives = rest / gears.length;
        return new Group(index % adhesions.length, rest % gears.length, gearsAndDrives % finalDrives.length,
                gearsAndDrives / finalDrives.length);
    }


    /** The spec swept, for a report's heading. */
    public String specId() {
        return spec.id();
    }

    static String number(double value) {
        return Double.isNaN(value) ? "" : DecimalText.rounded(value, 4, RoundingMode.HALF_UP);
    }
}
