package io.github.chassisspec.json;

import io.github.chassisspec.validation.SpecViolation;
import java.util.List;
import java.util.Objects;

/**
 * A spec sheet made from a base sheet and overrides, which locates each violation where its value was written:
 * in the table of variants for an overridden value, in the base sheet otherwise.
 *
 * @param sheet     the variant as a spec sheet; its source is the base sheet's
 * @param overrides the values that replaced or added fields of the base
 */
public record VariantSheet(SpecSheet sheet, List<SheetOverride> overrides) {

    public VariantSheet {
        Objects.requireNonNull(sheet, "sheet");
        overrides = List.copyOf(overrides);
    }

    /** The override that wrote the value at {@code pointer}, or a value inside it; null when the base did. */
    public SheetOverride overrideAt(String pointer) {
        return overrideAt(overrides, pointer);
    }

    static SheetOverride overrideAt(List<SheetOverride> overrides, String pointer) {
        SheetOverride found = null;
        for (SheetOverride override : overrides) {
            String overridden = override.pointer();
            if ((pointer.equals(overridden) || pointer.startsWith(overridden + "/"))
                    && (found == null || overridden.length() > found.pointer().length())) {
                found = override;
            }
        }
        return found;
    }

    /** A violation with the file, line and column of the value it is about. */
    public String locate(SpecViolation violation) {
        SheetOverride override = overrideAt(violation.pointer());
        if (override == null) {
            return sheet.locate(violation);
        }
        return override.source() + (override.location().isKnown() ? ":" + override.location() : "") + ": "
                + violation;
    }
}
