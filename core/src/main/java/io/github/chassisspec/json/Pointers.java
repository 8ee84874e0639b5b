package io.github.chassisspec.json;

/** JSON Pointer (RFC 6901) segments. */
final class Pointers {

    private Pointers() {
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** The name a segment stands for: {@code ~1} is '/' and {@code ~0} is '~', undone in that order (RFC 6901). */
    static String unescape(String segment) {
        return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
    }

    /** The array index a segment writes (digits, no leading zero), or -1 if it writes none. */
    static int index(String segment) {
        int length = segment.length();
        if (length == 0 || length > 9 || length > 1 && segment.charAt(0) == '0') {
            return -1;
        }
        int index = 0;
        for (int position = 0; position < length; position++) {
            char digit = segment.charAt(position);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            index = index * 10 + (digit - '0');
        }
        return index;
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
