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
import io.github.chassisspec.report.Phrase;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.SiValues;
import java.math.RoundingMode;

/** Checks of the frame, the electrical system and the power (PHYSICS.md §6). */
final class SystemChecks {

    private static final int RAILS = 2;

    private SystemChecks() {
    }

    static RequirementResult frameStrength(ChassisSpec spec, FrameStrengthRequirement requirement, Depth depth) {
        RequirementResult.Builder result = RequirementResult.builder(requirement.check(), Verdict.NOT_EVALUATED,
                        Figures.megapascals(0), Phrase.verbatim("")).label(requirement.label()).load(requirement.load())
                .comparison(Comparison.AT_MOST)
                .assumption("dynamicFactor", requirement.dynamicFactor())
                .assumption("safetyFactor", requirement.safetyFactor());
        Frame frame = spec.frame();
        if (frame == null) {
            return result.message(Phrase.of("notEvaluated.missing", "frame")).build();
        }
        if (frame.rails() == RailShape.CURVED) {
            return result.warning(Phrase.of("warning.curvedRails"))
                    .message(Phrase.of("notEvaluated.curvedRails"))
                    .build();
        }
        Body body = spec.body();
        if (body == null || body.frontOverhang() == null || body.rearOverhang() == null) {
            return result.message(Phrase.of("notEvaluated.frameLength")).build();
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
                .assumption("loadDistribution", Phrase.of("assumption.loadDistribution"))
                .assumption("rails", RAILS)
                .detail("frameLength", Figures.millimetres(end - start))
                .detail("maxBendingMoment", Measure.of(moment / 1000, "kN·m", 2))
                .detail("allowableStress", Phrase.of("detail.allowableStress", Figures.megapascals(allowable).text(),
                        Figures.megapascals(SiValues.of(frame.yieldStrength())).text(),
                        Figures.number(requirement.safetyFactor())))
                .message(Phrase.of("message.frame", Figures.megapascals(sigma).text(),
                        Figures.number(requirement.dynamicFactor()), requirement.load(),
                        Figures.megapascals(allowable).text()));
        if (!depth.includesChanges()) {
            return result.build();
        }
        // σ is proportional to the load and inversely to the section modulus.
        double neededModulus = sectionModulus * sigma / allowable;
        double allowedMass = mass * allowable / sigma;
        if (passes) {
            Measure target = Measure.of(allowedMass, "kg", 0, RoundingMode.FLOOR);
            result.headroom(new Change("mass", "loadCases." + requirement.load() + ".mass", Figures.kilograms(mass),
                    target, allowedMass, Phrase.of("headroom.mass.carries", target.text(),
                    Figures.kilograms(mass).text())));
        } else {
            Measure modulus = Measure.of(neededModulus * 1e6, "cm³", 1, RoundingMode.CEILING);
            result.remedy(new Change("sectionModulus", "frame.sectionModulus",
                    Measure.of(sectionModulus * 1e6, "cm³", 1), modulus, neededModulus, Phrase.of("change.sectionModulus",
                    modulus.text(), Measure.of(sectionModulus * 1e6, "cm³", 1).text())));
            Measure target = Measure.of(allowedMass, "kg", 0, RoundingMode.FLOOR);
            result.remedy(new Change("mass", "loadCases." + requirement.load() + ".mass", Figures.kilograms(mass),
                    target, allowedMass, Phrase.of("change.mass", requirement.load(), target.text(),
                    Figures.kilograms(mass).text())));
        }
        return result.build();
    }

    static RequirementResult electricalBalance(ChassisSpec spec, ElectricalBalanceRequirement requirement,
            Depth depth) {
        RequirementResult.Builder result = RequirementResult.builder(requirement.check(), Verdict.NOT_EVALUATED,
                        Figures.kilowatts(0), Phrase.verbatim("")).label(requirement.label())
                .comparison(Comparison.AT_LEAST)
                .assumption("reserve", requirement.reserve());
        if (spec.electrical() == null) {
            return result.message(Phrase.of("notEvaluated.missing", "electrical")).build();
        }
        double consumers = 0;
        for (ElectricalConsumer consumer : spec.electrical().consumers()) {
            consumers += SiValues.of(consumer.power());
        }
        if (spec.electrical().consumers().isEmpty()) {
            result.warning(Phrase.of("warning.noConsumers"));
        }
        double required = consumers * (1 + requirement.reserve());
        double generator = SiValues.of(spec.electrical().generatorPower());
        boolean passes = generator >= required;
        result.verdict(passes ? Verdict.PASS : Verdict.FAIL)
                .required(Figures.kilowatts(required))
                .outcome(Figures.kilowatts(generator), Figures.kilowatts(generator - required), LimitingFactor.GENERATOR)
                .detail("consumers", Figures.kilowatts(consumers))
                .message(Phrase.of("message.electrical", Figures.kilowatts(generator).text(),
                        Figures.kilowatts(consumers).text(), Figures.kilowatts(required).text(),
                        Figures.fixed(requirement.reserve() * 100, 0)));
        if (!depth.includesChanges()) {
            return result.build();
        }
        if (!passes) {
            Measure target = Measure.of(required / 1000, "kW", 2, RoundingMode.CEILING);
            result.remedy(new Change("generatorPower", "electrical.generatorPower", Figures.kilowatts(generator), target,
                    required, Phrase.of("change.generatorPower", target.text(), Figures.kilowatts(generator).text())));
        } else {
            double allowed = generator / (1 + requirement.reserve());
            Measure target = Measure.of(allowed / 1000, "kW", 2, RoundingMode.FLOOR);
            result.headroom(new Change("consumers", "electrical.consumers", Figures.kilowatts(consumers), target, allowed,
                    Phrase.of("headroom.consumers", target.text(), Figures.kilowatts(consumers).text())));
        }
        return result.build();
    }

    static RequirementResult powerToMass(ChassisSpec spec, PowerToMassRequirement requirement, Depth depth) {
        double minimum = SiValues.of(requirement.minimum());
        RequirementResult.Builder result = RequirementResult.builder(requirement.check(), Verdict.NOT_EVALUATED,
                specificPower(minimum), Phrase.verbatim("")).label(requirement.label()).load(requirement.load())
                .comparison(Comparison.AT_LEAST);
        if (spec.powertrain() == null) {
            return result.message(Phrase.of("notEvaluated.noPowertrain")).build();
        }
        var power = spec.powertrain().isElectric() ? spec.powertrain().motor().maxPower()
                : spec.powertrain().engine().maxPower();
        if (power == null) {
            return result.message(Phrase.of("notEvaluated.missing", spec.powertrain().isElectric()
                    ? "powertrain.motor.maxPower" : "powertrain.engine.maxPower")).build();
        }
        double watts = SiValues.of(power);
        double mass = SiValues.of(spec.loadCase(requirement.load()).mass());
        // W/kg is kW/t: 1000 W per 1000 kg.
        double ratio = watts / mass;
        boolean passes = ratio >= minimum;
        result.verdict(passes ? Verdict.PASS : Verdict.FAIL)
                .outcome(specificPower(ratio), specificPower(ratio - minimum), LimitingFactor.POWER)
                .message(Phrase.of("message.powerToMass", requirement.load(), specificPower(ratio).text(),
                        Figures.kilowatts(watts).text(), Figures.kilograms(mass).text(), specificPower(minimum).text()));
        if (!depth.includesChanges()) {
            return result.build();
        }
        if (!passes) {
            Measure powerTarget = Measure.of(minimum * mass / 1000, "kW", 2, RoundingMode.CEILING);
            result.remedy(new Change("maxPower", spec.powertrain().isElectric() ? "powertrain.motor.maxPower"
                    : "powertrain.engine.maxPower", Figures.kilowatts(watts), powerTarget, minimum * mass,
                    Phrase.of("change.maxPower", powerTarget.text(), Figures.kilowatts(watts).text())));
            Measure massTarget = Measure.of(watts / minimum, "kg", 0, RoundingMode.FLOOR);
            result.remedy(new Change("mass", "loadCases." + requirement.load() + ".mass", Figures.kilograms(mass),
                    massTarget, watts / minimum, Phrase.of("change.mass", requirement.load(), massTarget.text(),
                    Figures.kilograms(mass).text())));
        } else {
            Measure massTarget = Measure.of(watts / minimum, "kg", 0, RoundingMode.FLOOR);
            result.headroom(new Change("mass", "loadCases." + requirement.load() + ".mass", Figures.kilograms(mass),
                    massTarget, watts / minimum, Phrase.of("headroom.mass.meets", massTarget.text(),
                    Figures.kilograms(mass).text())));
        }
        return result.build();
    }

    private static Measure specificPower(double wattsPerKilogram) {
        return Measure.of(wattsPerKilogram, "kW/t", 2);
    }
}
