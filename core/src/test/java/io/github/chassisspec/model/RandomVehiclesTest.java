package io.github.chassisspec.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.chassisspec.validation.SpecValidator;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The property tests' generator makes vehicles the validator accepts, or they would test nothing real. */
class RandomVehiclesTest {

    static Stream<Arguments> seeds() {
        return LongStream.range(0, 200).mapToObj(index -> Arguments.of(index));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void everyRandomVehicle_itsMirrorImage_andItsSparseForm_areValid_andBuiltAsTheyAreRead(long seed) {
        RandomVehicles.Parameters parameters = RandomVehicles.parameters(seed);
        ChassisSpec read = RandomVehicles.read(parameters);
        assertEquals(List.of(), SpecValidator.validate(read));
        assertEquals(List.of(), SpecValidator.validate(RandomVehicles.read(parameters.mirrored())));
        assertEquals(read, RandomVehicles.build(parameters));
        assertEquals(RandomVehicles.read(parameters.mirrored()), RandomVehicles.build(parameters.mirrored()));
        RandomVehicles.Parameters sparse = RandomVehicles.sparse(seed);
        assertEquals(List.of(), SpecValidator.validate(RandomVehicles.read(sparse)));
        assertEquals(RandomVehicles.read(sparse), RandomVehicles.build(sparse));
    }
}
