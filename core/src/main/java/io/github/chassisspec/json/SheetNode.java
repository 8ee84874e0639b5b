package io.github.chassisspec.json;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A document read from JSON or YAML with the location of every value, so that binding errors can name
 * the line and column; Jackson's own trees do not keep locations.
 */
sealed interface SheetNode {

    SheetLocation location();

    /** How a message names this node's type: "an object", "the number 5", "the text \"yes\"". */
    String describe();

    /** An object; members keep the order they were written in. */
    record ObjectNode(SheetLocation location, LinkedHashMap<String, Member> members) implements SheetNode {
        @Override
        public String describe() {
            return "an object";
        }
    }

    /** One member of an object: its name, where the name is, and its value. */
    record Member(String name, SheetLocation nameLocation, SheetNode value) {
    }

    record ArrayNode(SheetLocation location, List<SheetNode> elements) implements SheetNode {
        @Override
        public String describe() {
            return "an array";
        }
    }

    /** A string, number, boolean or null, with its text as written. */
    record ScalarNode(SheetLocation location, ScalarKind kind, String text, Number number) implements SheetNode {
        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "the text \"" + abbreviated(text) + "\"";
                case NUMBER -> "the number " + text;
                case BOOLEAN -> text;
                case NULL -> "null";
            };
        }
    }

    enum ScalarKind { STRING, NUMBER, BOOLEAN, NULL }

    /** Long values are cut in messages: a message should fit on a line. */
    static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
