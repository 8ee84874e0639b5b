package io.github.chassisspec.report;

import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.physics.LimitingFactor;
import io.github.chassisspec.units.Slope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The answer to one requirement: the verdict, what was required against what the vehicle manages, the margin, what
 * limits, the assumptions used, a one-line message, warnings, and what it would take to pass (or how much room there
 * is). Nothing is hidden: every assumption that decided the number is in {@link #assumptions()}.
 *
 * @param check             the check, as profiles name it: {@code parkingHold}, {@code axleLoads}...
 * @param label             the requirement's own label, such as a tender clause; null when none
 * @param source            where a rule pack took the figure from; null for a requirement of the profile itself
 * @param load              the load case; null for checks that do not depend on one, or that cover all
 * @param facing            the direction asked for (slope checks), else null
 * @param governingFacing   the direction the verdict comes from (slope checks), else null
 * @param gear              the gear of a hill start, gradeability or top-speed check, else null
 * @param range             the transfer-case range used, else null
 * @param verdict           PASS, FAIL or NOT_EVALUATED
 * @param comparison        whether the capability must be at least, or the actual figure at most, the required one
 * @param required          the figure required (for slope checks in degrees)
 * @param requiredSlope     the slope as written, for slope checks; null otherwise
 * @param capability        what the vehicle manages (or, for an at-most check, the actual figure); null when not
 *                          evaluated
 * @param margin            how far inside the requirement it is, positive when met; null when not evaluated
 * @param limitedBy         what decides the capability; null when not evaluated or nothing in particular
 * @param assumptions       the assumptions used, by name: numbers, {@link Measure}s, text as the sheet gives it,
 *                          or phrases
 * @param details           figures behind the answer, by name: {@link Measure}s, or phrases; a check may work
 *                          them out when they are first read ({@link Builder#detailsWhenRead})
 * @param directions        per-direction capabilities for a parking requirement facing both ways, else empty
 * @param messagePhrase     one line saying what was found
 * @param warningPhrases    what the reader must know, such as a slope in degrees that is probably a percent
 * @param ifPercentWasMeant for a slope in degrees that no tyre can meet: the same requirement read as a percent
 *                          grade; null otherwise
 * @param remedies          for a FAIL: the smallest change of one parameter that makes it pass, each parameter
 *                          where the physics allows one; empty otherwise
 * @param headroom          for a PASS: how far each parameter can go before it fails; empty otherwise
 */
public record RequirementResult(
        String check,
        String label,
        PackSource source,
        String load,
        Facing facing,
        Facing governingFacing,
        Integer gear,
        String range,
        Verdict verdict,
        Comparison comparison,
        Measure required,
        Slope requiredSlope,
        Measure capability,
        Measure margin,
        LimitingFactor limitedBy,
        Map<String, Object> assumptions,
        Map<String, Object> details,
        List<DirectionResult> directions,
        Phrase messagePhrase,
        List<Phrase> warningPhrases,
        RequirementResult ifPercentWasMeant,
        List<Change> remedies,
        List<Change> headroom) {

    public RequirementResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(messagePhrase, "messagePhrase");
        assumptions = ReadOnlyMap.copyOf(assumptions);
        details = ReadOnlyMap.copyOf(details);
        directions = List.copyOf(directions);
        warningPhrases = List.copyOf(warningPhrases);
        remedies = List.copyOf(remedies);
        headroom = List.copyOf(headroom);
    }

    /** The one-line message in English. */
    public String message() {
        return messagePhrase.text();
    }

    /** The one-line message in the language of {@code locale}. */
    public String message(Locale locale) {
        return messagePhrase.text(locale);
    }

    /** The warnings in English. */
    public List<String> warnings() {
        return warnings(Locale.ENGLISH);
    }

    /** The warnings in the language of {@code locale}. */
    public List<String> warnings(Locale locale) {
        return warningPhrases.stream().map(phrase -> phrase.text(locale)).toList();
    }

    /** Whether a capability was computed. */
    public boolean isEvaluated() {
        return verdict != Verdict.NOT_EVALUATED;
    }

    /** A builder, for checks that assemble a result step by step. */
    public static Builder builder(String check, Verdict verdict, Measure required, Phrase message) {
        return new Builder(check, verdict, required, message);
    }

    /** A builder that starts from this result. */
    public Builder toBuilder() {
        Builder builder = new Builder(check, verdict, required, messagePhrase);
        builder.label = label;
        builder.source = source;
        builder.load = load;
        builder.facing = facing;
        builder.governingFacing = governingFacing;
        builder.gear = gear;
        builder.range = range;
        builder.comparison = comparison;
        builder.requiredSlope = requiredSlope;
        builder.capability = capability;
        builder.margin = margin;
        builder.limitedBy = limitedBy;
        builder.assumptions.putAll(assumptions);
        builder.details.putAll(details);
        builder.directions = directions;
        builder.warnings = warningPhrases;
        builder.ifPercentWasMeant = ifPercentWasMeant;
        builder.remedies = remedies;
        builder.headroom = headroom;
        return builder;
    }

    /** Builds a {@link RequirementResult}; not thread-safe. */
    public static final class Builder {
        private String check;
        private Verdict verdict;
        private Measure required;
        private Phrase message;
        private String label;
        private PackSource source;
        private String load;
        private Facing facing;
        private Facing governingFacing;
        private Integer gear;
        private String range;
        private Comparison comparison = Comparison.AT_LEAST;
        private Slope requiredSlope;
        private Measure capability;
        private Measure margin;
        private LimitingFactor limitedBy;
        private SmallOrderedMap<String, Object> assumptions = new SmallOrderedMap<>();
        private SmallOrderedMap<String, Object> details = new SmallOrderedMap<>();
        /** Puts the details worked out on first read, after those in {@link #details}; null when none are pending. */
        private Consumer<? super Map<String, Object>> detailsLater;
        /** Whether {@link #build} handed the two maps to a result, so that the next change must copy them first. */
        private boolean mapsHandedOver;
        // Each list starts as the shared empty one and becomes an ArrayList on its first entry: most stay empty.
        private List<DirectionResult> directions = List.of();
        private List<Phrase> warnings = List.of();
        private RequirementResult ifPercentWasMeant;
        private List<Change> remedies = List.of();
        private List<Change> headroom = List.of();

        private Builder(String check, Verdict verdict, Measure required, Phrase message) {
            this.check = check;
            this.verdict = verdict;
            this.required = required;
            this.message = message;
        }

        public Builder required(Measure newRequired) {
            required = newRequired;
            return this;
        }

        public Builder verdict(Verdict newVerdict) {
            verdict = newVerdict;
            return this;
        }

        public Builder message(Phrase newMessage) {
            message = newMessage;
            return this;
        }

        public Builder label(String newLabel) {
            label = newLabel;
            return this;
        }

        public Builder source(PackSource newSource) {
            source = newSource;
            return this;
        }

        public Builder load(String newLoad) {
            load = newLoad;
            return this;
        }

        public Builder facing(Facing asked, Facing governing) {
            facing = asked;
            governingFacing = governing;
            return this;
        }

        public Builder gear(Integer newGear) {
            gear = newGear;
            return this;
        }

        public Builder range(String newRange) {
            range = newRange;
            return this;
        }

        public Builder comparison(Comparison newComparison) {
            comparison = newComparison;
            return this;
        }

        public Builder requiredSlope(Slope slope) {
            requiredSlope = slope;
            return this;
        }

        /** The capability (or actual figure), the margin and what limits. */
        public Builder outcome(Measure newCapability, Measure newMargin, LimitingFactor newLimitedBy) {
            capability = newCapability;
            margin = newMargin;
            limitedBy = newLimitedBy;
            return this;
        }

        public Builder assumption(String name, Object value) {
            ownMaps();
            assumptions.put(name, value);
            return this;
        }

        public Builder assumptions(Map<String, Object> values) {
            ownMaps();
            assumptions.putAll(values);
            return this;
        }

        /** A figure behind the answer: a {@link Measure}, or a phrase. */
        public Builder detail(String name, Object value) {
            ownMaps();
            putDetailsLater();
            details.put(name, value);
            return this;
        }

        /**
         * Figures behind the answer that cost work of their own, such as forces from the statics: {@code writer} puts
         * them into the map it is given when the result's details are first read, after the details set so far, or
         * now if another detail is set after it. A caller that reads only verdicts never pays for them. The writer
         * must read only what cannot change, since it may run later and on another thread, once; a writer that throws
         * fails that read, and runs again on the next.
         */
        public Builder detailsWhenRead(Consumer<? super Map<String, Object>> writer) {
            Objects.requireNonNull(writer, "writer");
            ownMaps();
            putDetailsLater();
            detailsLater = writer;
            return this;
        }

        public Builder directions(List<DirectionResult> values) {
            if (directions.isEmpty()) {
                // Copied once, into the immutable list the result keeps as it is.
                directions = List.copyOf(values);
            } else if (!values.isEmpty()) {
                directions = growable(directions);
                directions.addAll(values);
            }
            return this;
        }

        public Builder warning(Phrase warning) {
            warnings = growable(warnings);
            warnings.add(warning);
            return this;
        }

        /** Puts a warning before the others: the one a reader must see first. */
        public Builder firstWarning(Phrase warning) {
            warnings = growable(warnings);
            warnings.add(0, warning);
            return this;
        }

        public Builder ifPercentWasMeant(RequirementResult alternative) {
            ifPercentWasMeant = alternative;
            return this;
        }

        public Builder remedy(Change change) {
            remedies = growable(remedies);
            remedies.add(change);
            return this;
        }

        public Builder headroom(Change change) {
            headroom = growable(headroom);
            headroom.add(change);
            return this;
        }

        public RequirementResult build() {
            mapsHandedOver = true;
            return new RequirementResult(check, label, source, load, facing, governingFacing, gear, range, verdict,
                    comparison, required, requiredSlope, capability, margin, limitedBy, new ReadOnlyMap<>(assumptions),
                    detailsLater == null ? new ReadOnlyMap<>(details) : new ReadOnlyMap<>(details, detailsLater),
                    directions, message, warnings, ifPercentWasMeant, remedies, headroom);
        }

        /** Runs a pending detail writer into this builder's own map, so that a detail set now follows its figures. */
        private void putDetailsLater() {
            if (detailsLater != null) {
                Consumer<? super Map<String, Object>> writer = detailsLater;
                detailsLater = null;
                writer.accept(details);
            }
        }

        /** {@code list} itself once it is an ArrayList of this builder's, else a new one with its entries. */
        private static <T> List<T> growable(List<T> list) {
            return list instanceof ArrayList<T> ? list : new ArrayList<>(list);
        }

        private void ownMaps() {
            if (mapsHandedOver) {
                assumptions = new SmallOrderedMap<>(assumptions);
                details = new SmallOrderedMap<>(details);
                mapsHandedOver = false;
            }
        }
    }
}
