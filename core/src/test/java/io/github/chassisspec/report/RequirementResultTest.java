package io.github.chassisspec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A result's assumptions and details cannot change after it is built, whoever held the maps. */
class RequirementResultTest {

    private static RequirementResult.Builder builder() {
        return RequirementResult.builder("parkingHold", Verdict.PASS, Measure.of(10.2, "°", 2), Phrase.verbatim("m"));
    }

    @Test
    void aBuilderChangedAfterBuild_leavesTheBuiltResultAlone() {
        RequirementResult.Builder builder = builder().assumption("adhesion", 0.8).detail("first", "1 N");
        RequirementResult first = builder.build();
        RequirementResult second = builder.assumption("rollingResistance", 0.01).detail("second", "2 N").build();

        assertEquals(Map.of("adhesion", 0.8), first.assumptions());
        assertEquals(List.of("first"), List.copyOf(first.details().keySet()));
        assertEquals(List.of("adhesion", "rollingResistance"), List.copyOf(second.assumptions().keySet()));
        assertEquals(List.of("first", "second"), List.copyOf(second.details().keySet()));
    }

    @Test
    void listsAddedAfterBuild_orToABuilderFromAResult_leaveTheBuiltResultsAlone() {
        RequirementResult.Builder builder = builder().warning(Phrase.verbatim("first"));
        RequirementResult first = builder.build();
        RequirementResult second = builder.firstWarning(Phrase.verbatim("second")).build();
        RequirementResult third = second.toBuilder().warning(Phrase.verbatim("third")).build();

        assertEquals(List.of("first"), first.warnings());
        assertEquals(List.of("second", "first"), second.warnings());
        assertEquals(List.of("second", "first", "third"), third.warnings());
        // Nothing added: the result holds an empty list all the same.
        assertEquals(List.of(), first.remedies());
        assertEquals(List.of(), first.directions());
    }

    @Test
    void mapsGivenToTheConstructor_areCopied_andTheResultsMapsRefuseChanges() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("b", "2 N");
        details.put("a", "1 N");
        RequirementResult result = builder().build();
        RequirementResult copied = new RequirementResult(result.check(), null, null, null, null, null, null, null,
                result.verdict(), result.comparison(), result.required(), null, null, null, null, Map.of(), details,
                List.of(), result.messagePhrase(), List.of(), null, List.of(), List.of());
        details.put("c", "3 N");

        assertEquals(List.of("b", "a"), List.copyOf(copied.details().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> copied.details().put("d", "4 N"));
        assertThrows(UnsupportedOperationException.class, () -> result.assumptions().put("d", 1.0));
        assertThrows(UnsupportedOperationException.class, () -> copied.details().entrySet().clear());
    }
}
