package io.github.chassisspec.model;

import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.physics.RigidVehicle;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.units.Torque;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import javax.measure.Quantity;
import javax.measure.quantity.Angle;
import javax.measure.quantity.Area;
import javax.measure.quantity.Frequency;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import javax.measure.quantity.Power;
import javax.measure.quantity.Pressure;
import javax.measure.quantity.Volume;

/**
 * Random valid vehicles for the property tests, each from a seed so that a failure replays: the vehicle as plain SI
 * numbers ({@link Parameters}), written as a spec sheet in any mix of units and read back with the library's
 * reader. Two to four axles, realistic ranges, a combustion engine or (one in six) an electric motor, every section.
 */
public final class RandomVehicles {

    /**
     * The units a sheet may write each kind of value in, with the SI value of one unit, written out here from the
     * definitions (1 in = 0.0254 m, 1 lb = 0.45359237 kg, 1 lbf = 4.4482216152605 N, 1 hp = 550 ft·lbf/s) rather
     * than taken from the library's own table.
     */
    static final Map<String, Map<String, BigDecimal>> UNITS = Map.of(
            "length", Map.of("mm", new BigDecimal("0.001"), "cm", new BigDecimal("0.01"), "m", BigDecimal.ONE,
                    "in", new BigDecimal("0.0254"), "ft", new BigDecimal("0.3048")),
            "mass", Map.of("kg", BigDecimal.ONE, "t", new BigDecimal("1000"), "lb", new BigDecimal("0.45359237")),
            // 1 lbf·ft = 4.4482216152605 N × 0.3048 m = 1.35581794833140040 N·m exactly.
            "torque", Map.of("N·m", BigDecimal.ONE, "Nm", BigDecimal.ONE, "N*m", BigDecimal.ONE,
                    "kN·m", new BigDecimal("1000"), "lbf·ft", new BigDecimal("1.3558179483314004")),
            // 1 hp = 550 ft·lbf/s = 550 × 1.3558179483314004 W = 745.69987158227022 W; 1 PS = 75 kp·m/s = 735.49875 W.
            "power", Map.of("W", BigDecimal.ONE, "kW", new BigDecimal("1000"), "hp", new BigDecimal("745.69987158227022"),
                    "PS", new BigDecimal("735.49875")),
            // Rotational speed in revolutions per second.
            "rotationalSpeed", Map.of("rpm", BigDecimal.ONE.divide(new BigDecimal(60), MathContext.DECIMAL128),
                    "1/min", BigDecimal.ONE.divide(new BigDecimal(60), MathContext.DECIMAL128), "Hz", BigDecimal.ONE),
            "angle", Map.of("°", new BigDecimal(Math.PI / 180), "deg", new BigDecimal(Math.PI / 180),
                    "rad", BigDecimal.ONE),
            // 1 psi = 4.4482216152605 N / (0.0254 m)² = 6894.757293168361 Pa.
            "stress", Map.of("Pa", BigDecimal.ONE, "kPa", new BigDecimal("1000"), "MPa", new BigDecimal("1000000"),
                    "psi", new BigDecimal("4.4482216152605").divide(new BigDecimal("0.00064516"), MathContext.DECIMAL128)),
            "sectionModulus", Map.of("mm³", new BigDecimal("1e-9"), "cm³", new BigDecimal("1e-6"),
                    "in³", new BigDecimal("0.000016387064"), "m³", BigDecimal.ONE),
            "speed", Map.of("km/h", BigDecimal.ONE.divide(new BigDecimal("3.6"), MathContext.DECIMAL128),
                    "m/s", BigDecimal.ONE, "mph", new BigDecimal("0.44704")),
            "area", Map.of("m²", BigDecimal.ONE, "m^2", BigDecimal.ONE));

    /** The units the bundled sheets use: the library's canonical ones. */
    public static final Map<String, String> METRIC = Map.of("length", "mm", "mass", "kg", "torque", "N·m",
            "power", "kW", "rotationalSpeed", "rpm", "angle", "°", "stress", "MPa", "sectionModulus", "cm³",
            "speed", "km/h", "area", "m²");

    /** One reader for every test: it is immutable and thread-safe, and building one costs more than a read. */
    private static final SpecSheetReader READER = new SpecSheetReader();

    private RandomVehicles() {
    }

    /** One axle, SI; a parking brake torque of 0 means none, NaN track or steering angle means absent. */
    public record AxleParameters(double positionM, boolean rear, double ratedLoadKg, double staticRadiusM,
            double rollingRadiusM, double trackM, boolean driven, double brakeTorqueNm, double steeringAngleRad,
            double kingpinSpacingM) {

        public AxleParameters withBrakeTorque(double newTorqueNm) {
            return new AxleParameters(positionM, rear, ratedLoadKg, staticRadiusM, rollingRadiusM, trackM, driven,
                    newTorqueNm, steeringAngleRad, kingpinSpacingM);
        }

        AxleParameters at(double newPositionM, boolean newRear, double newSteeringAngleRad, double newKingpinM) {
            return new AxleParameters(newPositionM, newRear, ratedLoadKg, staticRadiusM, rollingRadiusM, trackM, driven,
                    brakeTorqueNm, newSteeringAngleRad, newKingpinM);
        }
    }

    /** A load case, SI: mass and centre of gravity (position rearward from the first axle, height above the road). */
    public record LoadParameters(double massKg, double centreOfGravityPositionM, double centreOfGravityHeightM) {
    }

    /**
     * A vehicle as plain SI numbers, to vary one number at a time and write as a sheet. NaN launch torque or
     * transfer case means none; {@code electric} means a motor (no clutch) instead of an engine.
     */
    public record Parameters(String id, List<AxleParameters> axles, LoadParameters laden, LoadParameters unladen,
            boolean electric, double peakTorqueNm, double launchTorqueNm, double clutchCapacityNm, double maxPowerW,
            double maxSpeedRevolutionsPerSecond, double[][] torqueCurve, double[] gearRatios, double finalDrive,
            double efficiency, double transferHigh, double transferLow, double[] body, double dragCoefficient,
            double frontalAreaM2, double sectionModulusM3, double yieldStrengthPa, double generatorPowerW,
            double[] consumerPowersW) {

        public Parameters withAxles(List<AxleParameters> newAxles) {
            return new Parameters(id, newAxles, laden, unladen, electric, peakTorqueNm, launchTorqueNm,
                    clutchCapacityNm, maxPowerW, maxSpeedRevolutionsPerSecond, torqueCurve, gearRatios, finalDrive,
                    efficiency, transferHigh, transferLow, body, dragCoefficient, frontalAreaM2, sectionModulusM3,
                    yieldStrengthPa, generatorPowerW, consumerPowersW);
        }

        public Parameters withLaden(LoadParameters newLaden) {
            return new Parameters(id, axles, newLaden, unladen, electric, peakTorqueNm, launchTorqueNm,
                    clutchCapacityNm, maxPowerW, maxSpeedRevolutionsPerSecond, torqueCurve, gearRatios, finalDrive,
                    efficiency, transferHigh, transferLow, body, dragCoefficient, frontalAreaM2, sectionModulusM3,
                    yieldStrengthPa, generatorPowerW, consumerPowersW);
        }

        /**
         * A launch drive changed: launch torque (NaN for none; the peak torque and curve follow when it would exceed
         * them; for an electric drive the motor's peak torque), clutch, gear ratios, final drive.
         */
        public Parameters withDrive(double newLaunchTorqueNm, double newClutchCapacityNm, double[] newGearRatios,
                double newFinalDrive) {
            double peak = Double.isNaN(newLaunchTorqueNm) ? peakTorqueNm
                    : electric ? newLaunchTorqueNm : Math.max(peakTorqueNm, newLaunchTorqueNm);
            double[][] curve = torqueCurve.clone();
            for (int index = 0; index < curve.length; index++) {
                curve[index] = new double[] {curve[index][0], curve[index][1] * peak / peakTorqueNm};
            }
            return new Parameters(id, axles, laden, unladen, electric, peak, electric ? Double.NaN : newLaunchTorqueNm,
                    newClutchCapacityNm, maxPowerW, maxSpeedRevolutionsPerSecond, curve, newGearRatios, newFinalDrive,
                    efficiency, transferHigh, transferLow, body, dragCoefficient, frontalAreaM2, sectionModulusM3,
                    yieldStrengthPa, generatorPowerW, consumerPowersW);
        }

        /** T_launch: the launch torque, the peak when none is given, the motor's peak for an electric drive. */
        public double launchTorqueOrPeakNm() {
            return Double.isNaN(launchTorqueNm) ? peakTorqueNm : launchTorqueNm;
        }

        /**
         * The same vehicle turned front to back: axle i of n at x_n − x_(n+1−i), the rear group now the front one,
         * the centre of gravity at x_n − x_G at the same height; every axle keeps its rating, tyres, brake and drive.
         * Steering moves to the new front axles (it does not enter the statics); the body is left out, since
         * overhangs and approach points would swap too and no slope check reads them.
         */
        public Parameters mirrored() {
            int count = axles.size();
            double length = axles.get(count - 1).positionM();
            List<AxleParameters> turned = new ArrayList<>();
            for (int index = count - 1; index >= 0; index--) {
                AxleParameters axle = axles.get(index);
                boolean rear = !axle.rear();
                turned.add(axle.at(length - axle.positionM(), rear, rear ? Double.NaN : Math.toRadians(40),
                        rear ? Double.NaN : 1.9));
            }
            LoadParameters turnedLaden = new LoadParameters(laden.massKg(), length - laden.centreOfGravityPositionM(),
                    laden.centreOfGravityHeightM());
            LoadParameters turnedUnladen = new LoadParameters(unladen.massKg(),
                    length - unladen.centreOfGravityPositionM(), unladen.centreOfGravityHeightM());
            return new Parameters(id + "-MIRRORED", turned, turnedLaden, turnedUnladen, electric, peakTorqueNm,
                    launchTorqueNm, clutchCapacityNm, maxPowerW, maxSpeedRevolutionsPerSecond, torqueCurve, gearRatios,
                    finalDrive, efficiency, transferHigh, transferLow, null, dragCoefficient, frontalAreaM2,
                    sectionModulusM3, yieldStrengthPa, generatorPowerW, consumerPowersW);
        }

        /** The statics' view of the laden vehicle, built here from the numbers, not through the spec. */
        public RigidVehicle rigidVehicle() {
            RigidVehicle.Builder builder = RigidVehicle.builder().massKg(laden.massKg())
                    .centreOfGravity(laden.centreOfGravityPositionM(), laden.centreOfGravityHeightM());
            for (AxleParameters axle : axles) {
                builder.axle(axle.positionM(), axle.rear(), axle.ratedLoadKg(), axle.staticRadiusM(),
                        axle.rollingRadiusM(), axle.driven(), axle.brakeTorqueNm());
            }
            return builder.build();
        }
    }

    /** The vehicle of {@code seed}, read from its metric sheet. */
    public static ChassisSpec vehicle(long seed) {
        return read(parameters(seed));
    }

    /** A vehicle from its metric sheet. */
    public static ChassisSpec read(Parameters parameters) {
        return READER.read(sheet(parameters, METRIC::get), parameters.id() + ".json");
    }

    /**
     * The same spec built with the model API in SI units, without a sheet: what {@link #read} gives (a test says so),
     * a hundred times faster, for the properties that vary one number many times.
     */
    public static ChassisSpec build(Parameters vehicle) {
        ChassisSpec.Builder spec = ChassisSpec.builder().id(vehicle.id()).name(vehicle.id()).category("N3");
        for (AxleParameters axle : vehicle.axles()) {
            spec.axle(new Axle(null, axle.rear() ? AxleGroup.REAR : AxleGroup.FRONT, si(axle.positionM(), Length.class),
                    si(axle.ratedLoadKg(), Mass.class), Double.isNaN(axle.trackM()) ? null : si(axle.trackM(), Length.class),
                    new Tyres(null, null, si(axle.staticRadiusM(), Length.class), si(axle.rollingRadiusM(), Length.class)),
                    Double.isNaN(axle.steeringAngleRad()) ? null : new Steering(si(axle.steeringAngleRad(), Angle.class),
                            si(axle.kingpinSpacingM(), Length.class)),
                    axle.driven(), axle.brakeTorqueNm() > 0 ? si(axle.brakeTorqueNm(), Torque.class) : null));
        }
        spec.loadCase(ChassisSpec.UNLADEN, loadCase(vehicle.unladen())).loadCase(ChassisSpec.LADEN,
                loadCase(vehicle.laden()));
        if (vehicle.gearRatios() != null) {
            spec.powertrain(powertrain(vehicle));
        }
        double[] body = vehicle.body();
        if (body != null) {
            spec.body(new Body(null, si(body[0], Length.class), si(body[1], Length.class), si(body[2], Length.class),
                    si(body[3], Length.class), si(body[4], Length.class), si(body[5], Length.class),
                    new ClearancePoint(si(body[6], Length.class), si(body[7], Length.class)),
                    new ClearancePoint(si(body[8], Length.class), si(body[9], Length.class))));
        }
        if (!Double.isNaN(vehicle.dragCoefficient())) {
            spec.aerodynamics(new Aerodynamics(vehicle.dragCoefficient(), si(vehicle.frontalAreaM2(), Area.class)));
        }
        if (!Double.isNaN(vehicle.sectionModulusM3())) {
            spec.frame(new Frame(RailShape.STRAIGHT, si(vehicle.sectionModulusM3(), Volume.class),
                    si(vehicle.yieldStrengthPa(), Pressure.class)));
        }
        if (!Double.isNaN(vehicle.generatorPowerW())) {
            List<ElectricalConsumer> consumers = new ArrayList<>();
            for (int index = 0; index < vehicle.consumerPowersW().length; index++) {
                consumers.add(new ElectricalConsumer("consumer " + (index + 1), si(vehicle.consumerPowersW()[index],
                        Power.class)));
            }
            spec.electrical(new Electrical(si(vehicle.generatorPowerW(), Power.class), consumers));
        }
        return spec.build();
    }

    private static Powertrain powertrain(Parameters vehicle) {
        List<TorquePoint> curve = new ArrayList<>();
        for (double[] point : vehicle.torqueCurve()) {
            curve.add(new TorquePoint(si(point[0], Frequency.class), si(point[1], Torque.class)));
        }
        List<Double> ratios = new ArrayList<>();
        for (double ratio : vehicle.gearRatios()) {
            ratios.add(ratio);
        }
        Quantity<Torque> peak = si(vehicle.peakTorqueNm(), Torque.class);
        Quantity<Power> power = Double.isNaN(vehicle.maxPowerW()) ? null : si(vehicle.maxPowerW(), Power.class);
        Quantity<Frequency> speed = si(vehicle.maxSpeedRevolutionsPerSecond(), Frequency.class);
        return new Powertrain(
                vehicle.electric() ? null : new Engine(peak, Double.isNaN(vehicle.launchTorqueNm()) ? null
                        : si(vehicle.launchTorqueNm(), Torque.class), power, speed, curve.isEmpty() ? null : curve),
                vehicle.electric() ? new ElectricMotor(peak, power, speed, curve.isEmpty() ? null : curve) : null,
                vehicle.electric() ? null : new Clutch(si(vehicle.clutchCapacityNm(), Torque.class)), new Gearbox(ratios),
                Double.isNaN(vehicle.transferHigh()) ? null : new TransferCase(vehicle.transferHigh(),
                        vehicle.transferLow()), vehicle.finalDrive(), vehicle.efficiency());
    }

    private static LoadCase loadCase(LoadParameters load) {
        return LoadCase.of(si(load.massKg(), Mass.class), CentreOfGravity.at(si(load.centreOfGravityPositionM(),
                Length.class), si(load.centreOfGravityHeightM(), Length.class)));
    }

    private static <Q extends Quantity<Q>> Quantity<Q> si(double value, Class<Q> type) {
        return SiValues.quantity(value, type);
    }

    /**
     * The vehicle of {@code seed} with parts left out at random, as real sheets often are: no powertrain, torque
     * curve, maximum power, aerodynamics, frame, electrics, body, tracks or steering; no parking brake at all; no
     * driven axle; an unusually high or far-back centre of gravity. Still valid; some checks cannot run on it.
     */
    public static Parameters sparse(long seed) {
        Parameters full = parameters(seed);
        Random random = new Random(~seed);
        boolean noBrake = random.nextInt(6) == 0;
        boolean noDrive = random.nextInt(6) == 0;
        boolean noTracks = random.nextInt(4) == 0;
        boolean noSteering = random.nextInt(5) == 0;
        List<AxleParameters> axles = new ArrayList<>();
        for (AxleParameters axle : full.axles()) {
            axles.add(new AxleParameters(axle.positionM(), axle.rear(), axle.ratedLoadKg(), axle.staticRadiusM(),
                    axle.rollingRadiusM(), noTracks ? Double.NaN : axle.trackM(), axle.driven() && !noDrive,
                    noBrake ? 0 : axle.brakeTorqueNm(), noSteering ? Double.NaN : axle.steeringAngleRad(),
                    axle.kingpinSpacingM()));
        }
        LoadParameters laden = full.laden();
        if (random.nextInt(4) == 0) {
            // Anywhere strictly between the group centres, which is what the validator asks.
            double[] moment = new double[2];
            double[] rating = new double[2];
            for (AxleParameters axle : axles) {
                moment[axle.rear() ? 1 : 0] += axle.ratedLoadKg() * axle.positionM();
                rating[axle.rear() ? 1 : 0] += axle.ratedLoadKg();
            }
            double front = moment[0] / rating[0];
            double rear = moment[1] / rating[1];
            laden = new LoadParameters(laden.massKg(), front + (rear - front) * (0.02 + 0.96 * random.nextDouble()),
                    0.2 + 3.8 * random.nextDouble());
        }
        boolean noPowertrain = random.nextInt(5) == 0;
        return new Parameters(full.id(), axles, laden, full.unladen(), full.electric(), full.peakTorqueNm(),
                full.launchTorqueNm(), full.clutchCapacityNm(), random.nextInt(4) == 0 ? Double.NaN : full.maxPowerW(),
                full.maxSpeedRevolutionsPerSecond(), random.nextInt(4) == 0 ? new double[0][] : full.torqueCurve(),
                noPowertrain ? null : full.gearRatios(), full.finalDrive(), full.efficiency(), full.transferHigh(),
                full.transferLow(), random.nextInt(4) == 0 ? null : full.body(),
                random.nextInt(4) == 0 ? Double.NaN : full.dragCoefficient(), full.frontalAreaM2(),
                random.nextInt(4) == 0 ? Double.NaN : full.sectionModulusM3(), full.yieldStrengthPa(),
                random.nextInt(4) == 0 ? Double.NaN : full.generatorPowerW(), full.consumerPowersW());
    }

    /** The numbers of the vehicle of {@code seed}. */
    public static Parameters parameters(long seed) {
        Random random = new Random(seed);
        int frontAxles = 1 + random.nextInt(2);
        int rearAxles = 1 + random.nextInt(frontAxles == 2 ? 2 : 3);
        List<AxleParameters> axles = new ArrayList<>();
        double position = 0;
        boolean anyBrake = false;
        boolean anyDriven = false;
        int count = frontAxles + rearAxles;
        for (int index = 0; index < count; index++) {
            boolean rear = index >= frontAxles;
            if (index > 0) {
                position += rear && index == frontAxles ? 2.5 + 4 * random.nextDouble() : 1.25 + 0.3 * random.nextDouble();
            }
            boolean last = index == count - 1;
            boolean brake = random.nextDouble() < 0.5 || last && !anyBrake;
            boolean driven = rear && (random.nextBoolean() || last && !anyDriven);
            anyBrake |= brake;
            anyDriven |= driven;
            double rollingRadius = 0.35 + 0.2 * random.nextDouble();
            axles.add(new AxleParameters(position, rear, 3000 + 9000 * random.nextDouble(),
                    rollingRadius * (0.95 + 0.05 * random.nextDouble()), rollingRadius, 1.7 + 0.4 * random.nextDouble(),
                    driven, brake ? 3000 + 60_000 * random.nextDouble() : 0,
                    rear ? Double.NaN : Math.toRadians(38 + 14 * random.nextDouble()), 1.6 + 0.5 * random.nextDouble()));
        }
        double firstRear = axles.get(frontAxles).positionM();
        double lastFront = axles.get(frontAxles - 1).positionM();
        double unladenMass = 3000 + 12_000 * random.nextDouble();
        // The centre of gravity between the last front axle and the first rear one, well inside the wheelbase.
        LoadParameters unladen = new LoadParameters(unladenMass,
                lastFront + (firstRear - lastFront) * (0.25 + 0.5 * random.nextDouble()), 0.7 + 0.8 * random.nextDouble());
        LoadParameters laden = new LoadParameters(unladenMass * (1.2 + 1.3 * random.nextDouble()),
                lastFront + (firstRear - lastFront) * (0.25 + 0.5 * random.nextDouble()), 0.8 + 1.4 * random.nextDouble());
        boolean electric = random.nextInt(6) == 0;
        double peak = electric ? 400 + 2600 * random.nextDouble() : 500 + 2500 * random.nextDouble();
        double launch = electric ? Double.NaN : random.nextInt(5) == 0 ? Double.NaN : peak * (0.6 + 0.4 * random.nextDouble());
        double clutch = electric ? Double.NaN : peak * (0.7 + 0.9 * random.nextDouble());
        double maxSpeed = electric ? (8000 + 6000 * random.nextDouble()) / 60 : (2000 + 800 * random.nextDouble()) / 60;
        double[][] curve = electric
                ? new double[][] {{0, peak}, {maxSpeed * 0.25, peak}, {maxSpeed, peak * 0.3}}
                : new double[][] {{maxSpeed * 0.3, peak * 0.65}, {maxSpeed * 0.45, peak}, {maxSpeed * 0.65, peak},
                        {maxSpeed, peak * 0.7}};
        double maxPower = 2 * Math.PI * maxSpeed * peak * (electric ? 0.25 : 0.65);
        double[] ratios;
        if (electric) {
            ratios = random.nextBoolean() ? new double[] {2 + 4 * random.nextDouble()}
                    : new double[] {3 + 3 * random.nextDouble(), 1 + random.nextDouble()};
        } else {
            int gears = 4 + random.nextInt(9);
            double first = 5 + 10 * random.nextDouble();
            double top = 0.75 + 0.3 * random.nextDouble();
            ratios = new double[gears];
            for (int gear = 0; gear < gears; gear++) {
                ratios[gear] = first * Math.pow(top / first, gear / (gears - 1.0));
            }
        }
        boolean transfer = !electric && random.nextInt(4) == 0;
        double lastAxle = axles.get(count - 1).positionM();
        double frontOverhang = 1.2 + 1.5 * random.nextDouble();
        double rearOverhang = 1.0 + 2.5 * random.nextDouble();
        double clearance = 0.2 + 0.2 * random.nextDouble();
        double[] body = {frontOverhang + lastAxle + rearOverhang, 2.3 + 0.25 * random.nextDouble(),
                2.8 + 1.2 * random.nextDouble(), frontOverhang, rearOverhang, clearance,
                frontOverhang * (0.7 + 0.3 * random.nextDouble()), clearance + 0.1 + 0.4 * random.nextDouble(),
                rearOverhang * (0.7 + 0.3 * random.nextDouble()), clearance + 0.1 + 0.5 * random.nextDouble()};
        int consumers = 1 + random.nextInt(5);
        double[] consumerPowers = new double[consumers];
        for (int index = 0; index < consumers; index++) {
            consumerPowers[index] = 200 + 4000 * random.nextDouble();
        }
        return new Parameters("RANDOM-" + seed, List.copyOf(axles), laden, unladen, electric, peak, launch, clutch,
                maxPower, maxSpeed, curve, ratios, 2.5 + 4 * random.nextDouble(), 0.85 + 0.1 * random.nextDouble(),
                transfer ? 1.0 : Double.NaN, transfer ? 1.8 + random.nextDouble() : Double.NaN, body,
                0.45 + 0.4 * random.nextDouble(), 5 + 4 * random.nextDouble(), (90 + 200 * random.nextDouble()) * 1e-6,
                (300 + 400 * random.nextDouble()) * 1e6, 2000 + 10_000 * random.nextDouble(), consumerPowers);
    }

    /**
     * The vehicle as a {@code chassis-spec/1} sheet, each value written in the unit {@code units} picks for its kind
     * ("length", "mass", "torque", "power", "rotationalSpeed", "angle", "stress", "sectionModulus", "area"), with 25
     * significant digits, so that it reads back to the SI value or its neighbouring double.
     */
    public static String sheet(Parameters vehicle, UnaryOperator<String> units) {
        Writer out = new Writer(units);
        StringBuilder text = new StringBuilder("{\n  \"format\": \"chassis-spec/1\",\n  \"id\": \"")
                .append(vehicle.id()).append("\",\n  \"category\": \"N3\",\n  \"axles\": [\n");
        for (int index = 0; index < vehicle.axles().size(); index++) {
            AxleParameters axle = vehicle.axles().get(index);
            text.append("    { \"group\": \"").append(axle.rear() ? "rear" : "front").append("\", \"position\": ")
                    .append(out.value(axle.positionM(), "length")).append(", \"ratedLoad\": ")
                    .append(out.value(axle.ratedLoadKg(), "mass"));
            if (!Double.isNaN(axle.trackM())) {
                text.append(", \"track\": ").append(out.value(axle.trackM(), "length"));
            }
            text.append(",\n      \"tyres\": { \"staticLoadedRadius\": ").append(out.value(axle.staticRadiusM(), "length"))
                    .append(", \"rollingRadius\": ").append(out.value(axle.rollingRadiusM(), "length")).append(" }");
            if (!Double.isNaN(axle.steeringAngleRad())) {
                text.append(",\n      \"steering\": { \"maxInnerAngle\": ").append(out.value(axle.steeringAngleRad(),
                        "angle")).append(", \"kingpinSpacing\": ").append(out.value(axle.kingpinSpacingM(), "length"))
                        .append(" }");
            }
            if (axle.driven()) {
                text.append(", \"driven\": true");
            }
            if (axle.brakeTorqueNm() > 0) {
                text.append(", \"parkingBrakeTorque\": ").append(out.value(axle.brakeTorqueNm(), "torque"));
            }
            text.append(index + 1 < vehicle.axles().size() ? " },\n" : " }\n");
        }
        text.append("  ],\n  \"loadCases\": {\n");
        text.append("    \"unladen\": ").append(loadCase(vehicle.unladen(), out)).append(",\n");
        text.append("    \"laden\": ").append(loadCase(vehicle.laden(), out)).append("\n  },\n");
        if (vehicle.gearRatios() != null) {
            powertrain(vehicle, out, text);
        }
        double[] body = vehicle.body();
        if (body != null) {
            body(body, out, text);
        }
        if (!Double.isNaN(vehicle.dragCoefficient())) {
            text.append("  \"aerodynamics\": { \"dragCoefficient\": ").append(vehicle.dragCoefficient())
                    .append(", \"frontalArea\": ").append(out.value(vehicle.frontalAreaM2(), "area")).append(" },\n");
        }
        if (!Double.isNaN(vehicle.sectionModulusM3())) {
            text.append("  \"frame\": { \"rails\": \"straight\", \"sectionModulus\": ")
                    .append(out.value(vehicle.sectionModulusM3(), "sectionModulus")).append(", \"yieldStrength\": ")
                    .append(out.value(vehicle.yieldStrengthPa(), "stress")).append(" },\n");
        }
        if (!Double.isNaN(vehicle.generatorPowerW())) {
            text.append("  \"electrical\": { \"generatorPower\": ").append(out.value(vehicle.generatorPowerW(), "power"))
                    .append(", \"consumers\": [");
            for (int index = 0; index < vehicle.consumerPowersW().length; index++) {
                text.append(index == 0 ? " " : ", ").append("{ \"name\": \"consumer ").append(index + 1)
                        .append("\", \"power\": ").append(out.value(vehicle.consumerPowersW()[index], "power")).append(" }");
            }
            text.append(" ] },\n");
        }
        // Last, so that no optional part before it leaves a trailing comma.
        return text.append("  \"name\": \"").append(vehicle.id()).append("\"\n}\n").toString();
    }

    private static void powertrain(Parameters vehicle, Writer out, StringBuilder text) {
        text.append("  \"powertrain\": {\n    \"").append(vehicle.electric() ? "motor" : "engine")
                .append("\": { \"peakTorque\": ").append(out.value(vehicle.peakTorqueNm(), "torque"));
        if (!Double.isNaN(vehicle.launchTorqueNm())) {
            text.append(", \"launchTorque\": ").append(out.value(vehicle.launchTorqueNm(), "torque"));
        }
        if (!Double.isNaN(vehicle.maxPowerW())) {
            text.append(", \"maxPower\": ").append(out.value(vehicle.maxPowerW(), "power"));
        }
        text.append(vehicle.electric() ? ", \"maxSpeed\": " : ", \"governedSpeed\": ")
                .append(out.value(vehicle.maxSpeedRevolutionsPerSecond(), "rotationalSpeed"));
        if (vehicle.torqueCurve().length > 0) {
            text.append(",\n      \"torqueCurve\": [");
            for (int index = 0; index < vehicle.torqueCurve().length; index++) {
                text.append(index == 0 ? " " : ", ").append("{ \"speed\": ")
                        .append(out.value(vehicle.torqueCurve()[index][0], "rotationalSpeed")).append(", \"torque\": ")
                        .append(out.value(vehicle.torqueCurve()[index][1], "torque")).append(" }");
            }
            text.append(" ]");
        }
        text.append(" },\n");
        if (!vehicle.electric()) {
            text.append("    \"clutch\": { \"torqueCapacity\": ").append(out.value(vehicle.clutchCapacityNm(), "torque"))
                    .append(" },\n");
        }
        text.append("    \"gearbox\": { \"ratios\": [");
        for (int index = 0; index < vehicle.gearRatios().length; index++) {
            text.append(index == 0 ? "" : ", ").append(vehicle.gearRatios()[index]);
        }
        text.append("] },\n");
        if (!Double.isNaN(vehicle.transferHigh())) {
            text.append("    \"transferCase\": { \"high\": ").append(vehicle.transferHigh()).append(", \"low\": ")
                    .append(vehicle.transferLow()).append(" },\n");
        }
        text.append("    \"finalDrive\": ").append(vehicle.finalDrive()).append(", \"efficiency\": ")
                .append(vehicle.efficiency()).append("\n  },\n");
    }

    private static void body(double[] body, Writer out, StringBuilder text) {
        text.append("  \"body\": { \"overallLength\": ").append(out.value(body[0], "length"))
                .append(", \"overallWidth\": ").append(out.value(body[1], "length"))
                .append(", \"overallHeight\": ").append(out.value(body[2], "length"))
                .append(", \"frontOverhang\": ").append(out.value(body[3], "length"))
                .append(", \"rearOverhang\": ").append(out.value(body[4], "length"))
                .append(", \"groundClearance\": ").append(out.value(body[5], "length"))
                .append(",\n    \"approachPoint\": { \"distance\": ").append(out.value(body[6], "length"))
                .append(", \"height\": ").append(out.value(body[7], "length"))
                .append(" }, \"departurePoint\": { \"distance\": ").append(out.value(body[8], "length"))
                .append(", \"height\": ").append(out.value(body[9], "length")).append(" } },\n");
    }

    private static String loadCase(LoadParameters load, Writer out) {
        return "{ \"mass\": " + out.value(load.massKg(), "mass") + ", \"centreOfGravity\": { \"position\": "
                + out.value(load.centreOfGravityPositionM(), "length") + ", \"height\": "
                + out.value(load.centreOfGravityHeightM(), "length") + " } }";
    }

    /**
     * A picker of units that chooses at random, independently for every value, among all the units of its kind;
     * {@code seed} makes the choice replay.
     */
    public static UnaryOperator<String> mixedUnits(long seed) {
        Random random = new Random(seed);
        return kind -> {
            List<String> symbols = UNITS.get(kind).keySet().stream().sorted().toList();
            return symbols.get(random.nextInt(symbols.size()));
        };
    }

    /** An SI value as {@code "<number> <unit>"} in a unit of its kind, the number with 25 significant digits. */
    public static String quantity(double siValue, String kind, String unit) {
        BigDecimal factor = UNITS.get(kind).get(unit);
        if (factor == null) {
            throw new IllegalArgumentException(unit + " is not a unit of " + kind + " here");
        }
        BigDecimal number = new BigDecimal(siValue).divide(factor, new MathContext(25)).stripTrailingZeros();
        return number.toPlainString() + " " + unit;
    }

    /** Writes values in the units a picker chooses. */
    private record Writer(UnaryOperator<String> units) {
        String value(double siValue, String kind) {
            return "\"" + quantity(siValue, kind, units.apply(kind)) + "\"";
        }
    }
}
