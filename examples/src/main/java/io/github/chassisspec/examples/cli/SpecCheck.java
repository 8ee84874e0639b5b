package io.github.chassisspec.examples.cli;

import io.github.chassisspec.json.SheetException;
import io.github.chassisspec.json.SheetLocation;
import io.github.chassisspec.json.SheetOverride;
import io.github.chassisspec.json.SpecSheet;
import io.github.chassisspec.json.VariantSheet;
import io.github.chassisspec.validation.SpecViolation;
import java.util.List;

/**
 * What chassis-check found for one spec file or one variant of a table: the sheet and its violations, or the error
 * that stopped reading.
 *
 * @param source     the file as named on the command line, or the table and line of a variant
 * @param name       the spec's id, the variant's name, or the file when nothing could be read
 * @param sheet      the sheet read; null when it could not be read
 * @param variant    the variant the sheet was made from; null for a spec file
 * @param violations the broken spec-sheet rules; empty when consistent or unreadable
 * @param readError  why the file or row could not be read; null when it was read
 */
record SpecCheck(String source, String name, SpecSheet sheet, VariantSheet variant, List<SpecViolation> violations,
        SheetException readError) {

    static SpecCheck read(SpecSheet sheet, List<SpecViolation> violations) {
        return new SpecCheck(sheet.source(), sheet.spec().id(), sheet, null, List.copyOf(violations), null);
    }

    static SpecCheck variant(String source, VariantSheet variant, List<SpecViolation> violations) {
        return new SpecCheck(source, variant.sheet().spec().id(), variant.sheet(), variant, List.copyOf(violations),
                null);
    }

    static SpecCheck unreadable(String source, SheetException error) {
        return unreadable(source, source, error);
    }

    static SpecCheck unreadable(String source, String name, SheetException error) {
        return new SpecCheck(source, name, null, null, List.of(), error);
    }

    boolean isReadable() {
        return readError == null;
    }

    boolean isConsistent() {
        return isReadable() && violations.isEmpty();
    }

    /** A violation with the file, line and column where its value was written: a table's cell or a sheet's line. */
    String locate(SpecViolation violation) {
        return variant != null ? variant.locate(violation) : sheet.locate(violation);
    }

    /** The file a violation's value was written in. */
    String fileOf(SpecViolation violation) {
        SheetOverride override = variant == null ? null : variant.overrideAt(violation.pointer());
        return override != null ? override.source() : sheet.source();
    }

    /** Where a violation's value was written, in {@link #fileOf}. */
    SheetLocation locationOf(SpecViolation violation) {
        SheetOverride override = variant == null ? null : variant.overrideAt(violation.pointer());
        return override != null ? override.location() : sheet.locationOf(violation.pointer());
    }

    /** VALID, INVALID (read but breaks spec-sheet rules) or UNREADABLE. */
    String verdict() {
        if (!isReadable()) {
            return "UNREADABLE";
        }
        return violations.isEmpty() ? "VALID" : "INVALID";
    }
}
