package io.github.chassisspec.json;

/** JSON Pointer (RFC 6901) segments. */
final class Pointers {

    private Pointers() {
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** A model component path such as {@code centreOfGravity.position} or {@code axleLoads[2]} as pointer segments. */
    static String ofComponentPath(String componentPath) {
        StringBuilder pointer = new StringBuilder();
        for (String part : componentPath.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            pointer.append('/').append(escape(name));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                pointer.append('/').append(part, bracket + 1, close);
                bracket = part.indexOf('[', close);
            }
        }
        return pointer.toString();
    }
}
