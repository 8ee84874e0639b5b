package io.github.chassisspec.requirements;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.ChassisSpec;
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
import java.util.ArrayList;
import java.util.List;
import javax.measure.Quantity;
import javax.measure.quantity.Mass;

/**
 * Static loads on level ground (PHYSICS.md §6): axle loads against ratings and legal limits, and the share on the
 * steered axles, at every load case and over partial payload.
 */
final class LoadChecks {

    /** Payload from 0 to 100 % in these steps: axle loads are linear in the payload, but shares are not. */
    private static final int PAYLOAD_STEPS = 20;

    private LoadChecks() {
    }

    /**
     * A load condition checked: a named load case, or a share of the payload between {@code unladen} and
     * {@code laden}, with its statics.
     */
    private record Condition(Phrase description, String loadCase, VehicleCase vehicleCase, RigidVehicle vehicle) {

        /** Whether this is a named load case rather than a share of the payload. */
        boolean isNamed() {
            return description.key().equals("verbatim");
        }
    }

    /**
     * The load conditions a check covers: the one load case asked for, or every load case and, when the spec has
     * both {@code unladen} and {@code laden}, the payload from 0 to 100 % in between, the payload's own centre of
     * gravity x_p = (m_l·x_l − m_u·x_u) / (m_l − m_u) fixed, so at share s: m = m_u + s·Δm and
     * x_G = (m_u·x_u + s·Δm·x_p) / m.
     */
    private static List<Condition> conditions(ChassisSpec spec, String asked) {
        List<Condition> conditions = new ArrayList<>();
        if (asked != null) {
            VehicleCase single = VehicleCase.of(spec, asked);
            conditions.add(new Condition(Phrase.verbatim(asked), asked, single, single.vehicle(spec)));
            return conditions;
        }
        for (String name : spec.loadCases().keySet()) {
            VehicleCase named = VehicleCase.of(spec, name);
            conditions.add(new Condition(Phrase.verbatim(name), name, named, named.vehicle(spec)));
        }
        // With the payload's centre of gravity fixed, N_i = g·(m_u·(…) + s·Δm·(…))/L is linear in the share s, and so
        // is the steer share's numerator over a linear W: no partial payload beats both ends. The steps stay as the
        // PHYSICS.md §6 sweep and as a guard for a future payload model; PIT's survivors here are equivalent.
        if (spec.loadCases().containsKey(ChassisSpec.UNLADEN) && spec.loadCases().containsKey(ChassisSpec.LADEN)) {
            VehicleCase unladen = VehicleCase.of(spec, ChassisSpec.UNLADEN);
            VehicleCase laden = VehicleCase.of(spec, ChassisSpec.LADEN);
            for (int step = 1; step < PAYLOAD_STEPS; step++) {
                double share = (double) step / PAYLOAD_STEPS;
                VehicleCase partial = withPayloadShare(unladen, laden, share);
                if (partial != null) {
                    conditions.add(new Condition(Phrase.of("condition.payload", Figures.fixed(share * 100, 0)),
                            ChassisSpec.LADEN, partial, partial.vehicle(spec)));
                }
            }
        }
        return conditions;
    }

    /** The vehicle at a share of the payload; null when unladen is not lighter than laden. */
    static VehicleCase withPayloadShare(VehicleCase unladen, VehicleCase laden, double share) {
        double payload = laden.massKg() - unladen.massKg();
        if (!(payload > 0)) {
            return null;
        }
        double payloadPosition = (laden.massKg() * laden.centreOfGravityPositionM()
                - unladen.massKg() * unladen.centreOfGravityPositionM()) / payload;
        double mass = unladen.massKg() + share * payload;
        double position = (unladen.massKg() * unladen.centreOfGravityPositionM() + share * payload * payloadPosition)
                / mass;
        // The payload's own centre of gravity, then the mass-weighted mean, as for the position.
        double payloadHeight = (laden.massKg() * laden.centreOfGravityHeightM()
                - unladen.massKg() * unladen.centreOfGravityHeightM()) / payload;
        double height = (unladen.massKg() * unladen.centreOfGravityHeightM() + share * payload * payloadHeight) / mass;
        return laden.withMass(mass).withCentreOfGravityPosition(position).withCentreOfGravityHeight(height);
    }

    /** One axle (or the gross mass) at one condition against its binding limit. */
    private record Loading(Condition condition, Phrase what, double loadKg, double limitKg, LimitingFactor limitedBy) {
        double utilisation() {
            return loadKg / limitKg;
        }
    }

    static RequirementResult axleLoads(ChassisSpec spec, AxleLoadsRequirement requirement, Depth depth) {
        Loading worst = null;
        java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();
        for (Condition condition : conditions(spec, requirement.load())) {
            for (Loading loading : loadings(spec, requirement, condition)) {
                if (worst == null || loading.utilisation() > worst.utilisation()) {
                    worst = loading;
                }
                if (condition.isNamed()) {
                    details.put(condition.loadCase() + " " + loading.what().text(), Phrase.of("detail.loadOfLimit",
                            Figures.kilograms(loading.loadKg()).text(), Figures.kilograms(loading.limitKg()).text(),
                            Figures.fixed(loading.utilisation() * 100, 1)));
                }
            }
        }
        boolean passes = worst.loadKg() <= worst.limitKg();
        double margin = worst.limitKg() - worst.loadKg();
        Phrase limitName = Phrase.of(worst.limitedBy() == LimitingFactor.LEGAL_LIMIT ? "words.legalLimit"
                : worst.limitedBy() == LimitingFactor.GROSS_RATING ? "words.permissibleMaximum" : "words.rating");
        Phrase message = passes
                ? Phrase.of("message.axleLoads.pass", worst.what(), Figures.kilograms(worst.loadKg()).text(),
                        worst.condition().description(), limitName, Figures.kilograms(worst.limitKg()).text(),
                        Figures.kilograms(margin).text())
                : Phrase.of("message.axleLoads.fail", worst.what(), Figures.kilograms(worst.loadKg()).text(),
                        worst.condition().description(), Figures.kilograms(-margin).text(), limitName,
                        Figures.kilograms(worst.limitKg()).text());
        RequirementResult.Builder result = RequirementResult.builder(requirement.check(),
                        passes ? Verdict.PASS : Verdict.FAIL, Figures.kilograms(worst.limitKg()), message)
                .label(requirement.label())
                .load(requirement.load())
                .comparison(Comparison.AT_MOST)
                .outcome(Figures.kilograms(worst.loadKg()), Figures.kilograms(margin), worst.limitedBy());
        details.forEach(result::detail);
        if (requirement.load() == null && !spec.loadCases().containsKey(ChassisSpec.UNLADEN)) {
            result.warning(Phrase.of("warning.noUnladen"));
        }
        putLimitAssumptions(requirement, result);
        if (depth.includesChanges()) {
            massChange(spec, requirement, passes, result);
        }
        return result.build();
    }

    private static void putLimitAssumptions(AxleLoadsRequirement requirement, RequirementResult.Builder result) {
        putLimit(result, "maxAxleLoad", requirement.maxAxleLoad());
        putLimit(result, "maxDrivenAxleLoad", requirement.maxDrivenAxleLoad());
        putLimit(result, "maxGrossMass", requirement.maxGrossMass());
    }

    private static void putLimit(RequirementResult.Builder result, String name, Quantity<Mass> limit) {
        if (limit != null) {
            result.assumption(name, Figures.kilograms(SiValues.of(limit)));
        }
    }

    /** Every axle and the gross mass at one condition, each against its binding limit. */
    private static List<Loading> loadings(ChassisSpec spec, AxleLoadsRequirement requirement, Condition condition) {
        List<Loading> loadings = new ArrayList<>();
        RigidVehicle vehicle = condition.vehicle();
        double ratingSum = 0;
        for (int index = 0; index < spec.axles().size(); index++) {
            Axle axle = spec.axles().get(index);
            double load = vehicle.axleLoadN(index, 0) / RigidVehicle.GRAVITY;
            double rating = SiValues.of(axle.ratedLoad());
            ratingSum += rating;
            Quantity<Mass> legal = axle.driven() ? requirement.maxDrivenAxleLoad() : requirement.maxAxleLoad();
            double legalKg = legal == null ? Double.POSITIVE_INFINITY : SiValues.of(legal);
            loadings.add(legalKg < rating
                    ? new Loading(condition, Phrase.verbatim(SlopeChecks.axleName(spec, index)), load, legalKg,
                            LimitingFactor.LEGAL_LIMIT)
                    : new Loading(condition, Phrase.verbatim(SlopeChecks.axleName(spec, index)), load, rating,
                            LimitingFactor.RATING));
        }
        double mass = condition.vehicleCase().massKg();
        double legalGross = requirement.maxGrossMass() == null ? Double.POSITIVE_INFINITY
                : SiValues.of(requirement.maxGrossMass());
        loadings.add(legalGross < ratingSum
                ? new Loading(condition, Phrase.of("words.grossMass"), mass, legalGross, LimitingFactor.LEGAL_LIMIT)
                : new Loading(condition, Phrase.of("words.grossMass"), mass, ratingSum, LimitingFactor.GROSS_RATING));
        return loadings;
    }

    /**
     * For a FAIL, the largest laden mass (the payload's centre of gravity kept) within every limit; for a PASS, how
     * far the laden mass could grow.
     */
    private static void massChange(ChassisSpec spec, AxleLoadsRequirement requirement, boolean passes,
            RequirementResult.Builder result) {
        if (!spec.loadCases().containsKey(ChassisSpec.LADEN)) {
            return;
        }
        VehicleCase laden = VehicleCase.of(spec, ChassisSpec.LADEN);
        VehicleCase unladen = spec.loadCases().containsKey(ChassisSpec.UNLADEN)
                ? VehicleCase.of(spec, ChassisSpec.UNLADEN) : null;
        java.util.function.DoublePredicate within = mass -> {
            VehicleCase candidate = scaledLaden(unladen, laden, mass);
            Condition condition = new Condition(Phrase.verbatim(ChassisSpec.LADEN), ChassisSpec.LADEN, candidate,
                    candidate.vehicle());
            return loadings(spec, requirement, condition).stream().allMatch(loading -> loading.loadKg() <= loading.limitKg());
        };
        double lightest = unladen != null ? unladen.massKg() : laden.massKg() * 0.01;
        double mass = passes ? Boundary.find(within, laden.massKg(), laden.massKg() * 10)
                : Boundary.find(within, laden.massKg(), lightest);
        if (!Double.isFinite(mass)) {
            return;
        }
        Measure target = Measure.of(mass, "kg", 0, RoundingMode.FLOOR);
        Phrase text = Phrase.of(passes ? "headroom.ladenMass" : "change.ladenMass", target.text(),
                Figures.kilograms(laden.massKg()).text());
        Change change = new Change("mass", "loadCases.laden.mass", Figures.kilograms(laden.massKg()), target, mass, text);
        if (passes) {
            result.headroom(change);
        } else {
            result.remedy(change);
        }
    }

    /** The laden case with another mass: more or less payload at the payload's own centre of gravity. */
    static VehicleCase scaledLaden(VehicleCase unladen, VehicleCase laden, double mass) {
        if (unladen == null || !(laden.massKg() > unladen.massKg())) {
            return laden.withMass(mass);
        }
        double share = (mass - unladen.massKg()) / (laden.massKg() - unladen.massKg());
        VehicleCase scaled = withPayloadShare(unladen, laden, share);
        if (scaled == null) {
            return laden.withMass(mass);
        }
        // Load cases may put the payload's own CoG below the road; extrapolated, the height would go negative, and
        // level-ground axle loads do not depend on it, so keep the laden height.
        return scaled.centreOfGravityHeightM() > 0 ? scaled
                : scaled.withCentreOfGravityHeight(laden.centreOfGravityHeightM());
    }

    static RequirementResult steerAxleShare(ChassisSpec spec, SteerAxleShareRequirement requirement, Depth depth) {
        RequirementResult.Builder result = RequirementResult.builder(requirement.check(), Verdict.NOT_EVALUATED,
                Figures.percent(requirement.minimumShare()), Phrase.verbatim("")).label(requirement.label())
                .load(requirement.load())
                .comparison(Comparison.AT_LEAST);
        if (spec.axles().stream().noneMatch(Axle::isSteered)) {
            return result.message(Phrase.of("notEvaluated.noSteering")).build();
        }
        Condition worst = null;
        double worstShare = Double.POSITIVE_INFINITY;
        int failingLoadCases = 0;
        for (Condition condition : conditions(spec, requirement.load())) {
            double share = steeredShare(spec, condition.vehicle());
            if (condition.isNamed()) {
                result.detail(condition.loadCase(), Figures.percent(share));
                failingLoadCases += share < requirement.minimumShare() ? 1 : 0;
            }
            if (share < worstShare) {
                worstShare = share;
                worst = condition;
            }
        }
        boolean passes = worstShare >= requirement.minimumShare();
        result.verdict(passes ? Verdict.PASS : Verdict.FAIL)
                .outcome(Figures.percent(worstShare), Measure.of((worstShare - requirement.minimumShare()) * 100, "%", 2),
                        LimitingFactor.WEIGHT_DISTRIBUTION)
                .message(Phrase.of("message.steerAxleShare", Figures.percent(worstShare).text(), worst.description(),
                        Figures.percent(requirement.minimumShare()).text()));
        // A remedy is one change that makes the check pass; moving one load case's centre of gravity cannot when two
        // fail. With one failing, the payload shares between the ends follow it, being linear in the payload.
        if (!passes && depth.includesChanges() && failingLoadCases == 1) {
            Condition failing = worst;
            double position = Boundary.find(candidate -> steeredShare(spec, failing.vehicleCase()
                    .withCentreOfGravityPosition(candidate).vehicle()) >= requirement.minimumShare(),
                    failing.vehicleCase().centreOfGravityPositionM(), 0);
            if (Double.isFinite(position)) {
                Measure target = Measure.of(position * 1000, "mm", 0, RoundingMode.FLOOR);
                result.remedy(new Change("centreOfGravityPosition", "loadCases." + failing.loadCase()
                        + ".centreOfGravity.position", Figures.millimetres(failing.vehicleCase().centreOfGravityPositionM()),
                        target, position, Phrase.of("change.centreOfGravityPosition", failing.description(),
                        target.text(), Figures.millimetres(failing.vehicleCase().centreOfGravityPositionM()).text())));
            }
        }
        return result.build();
    }

    private static double steeredShare(ChassisSpec spec, RigidVehicle vehicle) {
        double steered = 0;
        double total = 0;
        for (int index = 0; index < spec.axles().size(); index++) {
            double load = vehicle.axleLoadN(index, 0);
            total += load;
            if (spec.axles().get(index).isSteered()) {
                steered += load;
            }
        }
        return steered / total;
    }
}
