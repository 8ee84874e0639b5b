package io.github.chassisspec.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The words and numbers the text and Markdown reports share, so that both say the same thing. */
final class ReportText {

    private ReportText() {
    }

    /** "parking hold, facing both" or "hill start, gear 2, low range". */
    static String requirement(RequirementResult result) {
        return switch (result.check()) {
            case "parkingHold" -> "parking hold, facing " + result.facing().sheetName();
            case "hillStart" -> "hill start, gear " + result.gear() + (result.range() == null ? "" : ", "
                    + result.range() + " range");
            default -> result.check();
        };
    }

    /** "22.2° (40.8 %) facing downhill" for a both-ways check, "13.0° (23.0 %)" otherwise, "–" when not evaluated. */
    static String capability(RequirementResult result) {
        if (!result.isEvaluated()) {
            return "–";
        }
        String text = slope(result.capabilityDegrees());
        return result.directions().isEmpty() ? text : text + " facing " + result.governingFacing().sheetName();
    }

    static String slope(double degrees) {
        return fixed(degrees, 1) + "° (" + fixed(100 * Math.tan(Math.toRadians(degrees)), 1) + " %)";
    }

    /** "+7.5°" or "-22.8°"; "–" when not evaluated. */
    static String margin(RequirementResult result) {
        if (!result.isEvaluated()) {
            return "–";
        }
        double margin = result.marginDegrees();
        String text = fixed(margin, 1);
        return (margin >= 0 && !text.startsWith("-") ? "+" : "") + text + "°";
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

    /** camelCase to words: "rollingResistance" → "rolling resistance". */
    static String words(String camelCase) {
        return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    static String fixed(double value, int places) {
        String text = new BigDecimal(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
        return text.matches("-0(\\.0+)?") ? text.substring(1) : text;
    }

    static String heading(ComplianceReport report) {
        return report.spec() + " against \"" + report.requirements() + "\": " + report.verdict();
    }
}
