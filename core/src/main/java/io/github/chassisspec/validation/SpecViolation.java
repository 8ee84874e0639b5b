package io.github.chassisspec.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

/**
 * One broken rule of a spec, located the spec sheet's way.
 *
 * @param path    the path in the spec sheet's terms, such as {@code axles[1].track} or
 *                {@code loadCases.laden.mass}; empty for the spec as a whole
 * @param pointer the same place as a JSON Pointer (RFC 6901), such as {@code /axles/1/track}
 * @param message what is wrong, with values and limits in their units:
 *                {@code must be between 1.0 m and 2.6 m but was 0.9 m}
 */
public record SpecViolation(String path, String pointer, String message) {

    /** The violation of a Bean Validation constraint, its path rendered the spec sheet's way. */
    public static SpecViolation of(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    path.append('[').append(node.getIndex()).append(']');
                    pointer.append('/').append(node.getIndex());
                } else if (node.getKey() != null) {
                    String key = String.valueOf(node.getKey());
                    path.append(path.length() == 0 ? "" : ".").append(key);
                    pointer.append('/').append(escapePointer(key));
                }
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                path.append(path.length() == 0 ? "" : ".").append(name);
                pointer.append('/').append(escapePointer(name));
            }
        }
        return new SpecViolation(path.toString(), pointer.toString(), violation.getMessage());
    }

    private static String escapePointer(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** {@code "axles[1].track must be between 1.0 m and 2.6 m but was 0.9 m"}. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + " " + message;
    }
}
