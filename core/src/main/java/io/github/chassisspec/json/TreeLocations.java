package io.github.chassisspec.json;

import io.github.chassisspec.json.SheetNode.ArrayNode;
import io.github.chassisspec.json.SheetNode.Member;
import io.github.chassisspec.json.SheetNode.ObjectNode;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The location of every value of a read sheet by JSON Pointer, looked up in the located tree itself: a sheet is read
 * far more often than one of its violations is located, so no map of pointers is built while reading. Immutable and
 * thread-safe; iterating builds the full map once. A sheet bound straight from its tokens has its tree read only
 * when a location is first asked for.
 */
final class TreeLocations extends AbstractMap<String, SheetLocation> {

    /** Reads the tree again, for a sheet bound without it; null when the tree was given. */
    private final Supplier<SheetNode> reader;
    private volatile SheetNode root;
    private volatile Set<Entry<String, SheetLocation>> entries;

    TreeLocations(SheetNode root) {
        this.reader = null;
        this.root = Objects.requireNonNull(root, "root");
    }

    /** Locations in a tree read when first asked for: most sheets never have a violation to locate. */
    TreeLocations(Supplier<SheetNode> reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    private SheetNode root() {
        SheetNode read = root;
        if (read == null) {
            // Two threads may both read it; the trees are equal, so either may stay.
            read = reader.get();
            root = read;
        }
        return read;
    }

    /** The node at {@code pointer} below {@code from} ({@code ""} is {@code from} itself), or null if there is none. */
    static SheetNode find(SheetNode from, String pointer) {
        SheetNode node = from;
        int start = 0;
        while (start < pointer.length()) {
            if (pointer.charAt(start) != '/') {
                return null;
            }
            int end = pointer.indexOf('/', start + 1);
            if (end < 0) {
                end = pointer.length();
            }
            node = child(node, pointer.substring(start + 1, end));
            if (node == null) {
                return null;
            }
            start = end;
        }
        return node;
    }

    private static SheetNode child(SheetNode node, String segment) {
        if (node instanceof ObjectNode object) {
            Member member = object.members().get(Pointers.unescape(segment));
            return member == null ? null : member.value();
        }
        if (node instanceof ArrayNode array) {
            int index = Pointers.index(segment);
            return index >= 0 && index < array.elements().size() ? array.elements().get(index) : null;
        }
        return null;
    }

    @Override
    public SheetLocation get(Object pointer) {
        if (!(pointer instanceof String text)) {
            return null;
        }
        SheetNode node = find(root(), text);
        return node == null ? null : node.location();
    }

    @Override
    public boolean containsKey(Object pointer) {
        return get(pointer) != null;
    }

    @Override
    public Set<Entry<String, SheetLocation>> entrySet() {
        Set<Entry<String, SheetLocation>> built = entries;
        if (built == null) {
            Map<String, SheetLocation> all = new LinkedHashMap<>();
            collect(root(), "", all);
            built = Collections.unmodifiableMap(all).entrySet();
            entries = built;
        }
        return built;
    }

    private static void collect(SheetNode node, String pointer, Map<String, SheetLocation> into) {
        into.put(pointer, node.location());
        if (node instanceof ObjectNode object) {
            for (Member member : object.members().values()) {
                collect(member.value(), pointer + "/" + Pointers.escape(member.name()), into);
            }
        } else if (node instanceof ArrayNode array) {
            for (int index = 0; index < array.elements().size(); index++) {
                collect(array.elements().get(index), pointer + "/" + index, into);
            }
        }
    }
}
