package io.github.chassisspec.examples;

import io.github.chassisspec.json.ProfileSheet;
import io.github.chassisspec.json.RequirementProfileReader;
import io.github.chassisspec.json.SpecSheetReader;
import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.report.ComplianceReport;
import io.github.chassisspec.report.RequirementResult;
import io.github.chassisspec.report.Verdict;
import io.github.chassisspec.requirements.RequirementEvaluator;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

/**
 * For the sales engineer: checks the chassis to offer against a tender and says, in the tender's own words,
 * what passes, what fails and by how much, and what to ask the client when a slope in degrees is probably a
 * percent grade.
 *
 * <pre>java -cp ... io.github.chassisspec.examples.SalesCheck [SPEC] [PROFILE]</pre>
 *
 * Without arguments it checks the bundled 16 t bus against the bundled Mediterranean tender as the client wrote it.
 */
public final class SalesCheck {

    private SalesCheck() {
    }

    public static void main(String[] arguments) {
        Path spec = Path.of(arguments.length > 0 ? arguments[0] : "examples/specs/bus-16t.json");
        Path profile = Path.of(arguments.length > 1 ? arguments[1]
                : "examples/specs/requirements/mediterranean-tender.json");
        print(new SpecSheetReader().read(spec), new RequirementProfileReader().readSheet(profile), System.out);
    }

    static void print(ChassisSpec chassis, ProfileSheet tender, PrintStream out) {
        ComplianceReport report = RequirementEvaluator.evaluate(chassis, tender.profile());
        out.println("Offer check: " + chassis.id() + (chassis.name() == null ? "" : " (" + chassis.name() + ")"));
        out.println("Tender: " + report.requirements() + " → " + report.verdict());
        for (RequirementResult result : report.results()) {
            out.println();
            String mark = result.verdict() == Verdict.PASS ? "✔" : result.verdict() == Verdict.FAIL ? "✘" : "?";
            out.println(mark + " " + (result.label() != null ? "“" + result.label() + "”" : result.check()));
            out.println("    " + result.message());
            if (result.isEvaluated()) {
                String margin = result.requiredSlope() != null ? signed(result.margin().value()) + "°"
                        : (result.margin().value() >= 0 ? "+" : "") + result.margin().text();
                Object adhesion = result.assumptions().get("adhesion");
                out.println("    margin " + margin + (result.limitedBy() == null ? "" : ", limited by "
                        + result.limitedBy()) + (adhesion == null ? "" : ", assuming adhesion " + adhesion));
            }
            for (var change : result.remedies()) {
                out.println("    to pass: " + change.text());
            }
            for (String warning : result.warnings()) {
                out.println("    ! " + warning);
            }
            if (result.ifPercentWasMeant() != null) {
                out.println("    → ask the client whether " + result.ifPercentWasMeant().requiredSlope().writtenForm()
                        + " was meant: no tyre holds " + result.requiredSlope().writtenForm() + " on a road");
            }
        }
    }

    private static String signed(double degrees) {
        String text = new BigDecimal(degrees).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return degrees >= 0 ? "+" + text : text;
    }
}
