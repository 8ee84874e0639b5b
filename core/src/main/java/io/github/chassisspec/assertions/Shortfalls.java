package io.github.chassisspec.assertions;

import io.github.chassisspec.report.RequirementResult;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How an assertion failure states a result: the message, then margin and limiting factor. */
final class Shortfalls {

    private Shortfalls() {
    }

    static String describe(RequirementResult result) {
        if (!result.isEvaluated()) {
            return result.message();
        }
        String margin = result.requiredSlope() != null ? fixed(result.margin().value()) + "°" : result.margin().text();
        Object adhesion = result.assumptions().get("adhesion");
        return result.message() + " (margin " + margin + ", limited by " + result.limitedBy()
                + (adhesion == null ? "" : ", adhesion " + adhesion) + ")";
    }

    static String fixed(double value) {
        String text = new BigDecimal(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return text.equals("-0.0") ? "0.0" : text;
    }
}
