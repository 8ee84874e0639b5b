package io.github.chassisspec.examples.cli;

import io.github.chassisspec.json.RulePacks;
import io.github.chassisspec.requirements.ProfileEntry;
import io.github.chassisspec.requirements.RequirementProfile;

/** The text of {@code chassis-check --list-packs}: each built-in pack, its requirements, their sources. */
final class PackList {

    private PackList() {
    }

    static String render() {
        StringBuilder text = new StringBuilder("Built-in rule packs, included from a profile with { \"pack\": NAME }:\n");
        for (String name : RulePacks.names()) {
            RequirementProfile pack = RulePacks.pack(name);
            text.append('\n').append(name);
            if (pack.description() != null) {
                text.append("  ").append(pack.description());
            }
            text.append('\n');
            for (ProfileEntry entry : pack.entries()) {
                text.append("  - ").append(entry.requirement().label() != null ? entry.requirement().label()
                        : entry.requirement().check());
                if (entry.appliesTo() != null) {
                    text.append(" [for ").append(entry.appliesTo().describe()).append(']');
                }
                text.append('\n');
                if (entry.source() != null) {
                    text.append("    ").append(entry.source().verified() ? "verified: " : "from memory, not verified: ")
                            .append(entry.source().source()).append('\n');
                }
            }
        }
        return text.toString();
    }
}
