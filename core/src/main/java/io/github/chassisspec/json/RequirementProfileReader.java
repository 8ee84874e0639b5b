package io.github.chassisspec.json;

import io.github.chassisspec.json.SheetNode.ArrayNode;
import io.github.chassisspec.json.SheetNode.Member;
import io.github.chassisspec.json.SheetNode.ObjectNode;
import io.github.chassisspec.json.SheetNode.ScalarKind;
import io.github.chassisspec.json.SheetNode.ScalarNode;
import io.github.chassisspec.report.PackSource;
import io.github.chassisspec.requirements.Applicability;
import io.github.chassisspec.requirements.Assumptions;
import io.github.chassisspec.requirements.AxleLoadsRequirement;
import io.github.chassisspec.requirements.ElectricalBalanceRequirement;
import io.github.chassisspec.requirements.FrameStrengthRequirement;
import io.github.chassisspec.requirements.GradeabilityRequirement;
import io.github.chassisspec.requirements.GroundAnglesRequirement;
import io.github.chassisspec.requirements.HillStartRequirement;
import io.github.chassisspec.requirements.ParkingHoldRequirement;
import io.github.chassisspec.requirements.PowerToMassRequirement;
import io.github.chassisspec.requirements.ProfileEntry;
import io.github.chassisspec.requirements.Requirement;
import io.github.chassisspec.requirements.RequirementProfile;
import io.github.chassisspec.requirements.SteerAxleShareRequirement;
import io.github.chassisspec.requirements.TiltStabilityRequirement;
import io.github.chassisspec.requirements.TopSpeedRequirement;
import io.github.chassisspec.requirements.TurningCircleRequirement;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads {@code chassis-requirements/1} requirement profiles (FORMAT.md §3) from JSON or YAML, including rule packs.
 *
 * <pre>{@code
 * { "format": "chassis-requirements/1", "name": "Mediterranean city bus tender",
 *   "assumptions": { "adhesion": 0.8, "rollingResistance": 0.010 },
 *   "requirements": [
 *     { "check": "parkingHold", "slope": "45 %", "load": "laden", "facing": "both" },
 *     { "check": "axleLoads" },
 *     { "pack": "un-r13" } ] }
 * }</pre>
 *
 * <p>Each requirement names its {@code check} and may carry a {@code label}, a {@code source} with
 * {@code verified} (where its figure comes from, and whether that was checked against the text), and
 * {@code appliesTo} ({@code categories}, {@code axleCount}). {@code { "pack": NAME }} includes a built-in rule pack
 * ({@link RulePacks}); {@code { "pack": "my-pack.json" }} a pack file, relative to the profile. Reading is as strict
 * as for spec sheets, with the same {@link SheetException}. Immutable and thread-safe.
 */
public final class RequirementProfileReader {

    /** The value of the {@code format} field this reader accepts. */
    public static final String FORMAT = "chassis-requirements/1";

    private static final List<String> ROOT_FIELDS = List.of("format", "name", "description", "source", "verified",
            "assumptions", "requirements");
    private static final Set<String> ENTRY_FIELDS = Set.of("check", "source", "verified", "appliesTo");
    private static final Map<String, Class<? extends Record>> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put(ParkingHoldRequirement.CHECK, ParkingHoldRequirement.class);
        CHECKS.put(HillStartRequirement.CHECK, HillStartRequirement.class);
        CHECKS.put(AxleLoadsRequirement.CHECK, AxleLoadsRequirement.class);
        CHECKS.put(SteerAxleShareRequirement.CHECK, SteerAxleShareRequirement.class);
        CHECKS.put(GradeabilityRequirement.CHECK, GradeabilityRequirement.class);
        CHECKS.put(TopSpeedRequirement.CHECK, TopSpeedRequirement.class);
        CHECKS.put(TiltStabilityRequirement.CHECK, TiltStabilityRequirement.class);
        CHECKS.put(TurningCircleRequirement.CHECK, TurningCircleRequirement.class);
        CHECKS.put(GroundAnglesRequirement.CHECK, GroundAnglesRequirement.class);
        CHECKS.put(FrameStrengthRequirement.CHECK, FrameStrengthRequirement.class);
        CHECKS.put(ElectricalBalanceRequirement.CHECK, ElectricalBalanceRequirement.class);
        CHECKS.put(PowerToMassRequirement.CHECK, PowerToMassRequirement.class);
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
        Path folder = file.toAbsolutePath().getParent();
        return bind(parser.parse(file, source, SheetFormat.ofFileName(source)), source, folder, true);
    }

    /** Reads a profile from text; {@code sourceName} names it in errors; pack files are found from the working folder. */
    public ProfileSheet readSheet(String content, String sourceName, SheetFormat format) {
        Objects.requireNonNull(content, "content");
        return bind(parser.parse(content, sourceName, format), sourceName, Path.of("").toAbsolutePath(), true);
    }

    /** Reads a built-in pack's text; packs do not include other packs. */
    ProfileSheet readPack(String content, String sourceName) {
        return bind(parser.parse(content, sourceName, SheetFormat.JSON), sourceName, null, false);
    }

    private ProfileSheet bind(SheetNode root, String source, Path folder, boolean packsAllowed) {
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
        String description = optionalText(object, "description", "/description", binder);
        String rootSource = optionalText(object, "source", "/source", binder);
        Boolean rootVerified = optionalFlag(object, "verified", "/verified", binder);
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
        List<ProfileEntry> entries = new ArrayList<>();
        List<String> entryPointers = new ArrayList<>();
        for (int index = 0; index < array.elements().size(); index++) {
            String pointer = "/requirements/" + index;
            SheetNode node = array.elements().get(index);
            binder.remember(pointer, node.location());
            if (node instanceof ObjectNode entry && entry.members().containsKey("pack")) {
                for (ProfileEntry included : pack(entry, pointer, binder, folder, packsAllowed)) {
                    entries.add(included);
                    entryPointers.add(pointer);
                }
                continue;
            }
            entries.add(entry(node, pointer, binder, name, rootSource, rootVerified));
            entryPointers.add(pointer);
        }
        return new ProfileSheet(source, new RequirementProfile(name, description, assumptions, entries),
                binder.locations(), entryPointers);
    }

    private ProfileEntry entry(SheetNode node, String pointer, RecordBinder binder, String profileName,
            String rootSource, Boolean rootVerified) {
        if (!(node instanceof ObjectNode object)) {
            throw binder.error(pointer, node.location(), "expected an object but found " + node.describe());
        }
        Member check = object.members().get("check");
        if (check == null) {
            throw binder.error(pointer, object.location(), "missing required field \"check\"; the checks are "
                    + String.join(", ", CHECKS.keySet()));
        }
        if (!(check.value() instanceof ScalarNode scalar && scalar.kind() == ScalarKind.STRING)) {
            throw binder.error(pointer + "/check", check.value().location(),
                    "expected the name of a check but found " + check.value().describe());
        }
        binder.remember(pointer + "/check", check.value().location());
        Class<? extends Record> type = CHECKS.get(scalar.text());
        if (type == null) {
            throw binder.error(pointer + "/check", check.value().location(),
                    unknown("check", scalar.text(), List.copyOf(CHECKS.keySet())));
        }
        Requirement requirement = (Requirement) binder.bindRecord(node, type, pointer, ENTRY_FIELDS);
        String source = optionalText(object, "source", pointer + "/source", binder);
        Boolean verified = optionalFlag(object, "verified", pointer + "/verified", binder);
        String effectiveSource = source != null ? source : rootSource;
        PackSource packSource = effectiveSource == null ? null : new PackSource(profileName, effectiveSource,
                Boolean.TRUE.equals(verified != null ? verified : rootVerified));
        Member appliesTo = object.members().get("appliesTo");
        Applicability applicability = appliesTo == null ? null
                : binder.bindRecord(appliesTo.value(), Applicability.class, pointer + "/appliesTo", Set.of());
        return new ProfileEntry(requirement, packSource, applicability);
    }

    private List<ProfileEntry> pack(ObjectNode entry, String pointer, RecordBinder binder, Path folder,
            boolean packsAllowed) {
        Member pack = entry.members().get("pack");
        if (!packsAllowed) {
            throw binder.error(pointer + "/pack", pack.nameLocation(), "a rule pack cannot include another pack");
        }
        for (Member member : entry.members().values()) {
            if (!member.name().equals("pack")) {
                throw binder.error(pointer + "/" + Pointers.escape(member.name()), member.nameLocation(),
                        "a pack entry holds only \"pack\"; the pack's requirements bring their own fields");
            }
        }
        String name = (String) binder.bind(pack.value(), String.class, pointer + "/pack");
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.contains("/") || lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            Path file;
            try {
                file = folder.resolve(name);
            } catch (InvalidPathException e) {
                throw binder.error(pointer + "/pack", pack.value().location(), "\"" + SheetNode.abbreviated(name)
                        + "\" is not a file name this system accepts: " + e.getReason());
            }
            if (file.getFileName() == null) {
                throw binder.error(pointer + "/pack", pack.value().location(), "\"" + SheetNode.abbreviated(name)
                        + "\" names no file; give a pack file ending in .json or .yaml");
            }
            if (!Files.exists(file)) {
                // Said at the entry that names it: the pack file's own name alone would not say which profile wants it.
                throw binder.error(pointer + "/pack", pack.value().location(), "the pack file \"" + name
                        + "\" does not exist; a pack file is found relative to the profile's folder");
            }
            String packName = file.getFileName().toString().replaceFirst("\\.(json|ya?ml)$", "");
            ProfileSheet sheet;
            try {
                sheet = bindFile(file, packName);
            } catch (SheetException e) {
                if (e.location().isKnown() || !e.source().equals(file.toString())) {
                    throw e;
                }
                // A pack file unreadable as a whole (a folder, empty, too large) is shown where the profile names it.
                throw binder.error(pointer + "/pack", pack.value().location(),
                        "the pack file " + e.source() + " " + e.problem());
            }
            return sheet.profile().entries();
        }
        if (!RulePacks.names().contains(name)) {
            throw binder.error(pointer + "/pack", pack.value().location(), unknownPack(name));
        }
        return RulePacks.pack(name).entries();
    }

    /** A pack file: its requirements' sources name the pack by its file name. */
    private ProfileSheet bindFile(Path file, String packName) {
        String source = file.toString();
        SheetNode root = parser.parse(file, source, SheetFormat.ofFileName(source));
        ProfileSheet sheet = bind(root, source, file.toAbsolutePath().getParent(), false);
        List<ProfileEntry> renamed = sheet.profile().entries().stream()
                .map(entry -> entry.source() == null ? entry : new ProfileEntry(entry.requirement(),
                        new PackSource(packName, entry.source().source(), entry.source().verified()), entry.appliesTo()))
                .toList();
        return new ProfileSheet(source, new RequirementProfile(sheet.profile().name(), sheet.profile().description(),
                sheet.profile().assumptions(), renamed), sheet.locations(), sheet.entryPointers());
    }

    static String unknownPack(String name) {
        String suggestion = Suggestions.closest(name, RulePacks.names());
        return "unknown rule pack \"" + SheetNode.abbreviated(name) + "\"; " + (suggestion != null
                ? "did you mean \"" + suggestion + "\"?" : "the built-in packs are " + String.join(", ", RulePacks.names())
                + " (chassis-check --list-packs), or give a pack file ending in .json or .yaml");
    }

    private static String optionalText(ObjectNode object, String field, String pointer, RecordBinder binder) {
        Member member = object.members().get(field);
        return member == null ? null : (String) binder.bind(member.value(), String.class, pointer);
    }

    private static Boolean optionalFlag(ObjectNode object, String field, String pointer, RecordBinder binder) {
        Member member = object.members().get(field);
        return member == null ? null : (Boolean) binder.bind(member.value(), Boolean.class, pointer);
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
