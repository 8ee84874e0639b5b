package io.github.chassisspec.report;

/**
 * Where a requirement's figure comes from when a rule pack gave it.
 *
 * @param pack     the pack's name, such as {@code un-r13}
 * @param source   the rule the figure is taken from, such as {@code UN Regulation No. 13, annex 4, 2.3.1}
 * @param verified whether the figure was checked against the text of the rule, rather than recalled
 */
public record PackSource(String pack, String source, boolean verified) {

    /** "UN R13 ... (un-r13, verified)" or "(..., from memory, not verified against the text)". */
    public String describe() {
        return source + " (pack " + pack + ", " + (verified ? "figure verified against the text"
                : "figure from memory, not verified against the text") + ")";
    }
}
