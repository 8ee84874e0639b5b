package io.github.chassisspec.assertions;

import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.units.DecimalText;

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
        return DecimalText.fixed(value, 1);
    }
}
