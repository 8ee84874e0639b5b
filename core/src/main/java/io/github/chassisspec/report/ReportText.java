package io.github.chassisspec.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words and numbers the text and Markdown reports share, so that both say the same thing. */
final class ReportText {

    private ReportText() {
    }

    /** "parking hold, facing both", "hill start, gear 2, low range", "axle loads", "top speed, gear 6". */
    static String requirement(RequirementResult result) {
        return switch (result.check()) {
            case "parkingHold" -> "parking hold, facing " + result.facing().sheetName();
            case "hillStart" -> "hill start, gear " + result.gear() + range(result);
            case "gradeability" -> "gradeability, gear " + result.gear() + range(result) + " at "
                    + result.assumptions().get("speed");
            case "topSpeed" -> "top speed" + (result.gear() == null ? "" : ", gear " + result.gear()) + range(result);
            case "steerAxleShare" -> "steer-axle share";
            case "powerToMass" -> "power to mass";
            default -> words(result.check());
        };
    }

    private static String range(RequirementResult result) {
        return result.range() == null ? "" : ", " + result.range() + " range";
    }

    /** "45 % (24.2°)" for a slope, "≤ 11500 kg" or "≥ 28 °" for other figures. */
    static String required(RequirementResult result) {
        if (result.requiredSlope() != null) {
            return result.requiredSlope().displayText();
        }
        return (result.comparison() == Comparison.AT_MOST ? "≤ " : "≥ ") + result.required().text();
    }

    /** "22.2° (40.8 %) facing downhill", "13.0° (23.0 %)", "9600 kg", or "–" when not evaluated. */
    static String capability(RequirementResult result) {
        if (!result.isEvaluated()) {
            return "–";
        }
        if (result.requiredSlope() == null) {
            return result.capability().text();
        }
        String text = slope(result.capability().value());
        return result.directions().isEmpty() ? text : text + " facing " + result.governingFacing().sheetName();
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

    static String limitedBy(RequirementResult result) {
        return result.limitedBy() == null ? "–" : result.limitedBy().name();
    }

    /** "uphill 30.2° (ADHESION), downhill 22.2° (ADHESION)", or empty for a one-way check. */
    static String directions(RequirementResult result) {
        List<String> parts = new ArrayList<>();
        for (DirectionResult direction : result.directions()) {
            parts.add(direction.facing().sheetName() + " " + fixed(direction.capabilityDegrees(), 1) + "° ("
                    + direction.limitedBy() + ")");
        }
        return String.join(", ", parts);
    }

    /** "adhesion 0.8, rolling resistance 0.01, ..." with the names spelt out. */
    static String assumptions(RequirementResult result) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> entry : result.assumptions().entrySet()) {
            if (entry.getKey().equals("launchTorqueFrom")) {
                continue;
            }
            String value = entry.getValue() instanceof Double number ? BigDecimal.valueOf(number).stripTrailingZeros()
                    .toPlainString() : String.valueOf(entry.getValue());
            if (entry.getKey().equals("launchTorque") && result.assumptions().containsKey("launchTorqueFrom")) {
                value += " (" + result.assumptions().get("launchTorqueFrom") + ")";
            }
            parts.add(words(entry.getKey()) + " " + value);
        }
        return String.join(", ", parts);
    }

    /** "input torque 800 N·m, engine force 36720 N, ...". */
    static String details(RequirementResult result) {
        List<String> parts = new ArrayList<>();
        result.details().forEach((name, value) -> parts.add(words(name) + " " + value));
        return String.join(", ", parts);
    }

    /** What a FAIL says when no single parameter within reach makes it pass. */
    static final String NO_SINGLE_CHANGE = "no change of a single parameter within reach makes it pass";

    /** Whether the result is a FAIL that no single change rescues. */
    static boolean beyondReach(RequirementResult result) {
        return result.verdict() == Verdict.FAIL && result.remedies().isEmpty();
    }

    /** The changes' texts joined: "adhesion μ at least 0.9 (assumed 0.8); mass ... at most 14.2 t". */
    static String changes(List<Change> changes) {
        return String.join("; ", changes.stream().map(Change::text).toList());
    }

    /** camelCase to words: "rollingResistance" → "rolling resistance"; other text as it is. */
    static String words(String camelCase) {
        if (camelCase.contains(" ")) {
            return camelCase;
        }
        return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    static String fixed(double value, int places) {
        String text = new BigDecimal(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
        return text.matches("-0(\\.0+)?") ? text.substring(1) : text;
    }

    static String heading(ComplianceReport report) {
        return report.spec() + " against \"" + report.requirements() + "\": " + report.verdict();
    }
}
