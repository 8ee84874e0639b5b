package io.github.chassisspec.examples.cli;

import io.github.chassisspec.json.SheetException;
import io.github.chassisspec.json.SpecSheet;
import io.github.chassisspec.validation.SpecViolation;
import java.util.List;

/**
 * What chassis-check found for one spec file: the sheet and its violations, or the error that stopped reading.
 *
 * @param source     the file as named on the command line
 * @param sheet      the sheet read; null when it could not be read
 * @param violations the broken spec-sheet rules; empty when consistent or unreadable
 * @param readError  why the file could not be read; null when it was read
 */
record SpecCheck(String source, SpecSheet sheet, List<SpecViolation> violations, SheetException readError) {

    static SpecCheck read(SpecSheet sheet, List<SpecViolation> violations) {
        return new SpecCheck(sheet.source(), sheet, List.copyOf(violations), null);
    }

    static SpecCheck unreadable(String source, SheetException error) {
        return new SpecCheck(source, null, List.of(), error);
    }

    boolean isReadable() {
        return readError == null;
    }

    boolean isConsistent() {
        return isReadable() && violations.isEmpty();
    }

    /** VALID, INVALID (read but breaks spec-sheet rules) or UNREADABLE. */
    String verdict() {
        if (!isReadable()) {
            return "UNREADABLE";
        }
        return violations.isEmpty() ? "VALID" : "INVALID";
    }
}
