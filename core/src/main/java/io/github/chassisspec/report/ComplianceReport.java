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
 * @param requirementIndices for each result, the index of its requirement in the profile, so that results of
 *                     different vehicles line up even where a requirement does not apply to one of them
 */
public record ComplianceReport(String spec, String specName, String requirements, List<RequirementResult> results,
        List<Phrase> notePhrases, List<Integer> requirementIndices) {

    public ComplianceReport {
        results = List.copyOf(results);
        notePhrases = List.copyOf(notePhrases);
        requirementIndices = List.copyOf(requirementIndices);
        if (requirementIndices.size() != results.size()) {
            throw new IllegalArgumentException("a report needs one requirement index per result: "
                    + requirementIndices.size() + " for " + results.size() + " results");
        }
    }

    /** A report whose results are the profile's requirements in order, every one of them applying. */
    public ComplianceReport(String spec, String specName, String requirements, List<RequirementResult> results,
            List<Phrase> notePhrases) {
        this(spec, specName, requirements, results, notePhrases,
                java.util.stream.IntStream.range(0, results.size()).boxed().toList());
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
