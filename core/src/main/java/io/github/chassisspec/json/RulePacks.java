package io.github.chassisspec.json;

import io.github.chassisspec.requirements.RequirementProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in rule packs: regulatory figures of PHYSICS.md §7 as requirement profiles, included by name from a
 * profile ({@code { "pack": "un-r13" }}). Every requirement of a pack carries its source and whether its figure was
 * verified against the text of the rule, and reports print both. Thread-safe.
 */
public final class RulePacks {

    private static final List<String> NAMES = List.of("un-r13", "un-r13-h", "eu-hill-start", "eu-offroad-g",
            "eu-96-53", "un-r107", "gcc");

    private static final Map<String, ProfileSheet> LOADED = new ConcurrentHashMap<>();

    private RulePacks() {
    }

    /** The names of the built-in packs. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * A built-in pack as a profile; its name is the pack's title.
     *
     * @throws IllegalArgumentException naming the packs there are, if there is none of that name
     */
    public static RequirementProfile pack(String name) {
        return sheet(name).profile();
    }

    /** A built-in pack as read, for listing. */
    static ProfileSheet sheet(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException(RequirementProfileReader.unknownPack(name));
        }
        return LOADED.computeIfAbsent(name, RulePacks::load);
    }

    /** The pack's text as shipped, for users who want to copy one as a start for their own. */
    public static String text(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException(RequirementProfileReader.unknownPack(name));
        }
        try (InputStream input = RulePacks.class.getResourceAsStream("packs/" + name + ".json")) {
            if (input == null) {
                throw new IllegalStateException("the built-in pack " + name + " is missing from the library's jar");
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in pack " + name, e);
        }
    }

    private static ProfileSheet load(String name) {
        return new RequirementProfileReader().readPack(text(name), "pack " + name);
    }
}
