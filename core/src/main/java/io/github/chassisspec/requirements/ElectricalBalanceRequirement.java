package io.github.chassisspec.requirements;

import io.github.chassisspec.model.InvalidComponentException;
import io.github.chassisspec.model.MayBeAbsent;

/**
 * "The generator covers the consumers with a reserve": generator power ≥ Σ consumers · (1 + reserve), such as
 * {@code { "check": "electricalBalance", "reserve": 0.2 }} for 20 %.
 *
 * @param reserve the share above the consumers' total the generator must give, at least 0
 * @param label   a label; may be absent
 */
public record ElectricalBalanceRequirement(double reserve, @MayBeAbsent String label) implements Requirement {

    public static final String CHECK = "electricalBalance";

    public ElectricalBalanceRequirement {
        if (!(reserve >= 0 && reserve <= 10)) {
            throw new InvalidComponentException("reserve", "must be a share between 0 and 10, such as 0.2 for 20 %,"
                    + " but was " + reserve);
        }
        label = Checks.text(label, "label");
    }

    public static ElectricalBalanceRequirement withReserve(double reserve) {
        return new ElectricalBalanceRequirement(reserve, null);
    }

    @Override
    public String check() {
        return CHECK;
    }

    @Override
    public String load() {
        return null;
    }
}
