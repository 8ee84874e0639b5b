package io.github.chassisspec.requirements;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.MayBeAbsent;
import java.util.List;

/**
 * Which vehicles a requirement of a rule pack is for, such as "2-axle buses (M2, M3)": a regulation's figures often
 * differ by category and axle count. In files: {@code "appliesTo": { "categories": ["M2", "M3"], "axleCount": 2 }}.
 *
 * @param categories the UN categories it is for (a {@code G} suffix is ignored); empty for every category
 * @param axleCount  the number of axles it is for; absent for any
 */
public record Applicability(@MayBeAbsent List<String> categories, @MayBeAbsent Integer axleCount) {

    public Applicability {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /**
     * Whether it applies to the spec. A spec without a category is taken to be in every category, so that a
     * requirement is checked rather than silently left out.
     */
    public boolean appliesTo(ChassisSpec spec) {
        if (axleCount != null && spec.axles().size() != axleCount) {
            return false;
        }
        if (categories.isEmpty() || spec.category() == null) {
            return true;
        }
        String base = spec.category().endsWith("G") ? spec.category().substring(0, spec.category().length() - 1)
                : spec.category();
        return categories.contains(base);
    }

    /** "M2, M3 with 2 axles", for notes on what was left out. */
    public String describe() {
        return phrase().text();
    }

    /** The same in words of any language. */
    public io.github.chassisspec.report.Phrase phrase() {
        io.github.chassisspec.report.Phrase who = categories.isEmpty()
                ? io.github.chassisspec.report.Phrase.of("applies.everyVehicle")
                : io.github.chassisspec.report.Phrase.verbatim(String.join(", ", categories));
        return axleCount == null ? who : io.github.chassisspec.report.Phrase.of("applies.withAxles", who, axleCount);
    }
}
