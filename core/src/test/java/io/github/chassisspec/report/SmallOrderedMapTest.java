package io.github.chassisspec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SmallOrderedMapTest {

    static Stream<Long> seeds() {
        return LongStream.range(0, 50).boxed();
    }

    /** Any run of puts leaves the same entries, in the same order, as a LinkedHashMap given the same puts. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void puts_leaveWhatALinkedHashMapLeaves(long seed) {
        Random random = new Random(seed);
        SmallOrderedMap<String, Integer> small = new SmallOrderedMap<>();
        Map<String, Integer> reference = new LinkedHashMap<>();
        // Up to 40 puts over up to 30 keys: past the first growth at 8, with keys put again.
        int puts = random.nextInt(41);
        int keyCount = 1 + random.nextInt(30);
        for (int put = 0; put < puts; put++) {
            String key = "key" + random.nextInt(keyCount);
            int value = random.nextInt(100);
            assertEquals(reference.put(key, value), small.put(key, value));
        }
        assertEquals(reference, small);
        assertEquals(reference.hashCode(), small.hashCode());
        assertEquals(reference.toString(), small.toString());
        assertEquals(List.copyOf(reference.keySet()), List.copyOf(small.keySet()));
        for (int key = 0; key < keyCount + 1; key++) {
            assertEquals(reference.get("key" + key), small.get("key" + key));
            assertEquals(reference.containsKey("key" + key), small.containsKey("key" + key));
        }
        assertEquals(reference, new SmallOrderedMap<>(small));
    }

    @Test
    void keysWithTheSameHash_areStillToldApart() {
        // "Aa" and "BB" share the hash 2112 (65·31 + 97 = 66·31 + 66); null keys are allowed, as in a LinkedHashMap.
        SmallOrderedMap<String, Integer> map = new SmallOrderedMap<>();
        map.put("Aa", 1);
        map.put("BB", 2);
        map.put(null, 3);
        assertEquals(1, map.get("Aa"));
        assertEquals(2, map.get("BB"));
        assertEquals(3, map.get(null));
        assertEquals(3, map.size());
    }

    @Test
    void aCopy_isNotChangedByItsOriginal() {
        SmallOrderedMap<String, Object> original = new SmallOrderedMap<>();
        original.put("adhesion", 0.8);
        SmallOrderedMap<String, Object> copy = new SmallOrderedMap<>(original);
        original.put("adhesion", 0.7);
        original.put("rollingResistance", 0.01);
        assertEquals(Map.of("adhesion", 0.8), copy);
    }

    @Test
    void theIterator_endsWhereTheEntriesEnd() {
        SmallOrderedMap<String, Object> map = new SmallOrderedMap<>();
        map.put("only", 1);
        Iterator<Map.Entry<String, Object>> entries = map.entrySet().iterator();
        List<String> seen = new ArrayList<>();
        entries.forEachRemaining(entry -> seen.add(entry.getKey() + "=" + entry.getValue()));
        assertEquals(List.of("only=1"), seen);
        assertFalse(entries.hasNext());
        assertThrows(NoSuchElementException.class, entries::next);
        assertThrows(UnsupportedOperationException.class, () -> map.entrySet().iterator().next().setValue(2));
    }
}
