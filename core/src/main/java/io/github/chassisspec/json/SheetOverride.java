package io.github.chassisspec.json;

import java.util.Objects;

/**
 * One value that replaces, or adds, a field of a base spec sheet to make a variant, such as a wheelbase of
 * {@code "6300 mm"} at {@code axles[1].position} from a cell of a CSV table of variants.
 *
 * @param path     where: a component path as messages print it ({@code loadCases.laden.mass},
 *                 {@code axles[1].position}) or a JSON Pointer ({@code /loadCases/laden/mass})
 * @param value    the value as written: a number, {@code true}/{@code false}, or text such as {@code "16.5 t"}
 * @param source   the file the value comes from, for messages
 * @param location where in that file
 */
public record SheetOverride(String path, String value, String source, SheetLocation location) {

    public SheetOverride {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
    }

    /** The path as a JSON Pointer. */
    public String pointer() {
        return path.startsWith("/") ? path : Pointers.ofComponentPath(path);
    }
}
