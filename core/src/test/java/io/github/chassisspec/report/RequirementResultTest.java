package io.github.chassisspec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    @Test
    void detailsWhenRead_areWorkedOutOnTheFirstRead_once_afterTheDetailsSetBefore() {
        AtomicInteger runs = new AtomicInteger();
        RequirementResult result = builder().detail("first", "1 N")
                .detailsWhenRead(details -> {
                    runs.incrementAndGet();
                    details.put("second", "2 N");
                    details.put("third", "3 N");
                })
                .build();

        assertEquals(0, runs.get(), "worked out at build");
        assertEquals(List.of("first", "second", "third"), List.copyOf(result.details().keySet()));
        assertEquals("2 N", result.details().get("second"));
        assertEquals(3, result.details().size());
        assertEquals(1, runs.get());
    }

    @Test
    void aDetailSetAfterDetailsWhenRead_comesAfterTheirFigures() {
        RequirementResult result = builder()
                .detailsWhenRead(details -> details.put("first", "1 N"))
                .detail("second", "2 N")
                .build();

        assertEquals(List.of("first", "second"), List.copyOf(result.details().keySet()));
    }

    @Test
    void aBuilderChangedAfterBuildingWithDetailsWhenRead_leavesTheBuiltResultAlone() {
        RequirementResult.Builder builder = builder().detailsWhenRead(details -> details.put("first", "1 N"));
        RequirementResult first = builder.build();
        RequirementResult second = builder.detail("second", "2 N").build();
        RequirementResult third = first.toBuilder().detail("third", "3 N").build();

        assertEquals(Map.of("first", "1 N"), first.details());
        assertEquals(List.of("first", "second"), List.copyOf(second.details().keySet()));
        assertEquals(List.of("first", "third"), List.copyOf(third.details().keySet()));
    }

    @Test
    void aWriterThatKeepsItsMap_cannotChangeTheResultLater() {
        List<Map<String, Object>> kept = new ArrayList<>();
        RequirementResult result = builder().detailsWhenRead(details -> {
            details.put("first", "1 N");
            kept.add(details);
        }).build();

        assertEquals(Map.of("first", "1 N"), result.details());
        kept.get(0).put("second", "2 N");
        assertEquals(Map.of("first", "1 N"), result.details());
    }

    @Test
    void aWriterThatFails_failsTheRead_andRunsAgainOnTheNext() {
        AtomicInteger runs = new AtomicInteger();
        RequirementResult result = builder().detailsWhenRead(details -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalArgumentException("cannot write the non-finite value NaN");
            }
            details.put("first", "1 N");
        }).build();

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> result.details().size());
        assertEquals("cannot write the non-finite value NaN", thrown.getMessage());
        assertEquals(Map.of("first", "1 N"), result.details());
        assertEquals(2, runs.get());
    }

    /** Threads that read a result's deferred details at once all see every figure, worked out once. */
    @Test
    void detailsReadByManyThreadsAtOnce_areWorkedOutOnce() throws Exception {
        int threads = 8;
        for (int round = 0; round < 50; round++) {
            AtomicInteger runs = new AtomicInteger();
            RequirementResult result = builder().detailsWhenRead(details -> {
                runs.incrementAndGet();
                for (int index = 0; index < 20; index++) {
                    details.put("figure" + index, index + " N");
                }
            }).build();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Integer>> sizes = new ArrayList<>();
                for (int thread = 0; thread < threads; thread++) {
                    sizes.add(pool.submit(() -> {
                        start.await();
                        return result.details().size();
                    }));
                }
                start.countDown();
                for (Future<Integer> size : sizes) {
                    assertEquals(20, size.get(10, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, runs.get(), "round " + round);
        }
    }

    static Stream<Consumer<Map<String, Object>>> changes() {
        // Each of these finds nothing to change in {"first": "1 N"}, where AbstractMap's own default would not fail.
        return Stream.of(
                map -> map.put("first", "2 N"),
                map -> map.remove("absent"),
                map -> map.remove("absent", "1 N"),
                Map::clear,
                map -> map.putAll(Map.of()),
                map -> map.replaceAll((key, value) -> value),
                map -> map.putIfAbsent("first", "2 N"),
                map -> map.replace("absent", "2 N"),
                map -> map.replace("absent", "1 N", "2 N"),
                map -> map.computeIfAbsent("first", key -> "2 N"),
                map -> map.computeIfPresent("absent", (key, value) -> "2 N"),
                map -> map.compute("first", (key, value) -> value),
                map -> map.merge("first", "2 N", (old, value) -> old));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void everyChange_toAResultsMap_fails_evenOneWithNothingToDo(Consumer<Map<String, Object>> change) {
        RequirementResult eager = builder().detail("first", "1 N").build();
        RequirementResult deferred = builder().detailsWhenRead(details -> details.put("first", "1 N")).build();

        UnsupportedOperationException thrown = assertThrows(UnsupportedOperationException.class,
                () -> change.accept(eager.details()));
        assertEquals("a result's map cannot be changed", thrown.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> change.accept(deferred.details()));
        assertEquals(Map.of("first", "1 N"), eager.details());
        assertEquals(Map.of("first", "1 N"), deferred.details());
    }
}
