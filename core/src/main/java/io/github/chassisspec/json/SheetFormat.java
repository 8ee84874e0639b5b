package io.github.chassisspec.json;

import java.util.Locale;

/** The syntax of a spec sheet or profile file: JSON, or the same tree in YAML. */
public enum SheetFormat {
    JSON,
    YAML;

    /** YAML for names ending in {@code .yaml} or {@code .yml}, JSON otherwise. */
    public static SheetFormat ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }
}
