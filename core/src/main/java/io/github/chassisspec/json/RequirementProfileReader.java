package io.github.chassisspec.json;

import io.github.chassisspec.json.SheetNode.ArrayNode;
import io.github.chassisspec.json.SheetNode.Member;
import io.github.chassisspec.json.SheetNode.ObjectNode;
import io.github.chassisspec.json.SheetNode.ScalarKind;
import io.github.chassisspec.json.SheetNode.ScalarNode;
import io.github.chassisspec.requirements.Assumptions;
import io.github.chassisspec.requirements.HillStartRequirement;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.Requirement;
import io.github.chassisspec.requirements.RequirementProfile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads {@code chassis-requirements/1} requirement profiles (FORMAT.md §3) from JSON or YAML.
 *
 * <pre>{@code
 * { "format": "chassis-requirements/1", "name": "Mediterranean city bus tender",
 *   "assumptions": { "adhesion": 0.8, "rollingResistance": 0.010 },
 *   "requirements": [
 *     { "check": "parkingHold", "slope": "45 %", "load": "laden", "facing": "both" },
 *     { "check": "hillStart", "slope": "30 %", "gear": 2 } ] }
 * }</pre>
 *
 * <p>Each requirement names its {@code check}; a requirement may override {@code adhesion} and
 * {@code rollingResistance} (and, for a hill start, {@code reserveAcceleration}) and carry a {@code label}.
 * Reading is as strict as for spec sheets, with the same {@link SheetException}. Immutable and thread-safe.
 */
public final class RequirementProfileReader {

    /** The value of the {@code format} field this reader accepts. */
    public static final String FORMAT = "chassis-requirements/1";

    private static final List<String> ROOT_FIELDS = List.of("format", "name", "assumptions", "requirements");
    private static final Map<String, Class<? extends Record>> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put(ParkingHoldRequirement.CHECK, ParkingHoldRequirement.class);
        CHECKS.put(HillStartRequirement.CHECK, HillStartRequirement.class);
    }

    private final SheetParser parser = new SheetParser(SheetParser.DEFAULT_MAXIMUM_BYTES);

    /** The checks a profile may name, in the order they are documented. */
    public static List<String> checks() {
        return List.copyOf(CHECKS.keySet());
    }

    /** Reads a profile file; YAML when its name ends in {@code .yaml} or {@code .yml}, JSON otherwise. */
    public RequirementProfile read(Path file) {
        return readSheet(file).profile();
    }

    /** Reads a profile file, keeping where each value was written. */
    public ProfileSheet readSheet(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        return bind(parser.parse(file, source, SheetFormat.ofFileName(source)), source);
    }

    /** Reads a profile from text; {@code sourceName} names it in errors. */
    public ProfileSheet readSheet(String content, String sourceName, SheetFormat format) {
        Objects.requireNonNull(content, "content");
        return bind(parser.parse(content, sourceName, format), sourceName);
    }

    private static ProfileSheet bind(SheetNode root, String source) {
        RecordBinder binder = new RecordBinder(source);
        ObjectNode object = SpecSheetReader.checkFormat(root, binder, FORMAT, "chassis-spec/",
                "a spec sheet, not a requirement profile");
        binder.remember("", root.location());
        for (Member member : object.members().values()) {
            if (!ROOT_FIELDS.contains(member.name())) {
                throw binder.error("/" + Pointers.escape(member.name()), member.nameLocation(),
                        unknown("field", member.name(), ROOT_FIELDS));
            }
        }
        String name = (String) binder.bind(required(object, "name", binder), String.class, "/name");
        Member assumptionsMember = object.members().get("assumptions");
        Assumptions assumptions = assumptionsMember == null ? Assumptions.DEFAULTS
                : binder.bindRecord(assumptionsMember.value(), Assumptions.class, "/assumptions", Set.of());
        SheetNode requirementsNode = required(object, "requirements", binder);
        if (!(requirementsNode instanceof ArrayNode array)) {
            throw binder.error("/requirements", requirementsNode.location(),
                    "expected an array but found " + requirementsNode.describe());
        }
        if (array.elements().isEmpty()) {
            throw binder.error("/requirements", array.location(), "must list at least one requirement");
        }
        List<Requirement> requirements = new ArrayList<>();
        for (int index = 0; index < array.elements().size(); index++) {
            requirements.add(requirement(array.elements().get(index), "/requirements/" + index, binder));
        }
        return new ProfileSheet(source, new RequirementProfile(name, assumptions, requirements), binder.locations());
    }

    private static Requirement requirement(SheetNode node, String pointer, RecordBinder binder) {
        if (!(node instanceof ObjectNode object)) {
            throw binder.error(pointer, node.location(), "expected an object but found " + node.describe());
        }
        Member check = object.members().get("check");
        if (check == null) {
            if (object.members().containsKey("pack")) {
                throw binder.error(pointer + "/pack", object.members().get("pack").nameLocation(),
                        "rule packs are not built into this version; list the checks instead ("
                                + String.join(", ", CHECKS.keySet()) + ")");
            }
            throw binder.error(pointer, object.location(), "missing required field \"check\"; the checks are "
                    + String.join(", ", CHECKS.keySet()));
        }
        if (!(check.value() instanceof ScalarNode scalar && scalar.kind() == ScalarKind.STRING)) {
            throw binder.error(pointer + "/check", check.value().location(),
                    "expected the name of a check but found " + check.value().describe());
        }
        Class<? extends Record> type = CHECKS.get(scalar.text());
        if (type == null) {
            throw binder.error(pointer + "/check", check.value().location(),
                    unknown("check", scalar.text(), List.copyOf(CHECKS.keySet())));
        }
        return (Requirement) binder.bindRecord(node, type, pointer, Set.of("check"));
    }

    private static SheetNode required(ObjectNode object, String name, RecordBinder binder) {
        Member member = object.members().get(name);
        if (member == null) {
            throw binder.error("", object.location(), "missing required field \"" + name + "\"");
        }
        return member.value();
    }

    private static String unknown(String what, String name, List<String> candidates) {
        String suggestion = Suggestions.closest(name, candidates);
        String shown = SheetNode.abbreviated(name);
        return suggestion != null ? "unknown " + what + " \"" + shown + "\"; did you mean \"" + suggestion + "\"?"
                : "unknown " + what + " \"" + shown + "\"; the " + what + "s here are " + String.join(", ", candidates);
    }
}
