package io.github.chassisspec.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The cuts of a sinusoid's sign search are sorted exactly as {@code Arrays.sort} sorts them, signed zeros included. */
class SinusoidSortTest {

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sortAscending_upToEighteenValues_equalsArraysSort(long seed) {
        Random random = new Random(seed);
        double[] pool = {0.0, -0.0, 1.0, -1.0, Math.PI, -Math.PI, 2 * Math.PI, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE};
        // Up to 18 cuts: a parking hold's search on four axles.
        int count = random.nextInt(19);
        double[] values = new double[18];
        for (int index = 0; index < values.length; index++) {
            // Half from a pool of ties, signed zeros and extremes, half random, so that ties and zeros meet often.
            values[index] = random.nextBoolean() ? pool[random.nextInt(pool.length)] : random.nextGaussian() * 4;
        }
        double[] expected = values.clone();
        Arrays.sort(expected, 0, count);
        Sinusoid.sortAscending(values, count);
        // assertArrayEquals on doubles compares bits as Double.equals does, so -0.0 and 0.0 differ.
        assertArrayEquals(expected, values);
    }
}
