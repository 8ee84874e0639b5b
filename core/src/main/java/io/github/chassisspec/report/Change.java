package io.github.chassisspec.report;

/**
 * One parameter changed on its own: for a FAIL, the smallest change that makes the requirement pass ("what would it
 * take"); for a PASS, how far the parameter can go before it fails (the headroom).
 *
 * @param parameter what is changed, such as {@code parkingBrakeTorque}, {@code ladenMass}, {@code finalDrive}
 * @param path      where it is in the spec sheet, such as {@code axles[1].parkingBrakeTorque}; the assumption's name
 *                  for an assumption such as {@code adhesion}
 * @param current   the value now
 * @param target    the value at which the requirement is just met
 * @param targetSi  the same in SI units, unrounded, to feed back into the check
 * @param phrase    the change in words: {@code "parking brake torque of axles[1] at least 62.4 kN·m (now 60 kN·m)"}
 */
public record Change(String parameter, String path, Measure current, Measure target, double targetSi, Phrase phrase) {

    /** The change in English. */
    public String text() {
        return phrase.text();
    }

    /** The change in the language of {@code locale}. */
    public String text(java.util.Locale locale) {
        return phrase.text(locale);
    }
}
