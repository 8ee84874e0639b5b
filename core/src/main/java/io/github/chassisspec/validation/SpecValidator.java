package io.github.chassisspec.validation;

import io.github.chassisspec.model.ChassisSpec;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a {@link ChassisSpec} against its structural rules (the constraints on the model records and
 * {@link ConsistentChassis}) and returns every violation at once, in spec-sheet order.
 *
 * <p>A spec is first checked in plain Java against the same constraints, read once from the records' annotations: one
 * that breaks none is valid at once. Only a spec that breaks one goes to Hibernate Validator, which finds the
 * violations and writes their messages. It uses one Hibernate Validator factory for the whole application, built on
 * first use, with plain parameter interpolation (no expression language). Messages are in English whatever the
 * default locale, or in the language asked for: Simplified Chinese ({@code zh}) and French ({@code fr}) are shipped,
 * any other language gets English. Thread-safe.
 */
public final class SpecValidator {

    private SpecValidator() {
    }

    /** Every violation of the spec's structural rules, sorted by where they are in the spec sheet; empty if none. */
    public static List<SpecViolation> validate(ChassisSpec spec) {
        return validate(spec, Locale.ENGLISH);
    }

    /**
     * Every violation of the spec's structural rules with messages in the language of {@code locale}
     * (English where that language is not shipped), sorted by where they are in the spec sheet.
     */
    public static List<SpecViolation> validate(ChassisSpec spec, Locale locale) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(locale, "locale");
        if (ConstraintPlan.satisfiedBy(spec)) {
            return List.of();
        }
        return validator(locale).validate(spec).stream()
                .map(SpecViolation::of)
                .sorted(SPEC_SHEET_ORDER)
                .toList();
    }

    /**
     * Whether the spec breaks none of its structural rules: the same answer as {@code validate(spec).isEmpty()}, but
     * a valid spec never starts Hibernate Validator. For a command line or a sweep that needs messages only for
     * specs that have violations.
     */
    public static boolean isValid(ChassisSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return ConstraintPlan.satisfiedBy(spec) || Holder.VALIDATOR.validate(spec).isEmpty();
    }

    /**
     * Reads the model's constraints for the plain check on a background thread and returns at once, so that a command
     * line parses its arguments and reads its files meanwhile. Reading them takes a few tens of milliseconds in a
     * fresh JVM; the first validation waits for it, or does it itself if it gets there first.
     */
    public static void startInBackground() {
        Thread starter = new Thread(SpecValidator::prepare, "chassis-spec validator start");
        // Must not keep a JVM alive that has nothing left to validate.
        starter.setDaemon(true);
        starter.start();
    }

    /**
     * Reads the model's constraints for the plain check now, on this thread, so that the first validation is quick;
     * for callers that start it on a thread of their own. Hibernate Validator is not started: only a spec that
     * breaks a rule needs it. A service that wants it ready for that first one too can call {@link #validator()}.
     */
    public static void prepare() {
        ConstraintPlan.chassisSpec();
    }

    /** The shared validator, for applications that validate their own objects holding specs and quantities. */
    public static Validator validator() {
        return Holder.VALIDATOR;
    }

    /** A validator whose messages are in the language of {@code locale}, English where it is not shipped. */
    public static Validator validator(Locale locale) {
        Locale messages = messageLocale(Objects.requireNonNull(locale, "locale"));
        if (messages.equals(Locale.ROOT)) {
            return Holder.VALIDATOR;
        }
        return Holder.FACTORY.usingContext()
                .messageInterpolator(new FixedLocaleInterpolator(Holder.INTERPOLATOR, messages))
                .getValidator();
    }

    /**
     * The shipped language for {@code locale}; English is the root bundle, asked for as {@link Locale#ROOT}
     * so that resource-bundle lookup never falls back to the JVM's default locale.
     */
    static Locale messageLocale(Locale locale) {
        return switch (locale.getLanguage()) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "fr" -> Locale.FRENCH;
            default -> Locale.ROOT;
        };
    }

    /** Pointer segments compared as numbers where both are indices, so that axles[2] comes before axles[10]. */
    private static final Comparator<SpecViolation> SPEC_SHEET_ORDER = (left, right) -> {
        String[] leftSegments = left.pointer().split("/");
        String[] rightSegments = right.pointer().split("/");
        for (int index = 0; index < Math.min(leftSegments.length, rightSegments.length); index++) {
            String leftSegment = leftSegments[index];
            String rightSegment = rightSegments[index];
            int order = isIndex(leftSegment) && isIndex(rightSegment)
                    ? Integer.compare(Integer.parseInt(leftSegment), Integer.parseInt(rightSegment))
                    : leftSegment.compareTo(rightSegment);
            if (order != 0) {
                return order;
            }
        }
        int order = Integer.compare(leftSegments.length, rightSegments.length);
        return order != 0 ? order : left.message().compareTo(right.message());
    };

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
    }

    /** Builds the factory on first use: starting Hibernate Validator costs time a command line should not pay twice. */
    private static final class Holder {
        static final MessageInterpolator INTERPOLATOR = new ParameterMessageInterpolator(
                Set.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE, Locale.FRENCH), Locale.ROOT, false);
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new FixedLocaleInterpolator(INTERPOLATOR, Locale.ROOT))
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    /** Interpolates every message in one language, whatever locale the caller or the JVM default suggests. */
    private record FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return delegate.interpolate(messageTemplate, context, locale);
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale ignoredLocale) {
            return delegate.interpolate(messageTemplate, context, locale);
        }
    }
}
