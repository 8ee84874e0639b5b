package io.github.chassisspec.requirements;

import io.github.chassisspec.model.Axle;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TransferRange;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.SiValues;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** What the checks that drive (hill start, gradeability, top speed) read from the powertrain the same way. */
final class Drivelines {

    private Drivelines() {
    }

    /**
     * The range asked for, high when the spec has a transfer case and none was asked, null without a transfer case;
     * recorded in the result, since it decides the ratio.
     */
    static TransferRange range(ChassisSpec spec, TransferRange asked, RequirementResult.Builder result) {
        TransferRange range = range(spec, asked);
        if (range != null) {
            result.range(range.sheetName()).assumption("transferRange", range.sheetName());
        }
        return range;
    }

    /** The range asked for, high when the spec has a transfer case and none was asked, null without one. */
    static TransferRange range(ChassisSpec spec, TransferRange asked) {
        if (asked != null && spec.powertrain().transferCase() == null) {
            throw new RequirementException(-1, "range", "range \"" + asked.sheetName()
                    + "\" needs a transfer case, but " + spec.id() + " has none");
        }
        return asked == null && spec.powertrain().transferCase() != null ? TransferRange.HIGH : asked;
    }

    /** The driven axles, front to rear. */
    static List<Axle> drivenAxles(ChassisSpec spec) {
        List<Axle> driven = new ArrayList<>(spec.axles().size());
        for (Axle axle : spec.axles()) {
            if (axle.driven()) {
                driven.add(axle);
            }
        }
        return driven;
    }

    /** r_d: the driven axles' mean rolling radius. */
    static double drivenRollingRadius(List<Axle> driven) {
        if (driven.isEmpty()) {
            throw new NoSuchElementException("no driven axle");
        }
        // Loops, not streams: this runs in every hill start and gradeability check.
        double total = 0;
        for (Axle axle : driven) {
            total += SiValues.of(axle.tyres().rollingRadius());
        }
        return total / driven.size();
    }

    /** r_d: the driven axles' mean rolling radius, with a warning when they differ by more than 1 %. */
    static double drivenRollingRadius(List<Axle> driven, RequirementResult.Builder result) {
        double mean = drivenRollingRadius(driven);
        double smallest = Double.POSITIVE_INFINITY;
        for (Axle axle : driven) {
            smallest = Math.min(smallest, SiValues.of(axle.tyres().rollingRadius()));
        }
        if (mean - smallest > 0.01 * mean) {
            result.warning(io.github.chassisspec.report.Phrase.of("warning.rollingRadii",
                    QuantityFormat.formatRounded(mean, QuantityKind.LENGTH, "mm", 0)));
        }
        return mean;
    }

    /** The gear asked for, or an error naming the gears there are. */
    static void checkGear(ChassisSpec spec, int gear) {
        int gearCount = spec.powertrain().gearbox().gearCount();
        if (gear > gearCount) {
            throw new RequirementException(-1, "gear", "gear " + gear + " does not exist; " + spec.id() + " has "
                    + (gearCount == 1 ? "gear 1 only" : "gears 1 to " + gearCount));
        }
    }
}
