package io.github.chassisspec.requirements;

import io.github.chassisspec.json.RequirementProfileReader;
import io.github.chassisspec.json.SheetFormat;
import io.github.chassisspec.model.RandomVehicles;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Random requirement profiles for the property tests: one requirement of every check the reader knows, with random
 * thresholds from easy to impossible, written in units and slope notations a picker chooses, from a seed that
 * replays.
 */
final class RandomProfiles {

    private RandomProfiles() {
    }

    /** How a profile writes a slope given in degrees. */
    enum SlopeNotation { DEGREES, DEG, RADIANS, PERCENT }

    /**
     * A {@code chassis-requirements/1} profile of every check with thresholds drawn from {@code seed}, for a vehicle
     * with {@code gears} gears; the same seed gives the same thresholds whatever the units and notation.
     */
    static String profile(long seed, int gears, boolean transferCase, UnaryOperator<String> units,
            SlopeNotation notation) {
        Random random = new Random(seed);
        double adhesion = 0.3 + 0.7 * random.nextDouble();
        String facing = new String[] {"uphill", "downhill", "both"}[random.nextInt(3)];
        StringBuilder text = new StringBuilder("{\n  \"format\": \"chassis-requirements/1\",\n  \"name\": \"random ")
                .append(seed).append("\",\n  \"assumptions\": { \"adhesion\": ").append(adhesion)
                .append(", \"rollingResistance\": ").append(0.005 + 0.02 * random.nextDouble())
                .append(", \"reserveAcceleration\": \"").append(random.nextBoolean() ? 0 : 0.3 * random.nextDouble())
                .append(" m/s²\" },\n  \"requirements\": [\n");
        text.append("    { \"check\": \"parkingHold\", \"slope\": ").append(slope(random.nextDouble() * 40, notation))
                .append(", \"facing\": \"").append(facing).append("\" },\n");
        text.append("    { \"check\": \"parkingHold\", \"slope\": ").append(slope(random.nextDouble() * 30, notation))
                .append(", \"load\": \"unladen\", \"facing\": \"both\" },\n");
        text.append("    { \"check\": \"hillStart\", \"slope\": ").append(slope(random.nextDouble() * 30, notation))
                .append(", \"gear\": ").append(1 + random.nextInt(Math.min(2, gears)))
                .append(transferCase && random.nextBoolean() ? ", \"range\": \"low\"" : "").append(" },\n");
        text.append("    { \"check\": \"axleLoads\", \"maxAxleLoad\": ").append(value(6000 + 8000 * random.nextDouble(),
                "mass", units)).append(", \"maxDrivenAxleLoad\": ").append(value(8000 + 6000 * random.nextDouble(),
                "mass", units)).append(", \"maxGrossMass\": ").append(value(15_000 + 30_000 * random.nextDouble(),
                "mass", units)).append(" },\n");
        text.append("    { \"check\": \"steerAxleShare\", \"minimumShare\": ").append(0.1 + 0.3 * random.nextDouble())
                .append(" },\n");
        text.append("    { \"check\": \"gradeability\", \"slope\": ").append(slope(random.nextDouble() * 15, notation))
                .append(", \"speed\": ").append(value((5 + 60 * random.nextDouble()) / 3.6, "speed", units))
                .append(", \"gear\": ").append(1 + random.nextInt(gears)).append(" },\n");
        text.append("    { \"check\": \"topSpeed\", \"speed\": ").append(value((40 + 100 * random.nextDouble()) / 3.6,
                "speed", units)).append(" },\n");
        text.append("    { \"check\": \"tiltStability\", \"angle\": ").append(value(Math.toRadians(20 + 30
                * random.nextDouble()), "angle", units)).append(" },\n");
        text.append("    { \"check\": \"turningCircle\", \"maxOuterRadius\": ").append(value(8 + 8 * random.nextDouble(),
                "length", units)).append(", \"minInnerRadius\": ").append(value(2 + 5 * random.nextDouble(), "length",
                units)).append(" },\n");
        text.append("    { \"check\": \"groundAngles\", \"approach\": ").append(value(Math.toRadians(3 + 15
                * random.nextDouble()), "angle", units)).append(", \"departure\": ").append(value(Math.toRadians(3 + 15
                * random.nextDouble()), "angle", units)).append(", \"rampBreakover\": ").append(value(Math.toRadians(3
                + 15 * random.nextDouble()), "angle", units)).append(", \"minGroundClearance\": ").append(value(0.15
                + 0.2 * random.nextDouble(), "length", units)).append(" },\n");
        text.append("    { \"check\": \"frameStrength\", \"dynamicFactor\": ").append(1 + random.nextDouble())
                .append(", \"safetyFactor\": ").append(1 + random.nextDouble()).append(" },\n");
        text.append("    { \"check\": \"electricalBalance\", \"reserve\": ").append(0.3 * random.nextDouble())
                .append(" },\n");
        text.append("    { \"check\": \"powerToMass\", \"minimum\": \"").append(1 + 15 * random.nextDouble())
                .append(" kW/t\" }\n  ]\n}\n");
        return text.toString();
    }

    /** The profile of {@code seed} read, in metric units and degrees. */
    static RequirementProfile read(long seed, int gears, boolean transferCase) {
        return new RequirementProfileReader().readSheet(profile(seed, gears, transferCase,
                RandomVehicles.METRIC::get, SlopeNotation.DEGREES), "random.json", SheetFormat.JSON).profile();
    }

    private static String value(double siValue, String kind, UnaryOperator<String> units) {
        return "\"" + RandomVehicles.quantity(siValue, kind, units.apply(kind)) + "\"";
    }

    /** A slope of {@code degrees} in a notation: 25 significant digits; a grade as 100·tan θ. */
    static String slope(double degrees, SlopeNotation notation) {
        MathContext digits = new MathContext(25);
        return "\"" + switch (notation) {
            case DEGREES -> new BigDecimal(degrees).round(digits).toPlainString() + " °";
            case DEG -> new BigDecimal(degrees).round(digits).toPlainString() + " deg";
            case RADIANS -> new BigDecimal(Math.toRadians(degrees)).round(digits).toPlainString() + " rad";
            case PERCENT -> new BigDecimal(100 * Math.tan(Math.toRadians(degrees))).round(digits).toPlainString()
                    + " %";
        } + "\"";
    }
}
