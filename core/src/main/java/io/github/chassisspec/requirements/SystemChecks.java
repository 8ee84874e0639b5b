package io.github.chassisspec.requirements;

import io.github.chassisspec.model.Body;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.ElectricalConsumer;
import io.github.chassisspec.model.Frame;
import io.github.chassisspec.model.RailShape;
import io.github.chassisspec.physics.FrameBending;
import io.github.chassisspec.physics.LimitingFactor;
import io.github.chassisspec.physics.RigidVehicle;
import io.github.chassisspec.report.Change;
import io.github.chassisspec.report.Comparison;
import io.github.chassisspec.report.Measure;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.SiValues;
import java.math.RoundingMode;

/** Checks of the frame, the electrical system and the power (PHYSICS.md §6). */
final class SystemChecks {

    private static final int RAILS = 2;

    private SystemChecks() {
    }

    static RequirementResult frameStrength(ChassisSpec spec, FrameStrengthRequirement requirement) {
        RequirementResult.Builder result = RequirementResult.builder(requirement.check(), Verdict.NOT_EVALUATED,
                        Figures.megapascals(0), "").label(requirement.label()).load(requirement.load())
                .comparison(Comparison.AT_MOST)
                .assumption("dynamicFactor", requirement.dynamicFactor())
                .assumption("safetyFactor", requirement.safetyFactor());
        Frame frame = spec.frame();
        if (frame == null) {
            return result.message("not evaluated: frame is not given").build();
        }
        if (frame.rails() == RailShape.CURVED) {
            return result.warning("the frame rails are curved or kinked: simple beam theory is not enough to pass them;"
                            + " have the frame checked by finite elements or against the maker's body-builder rules")
                    .message("not evaluated: curved or kinked rails (frame.rails) are never passed by beam theory")
                    .build();
        }
        Body body = spec.body();
        if (body == null || body.frontOverhang() == null || body.rearOverhang() == null) {
            return result.message("not evaluated: body.frontOverhang and body.rearOverhang are needed for the frame's"
                    + " length").build();
        }
        double mass = SiValues.of(spec.loadCase(requirement.load()).mass());
        double start = -SiValues.of(body.frontOverhang());
        double end = SiValues.of(spec.axles().get(spec.axles().size() - 1).position()) + SiValues.of(body.rearOverhang());
        double frontSupport = SiValues.of(spec.groupCentre(io.github.chassisspec.model.AxleGroup.FRONT));
        double rearSupport = SiValues.of(spec.groupCentre(io.github.chassisspec.model.AxleGroup.REAR));
        double sectionModulus = SiValues.of(frame.sectionModulus());
        double allowable = SiValues.of(frame.yieldStrength()) / requirement.safetyFactor();
        java.util.function.DoubleUnaryOperator stress = candidateMass -> FrameBending.railStressPa(
                FrameBending.maxMomentNm(candidateMass * RigidVehicle.GRAVITY / (end - start), start, end, frontSupport,
                        rearSupport), RAILS, requirement.dynamicFactor(), sectionModulus);
        double sigma = stress.applyAsDouble(mass);
        double moment = FrameBending.maxMomentNm(mass * RigidVehicle.GRAVITY / (end - start), start, end, frontSupport,
                rearSupport);
        boolean passes = sigma <= allowable;
        result.verdict(passes ? Verdict.PASS : Verdict.FAIL)
                .required(Figures.megapascals(allowable))
                .outcome(Figures.megapascals(sigma), Figures.megapascals(allowable - sigma), LimitingFactor.FRAME_STRESS)
                .assumption("loadDistribution", "the whole mass spread evenly over the frame's length from front to"
                        + " rear end, unsprung mass not subtracted")
                .assumption("rails", RAILS)
                .detail("frameLength", Figures.millimetres(end - start).text())
                .detail("maxBendingMoment", Measure.of(moment / 1000, "kN·m", 2).text())
                .detail("allowableStress", Figures.megapascals(allowable).text() + " (yield "
                        + Figures.megapascals(SiValues.of(frame.yieldStrength())).text() + " / "
                        + Figures.number(requirement.safetyFactor()) + ")")
                .message("the rails see " + Figures.megapascals(sigma).text() + " under " + Figures.number(
                        requirement.dynamicFactor()) + " g of the " + requirement.load() + " load; at most "
                        + Figures.megapascals(allowable).text() + " allowed");
        // σ is proportional to the load and inversely to the section modulus.
        double neededModulus = sectionModulus * sigma / allowable;
        double allowedMass = mass * allowable / sigma;
        if (passes) {
            Measure target = Measure.of(allowedMass, "kg", 0, RoundingMode.FLOOR);
            result.headroom(new Change("mass", "loadCases." + requirement.load() + ".mass", Figures.kilograms(mass),
                    target, allowedMass, "carries up to a mass of " + target.text() + " (now "
                    + Figures.kilograms(mass).text() + ")"));
        } else {
            Measure modulus = Measure.of(neededModulus * 1e6, "cm³", 1, RoundingMode.CEILING);
            result.remedy(new Change("sectionModulus", "frame.sectionModulus",
                    Measure.of(sectionModulus * 1e6, "cm³", 1), modulus, neededModulus, "section modulus of each rail at"
                    + " least " + modulus.text() + " (now " + Measure.of(sectionModulus * 1e6, "cm³", 1).text() + ")"));
            Measure target = Measure.of(allowedMass, "kg", 0, RoundingMode.FLOOR);
            result.remedy(new Change("mass", "loadCases." + requirement.load() + ".mass", Figures.kilograms(mass),
                    target, allowedMass, "mass of the " + requirement.load() + " load case at most " + target.text()
                    + " (now " + Figures.kilograms(mass).text() + ")"));
        }
        return result.build();
    }

    static RequirementResult electricalBalance(ChassisSpec spec, ElectricalBalanceRequirement requirement) {
        RequirementResult.Builder result = RequirementResult.builder(requirement.check(), Verdict.NOT_EVALUATED,
                        Figures.kilowatts(0), "").label(requirement.label()).comparison(Comparison.AT_LEAST)
                .assumption("reserve", requirement.reserve());
        if (spec.electrical() == null) {
            return result.message("not evaluated: electrical is not given").build();
        }
        double consumers = 0;
        for (ElectricalConsumer consumer : spec.electrical().consumers()) {
            consumers += SiValues.of(consumer.power());
        }
        if (spec.electrical().consumers().isEmpty()) {
            result.warning("electrical.consumers lists none, so the balance is trivially met");
        }
        double required = consumers * (1 + requirement.reserve());
        double generator = SiValues.of(spec.electrical().generatorPower());
        boolean passes = generator >= required;
        result.verdict(passes ? Verdict.PASS : Verdict.FAIL)
                .required(Figures.kilowatts(required))
                .outcome(Figures.kilowatts(generator), Figures.kilowatts(generator - required), LimitingFactor.GENERATOR)
                .detail("consumers", Figures.kilowatts(consumers).text())
                .message("the generator gives " + Figures.kilowatts(generator).text() + " for "
                        + Figures.kilowatts(consumers).text() + " of consumers; " + Figures.kilowatts(required).text()
                        + " required with a " + Figures.fixed(requirement.reserve() * 100, 0) + " % reserve");
        if (!passes) {
            Measure target = Measure.of(required / 1000, "kW", 2, RoundingMode.CEILING);
            result.remedy(new Change("generatorPower", "electrical.generatorPower", Figures.kilowatts(generator), target,
                    required, "generator power at least " + target.text() + " (now "
                    + Figures.kilowatts(generator).text() + ")"));
        } else {
            double allowed = generator / (1 + requirement.reserve());
            Measure target = Measure.of(allowed / 1000, "kW", 2, RoundingMode.FLOOR);
            result.headroom(new Change("consumers", "electrical.consumers", Figures.kilowatts(consumers), target, allowed,
                    "covers consumers up to " + target.text() + " in total (now " + Figures.kilowatts(consumers).text()
                    + ")"));
        }
        return result.build();
    }

    static RequirementResult powerToMass(ChassisSpec spec, PowerToMassRequirement requirement) {
        double minimum = SiValues.of(requirement.minimum());
        RequirementResult.Builder result = RequirementResult.builder(requirement.check(), Verdict.NOT_EVALUATED,
                specificPower(minimum), "").label(requirement.label()).load(requirement.load())
                .comparison(Comparison.AT_LEAST);
        if (spec.powertrain() == null) {
            return result.message("not evaluated: the spec gives no powertrain").build();
        }
        var power = spec.powertrain().isElectric() ? spec.powertrain().motor().maxPower()
                : spec.powertrain().engine().maxPower();
        if (power == null) {
            return result.message("not evaluated: " + (spec.powertrain().isElectric() ? "powertrain.motor.maxPower"
                    : "powertrain.engine.maxPower") + " is not given").build();
        }
        double watts = SiValues.of(power);
        double mass = SiValues.of(spec.loadCase(requirement.load()).mass());
        // W/kg is kW/t: 1000 W per 1000 kg.
        double ratio = watts / mass;
        boolean passes = ratio >= minimum;
        result.verdict(passes ? Verdict.PASS : Verdict.FAIL)
                .outcome(specificPower(ratio), specificPower(ratio - minimum), LimitingFactor.POWER)
                .message("the " + requirement.load() + " vehicle has " + specificPower(ratio).text() + " ("
                        + Figures.kilowatts(watts).text() + " for " + Figures.kilograms(mass).text() + "); at least "
                        + specificPower(minimum).text() + " required");
        if (!passes) {
            Measure powerTarget = Measure.of(minimum * mass / 1000, "kW", 2, RoundingMode.CEILING);
            result.remedy(new Change("maxPower", spec.powertrain().isElectric() ? "powertrain.motor.maxPower"
                    : "powertrain.engine.maxPower", Figures.kilowatts(watts), powerTarget, minimum * mass,
                    "maximum power at least " + powerTarget.text() + " (now " + Figures.kilowatts(watts).text() + ")"));
            Measure massTarget = Measure.of(watts / minimum, "kg", 0, RoundingMode.FLOOR);
            result.remedy(new Change("mass", "loadCases." + requirement.load() + ".mass", Figures.kilograms(mass),
                    massTarget, watts / minimum, "mass of the " + requirement.load() + " load case at most "
                    + massTarget.text() + " (now " + Figures.kilograms(mass).text() + ")"));
        } else {
            Measure massTarget = Measure.of(watts / minimum, "kg", 0, RoundingMode.FLOOR);
            result.headroom(new Change("mass", "loadCases." + requirement.load() + ".mass", Figures.kilograms(mass),
                    massTarget, watts / minimum, "meets it up to a mass of " + massTarget.text() + " (now "
                    + Figures.kilograms(mass).text() + ")"));
        }
        return result.build();
    }

    private static Measure specificPower(double wattsPerKilogram) {
        return Measure.of(wattsPerKilogram, "kW/t", 2);
    }
}
