package io.github.chassisspec.requirements;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.physics.ParkingHold;
import io.github.chassisspec.physics.RigidVehicle;
import io.github.chassisspec.report.Chart;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.Phrase;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.units.SiValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The charts of a compliance report, computed with the same statics as the checks: per parking-hold requirement
 * the capability against adhesion 0.30 to 1.00 in each direction checked, per hill-start requirement the
 * startability in every gear, and the axle loads of each load case against the axles' ratings. Each chart's points
 * are what the check would answer with that one input changed. Thread-safe.
 */
public final class ReportCharts {

    /** The adhesion axis of the parking chart: wet cobbles to dry asphalt, in steps of 0.05. */
    static final double LOWEST_ADHESION = 0.30;
    static final double HIGHEST_ADHESION = 1.00;
    static final int ADHESION_STEPS = 14;

    private ReportCharts() {
    }

    /**
     * The charts for a spec evaluated against a profile, each tied to its result by the index it has in
     * {@link RequirementEvaluator#evaluate(ChassisSpec, RequirementProfile)}'s report; the axle-load chart belongs
     * to the whole report.
     *
     * @throws RequirementException as {@link RequirementEvaluator#evaluate(ChassisSpec, RequirementProfile)} does
     */
    public static List<Chart> of(ChassisSpec spec, RequirementProfile profile) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(profile, "profile");
        List<Chart> charts = new ArrayList<>();
        int resultIndex = 0;
        for (int index = 0; index < profile.entries().size(); index++) {
            ProfileEntry entry = profile.entries().get(index);
            if (!RequirementEvaluator.applies(entry, spec)) {
                continue;
            }
            try {
                if (entry.requirement() instanceof ParkingHoldRequirement parking) {
                    double adhesion = parking.adhesion() != null ? parking.adhesion() : profile.assumptions().adhesion();
                    charts.add(parkingAgainstAdhesion(spec, parking, adhesion, resultIndex));
                } else if (entry.requirement() instanceof HillStartRequirement start && spec.powertrain() != null) {
                    charts.add(startabilityPerGear(spec, start, profile.assumptions(), resultIndex));
                }
            } catch (RequirementException e) {
                throw e.at(index);
            }
            resultIndex++;
        }
        charts.add(axleLoads(spec));
        return charts;
    }

    /** The charts of a report already evaluated, checked to belong to it. */
    public static List<Chart> of(ChassisSpec spec, RequirementProfile profile, ComplianceReport report) {
        if (!report.spec().equals(spec.id()) || !report.requirements().equals(profile.name())) {
            throw new IllegalArgumentException("the report is of " + report.spec() + " against \""
                    + report.requirements() + "\", not of " + spec.id() + " against \"" + profile.name() + "\"");
        }
        return of(spec, profile);
    }

    static Chart parkingAgainstAdhesion(ChassisSpec spec, ParkingHoldRequirement requirement, double assumedAdhesion,
            int resultIndex) {
        RigidVehicle vehicle = VehicleCase.of(spec, requirement.load()).vehicle(spec);
        List<Facing> facings = requirement.facing() == Facing.BOTH ? List.of(Facing.UPHILL, Facing.DOWNHILL)
                : List.of(requirement.facing());
        List<String> categories = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        facings.forEach(facing -> values.add(new ArrayList<>()));
        for (int step = 0; step <= ADHESION_STEPS; step++) {
            double adhesion = LOWEST_ADHESION + step * (HIGHEST_ADHESION - LOWEST_ADHESION) / ADHESION_STEPS;
            categories.add(Figures.fixed(adhesion, 2));
            for (int facing = 0; facing < facings.size(); facing++) {
                values.get(facing).add(ParkingHold.capability(vehicle, facings.get(facing), adhesion).degrees());
            }
        }
        List<Chart.Series> series = new ArrayList<>();
        for (int facing = 0; facing < facings.size(); facing++) {
            series.add(new Chart.Series(Phrase.of("chart.series.facing." + facings.get(facing).sheetName()),
                    Chart.Style.LINE, values.get(facing)));
        }
        double step = (HIGHEST_ADHESION - LOWEST_ADHESION) / ADHESION_STEPS;
        Chart.Marker assumed = assumedAdhesion >= LOWEST_ADHESION && assumedAdhesion <= HIGHEST_ADHESION
                ? new Chart.Marker(Phrase.of("chart.assumedAdhesion", Figures.number(assumedAdhesion)),
                        (assumedAdhesion - LOWEST_ADHESION) / step) : null;
        return new Chart(Phrase.of("chart.parking.title", requirement.load()), Phrase.of("chart.axis.adhesion"),
                Phrase.of("chart.axis.slopeDegrees"), categories, series,
                List.of(requiredLine(requirement.slope().degrees(), requirement.slope().displayText())), assumed,
                resultIndex);
    }

    static Chart startabilityPerGear(ChassisSpec spec, HillStartRequirement requirement, Assumptions assumptions,
            int resultIndex) {
        int gears = spec.powertrain().gearbox().ratios().size();
        List<String> categories = new ArrayList<>();
        List<Double> capabilities = new ArrayList<>();
        for (int gear = 1; gear <= gears; gear++) {
            categories.add(String.valueOf(gear));
            RequirementResult result = SlopeChecks.hillStart(spec, requirement.inGear(gear), assumptions,
                    Depth.VERDICT_AND_CAPABILITY);
            capabilities.add(result.verdict() == Verdict.NOT_EVALUATED ? Double.NaN : result.capability().value());
        }
        return new Chart(Phrase.of("chart.start.title", requirement.load(), requirement.gear()),
                Phrase.of("chart.axis.gear"), Phrase.of("chart.axis.slopeDegrees"), categories,
                List.of(new Chart.Series(Phrase.of("chart.series.startability"), Chart.Style.BARS, capabilities)),
                List.of(requiredLine(requirement.slope().degrees(), requirement.slope().displayText())),
                new Chart.Marker(Phrase.of("chart.requiredGear", requirement.gear()), requirement.gear() - 1.0),
                resultIndex);
    }

    static Chart axleLoads(ChassisSpec spec) {
        List<String> categories = new ArrayList<>();
        List<Double> ratings = new ArrayList<>();
        for (int index = 0; index < spec.axles().size(); index++) {
            Axle axle = spec.axles().get(index);
            categories.add(axle.name() == null ? String.valueOf(index + 1) : axle.name());
            ratings.add(SiValues.of(axle.ratedLoad()) / 1000);
        }
        List<Chart.Series> series = new ArrayList<>();
        for (String loadCase : spec.loadCases().keySet()) {
            RigidVehicle vehicle = VehicleCase.of(spec, loadCase).vehicle(spec);
            List<Double> loads = new ArrayList<>();
            for (int index = 0; index < spec.axles().size(); index++) {
                loads.add(vehicle.axleLoadN(index, 0) / RigidVehicle.GRAVITY / 1000);
            }
            series.add(new Chart.Series(Phrase.of("chart.series.loadCase", loadCase), Chart.Style.BARS, loads));
        }
        series.add(new Chart.Series(Phrase.of("chart.series.rating"), Chart.Style.MARKS, ratings));
        return new Chart(Phrase.of("chart.axleLoads.title"), Phrase.of("chart.axis.axle"),
                Phrase.of("chart.axis.loadTonnes"), categories, series, List.of(), null, -1);
    }

    private static Chart.Reference requiredLine(double degrees, String asWritten) {
        return new Chart.Reference(Phrase.of("chart.required", asWritten), degrees);
    }
}
