package io.github.chassisspec.report;

import io.github.chassisspec.units.DecimalText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words and numbers the text, Markdown and HTML reports share, so that all say the same thing. */
final class ReportText {

    private ReportText() {
    }

    static String label(String key, Locale locale, Object... arguments) {
        return Phrase.of(key, arguments).text(locale);
    }

    /** "parking hold, facing both", "hill start, gear 2, low range", "axle loads", "top speed, gear 6". */
    static String requirement(RequirementResult result, Locale locale) {
        Phrase range = result.range() == null ? null : Phrase.of("range." + result.range());
        return switch (result.check()) {
            case "parkingHold" -> label("check.parkingHold", locale, Phrase.of("facing." + result.facing().sheetName()));
            case "hillStart" -> range == null ? label("check.hillStart", locale, result.gear())
                    : label("check.hillStart.range", locale, result.gear(), range);
            case "gradeability" -> range == null
                    ? label("check.gradeability", locale, result.gear(), result.assumptions().get("speed"))
                    : label("check.gradeability.range", locale, result.gear(), range, result.assumptions().get("speed"));
            case "topSpeed" -> result.gear() == null ? label("check.topSpeed", locale)
                    : label("check.topSpeed.gear", locale, result.gear());
            default -> PhraseBooks.has("check." + result.check()) ? label("check." + result.check(), locale)
                    : result.check();
        };
    }

    /** "45 % (24.2°)" for a slope, "≤ 11500 kg" or "≥ 28 °" for other figures. */
    static String required(RequirementResult result) {
        if (result.requiredSlope() != null) {
            return result.requiredSlope().displayText();
        }
        return (result.comparison() == Comparison.AT_MOST ? "≤ " : "≥ ") + result.required().text();
    }

    /** "22.2° (40.8 %) facing downhill", "13.0° (23.0 %)", "9600 kg", or "–" when not evaluated. */
    static String capability(RequirementResult result, Locale locale) {
        if (!result.isEvaluated()) {
            return "–";
        }
        if (result.requiredSlope() == null) {
            return result.capability().text();
        }
        String text = slope(result.capability().value());
        return result.directions().isEmpty() ? text : label("label.facingGoverning", locale, text,
                Phrase.of("facing." + result.governingFacing().sheetName()));
    }

    static String slope(double degrees) {
        return fixed(degrees, 1) + "° (" + fixed(100 * Math.tan(Math.toRadians(degrees)), 1) + " %)";
    }

    /** "+7.5°", "-22.8°", "+1900 kg"; "–" when not evaluated. */
    static String margin(RequirementResult result) {
        if (!result.isEvaluated()) {
            return "–";
        }
        double margin = result.margin().value();
        String text = result.requiredSlope() != null ? fixed(margin, 1) + "°" : result.margin().text();
        return (margin >= 0 && !text.startsWith("-") ? "+" : "") + text;
    }

    /** The limiting factor's name, the same in every language: it is a term of PHYSICS.md. */
    static String limitedBy(RequirementResult result) {
        return result.limitedBy() == null ? "–" : result.limitedBy().name();
    }

    static String verdict(Verdict verdict, Locale locale) {
        return label("verdict." + verdict.name(), locale);
    }

    /** "uphill 30.2° (ADHESION), downhill 22.2° (ADHESION)", or empty for a one-way check. */
    static String directions(RequirementResult result, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (DirectionResult direction : result.directions()) {
            parts.add(label("facing." + direction.facing().sheetName(), locale) + " "
                    + fixed(direction.capabilityDegrees(), 1) + "° (" + direction.limitedBy() + ")");
        }
        return String.join(", ", parts);
    }

    /** "adhesion 0.8, rolling resistance 0.01, ..." with the names spelt out. */
    static String assumptions(RequirementResult result, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> entry : result.assumptions().entrySet()) {
            if (entry.getKey().equals("launchTorqueFrom")) {
                continue;
            }
            String value = value(entry.getValue(), locale);
            if (entry.getKey().equals("launchTorque") && result.assumptions().containsKey("launchTorqueFrom")) {
                value += " (" + value(result.assumptions().get("launchTorqueFrom"), locale) + ")";
            }
            parts.add(name(entry.getKey(), locale) + " " + value);
        }
        return String.join(", ", parts);
    }

    /** "input torque 800 N·m, engine force 36720 N, ...". */
    static String details(RequirementResult result, Locale locale) {
        List<String> parts = new ArrayList<>();
        result.details().forEach((name, value) -> parts.add(name(name, locale) + " " + value(value, locale)));
        return String.join(", ", parts);
    }

    /** A value of an assumption or a figure: a number, text, or a phrase in the reader's language. */
    static String value(Object value, Locale locale) {
        if (value instanceof Phrase phrase) {
            return phrase.text(locale);
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** A figure's or assumption's name in words: "rollingResistance" → "rolling resistance", or its translation. */
    static String name(String key, Locale locale) {
        if (PhraseBooks.has("name." + key)) {
            return label("name." + key, locale);
        }
        return words(key);
    }

    /** The changes joined: "adhesion μ at least 0.9 (assumed 0.8); mass ... at most 14.2 t". */
    static String changes(List<Change> changes, Locale locale) {
        return String.join("; ", changes.stream().map(change -> change.text(locale)).toList());
    }

    static String source(PackSource source, Locale locale) {
        return label(source.verified() ? "source.verified" : "source.fromMemory", locale, source.source(), source.pack());
    }

    /** Whether the result is a FAIL that no single change rescues. */
    static boolean beyondReach(RequirementResult result) {
        return result.verdict() == Verdict.FAIL && result.remedies().isEmpty();
    }

    /** camelCase to words: "rollingResistance" → "rolling resistance"; other text as it is. */
    static String words(String camelCase) {
        if (camelCase.contains(" ")) {
            return camelCase;
        }
        return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    static String fixed(double value, int places) {
        return DecimalText.fixed(value, places);
    }

    static String heading(ComplianceReport report, Locale locale) {
        return label("label.against", locale, report.spec(), report.requirements(), verdict(report.verdict(), locale));
    }
}
