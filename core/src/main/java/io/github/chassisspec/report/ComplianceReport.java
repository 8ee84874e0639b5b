package io.github.chassisspec.report;

import java.util.List;

/**
 * A spec checked against a requirement profile: one result per requirement and the overall verdict.
 *
 * @param spec         the spec's id
 * @param specName     the spec's readable name; null when it has none
 * @param requirements the profile's name
 * @param results      one result per requirement, in the profile's order
 * @param notePhrases  what the reader should know about the report as a whole, such as requirements of a rule pack
 *                     that do not apply to this vehicle
 */
public record ComplianceReport(String spec, String specName, String requirements, List<RequirementResult> results,
        List<Phrase> notePhrases) {

    public ComplianceReport {
        results = List.copyOf(results);
        notePhrases = List.copyOf(notePhrases);
    }

    /** The notes in English. */
    public List<String> notes() {
        return notes(java.util.Locale.ENGLISH);
    }

    /** The notes in the language of {@code locale}. */
    public List<String> notes(java.util.Locale locale) {
        return notePhrases.stream().map(phrase -> phrase.text(locale)).toList();
    }

    /** FAIL if any requirement fails, else NOT_EVALUATED if any could not be evaluated, else PASS. */
    public Verdict verdict() {
        return Verdict.overall(results.stream().map(RequirementResult::verdict).toList());
    }
}
