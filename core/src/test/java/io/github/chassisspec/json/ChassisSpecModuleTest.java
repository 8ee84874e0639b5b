package io.github.chassisspec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.units.Slope;
import javax.measure.Quantity;
import javax.measure.quantity.Length;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class ChassisSpecModuleTest {

    /** An application's own object holding chassis-spec types. */
    record Offer(String customer, ChassisSpec chassis, Quantity<Length> bodyLength, Slope requiredSlope) {
    }

    private final ObjectMapper mapper = JsonMapper.builder().addModule(new ChassisSpecModule()).build();

    @Test
    void applicationObject_roundTripsThroughTheApplicationsMapper() {
        Offer offer = new Offer("Tunis transport", TestSpecs.bus(),
                io.github.chassisspec.units.QuantityFormat.parse("7.2 m", Length.class), Slope.parse("18 %"));
        String json = mapper.writeValueAsString(offer);
        assertTrue(json.contains("\"bodyLength\":\"7200 mm\""), json);
        assertTrue(json.contains("\"requiredSlope\":\"18 %\""), json);
        assertTrue(json.contains("\"format\":\"chassis-spec/1\""), json);
        Offer back = mapper.readValue(json, Offer.class);
        assertEquals(offer, back);
        assertEquals(7.2, SiValues.of(back.bodyLength()));
        // From a tree the quantity's characters come from another kind of parser; 7200 mm is 7.2 m all the same.
        Offer fromTree = mapper.treeToValue(mapper.readTree(json), Offer.class);
        assertEquals(offer, fromTree);
        assertEquals(7.2, SiValues.of(fromTree.bodyLength()));
    }

    @Test
    void badValues_areReportedTheJacksonWayWithOurMessage() {
        MismatchedInputException quantity = assertThrows(MismatchedInputException.class, () -> mapper.readValue(
                "{\"customer\":\"x\",\"bodyLength\":\"7.2 kg\"}", Offer.class));
        assertTrue(quantity.getMessage().startsWith("\"7.2 kg\" is a mass, but a length is expected"), quantity.getMessage());
        assertEquals("bodyLength", quantity.getPath().get(0).getPropertyName());

        MismatchedInputException spec = assertThrows(MismatchedInputException.class, () -> mapper.readValue(
                "{\"chassis\":{\"format\":\"chassis-spec/1\",\"id\":\"X\",\"axels\":[]}}", Offer.class));
        assertTrue(spec.getMessage().startsWith("/axels: unknown field \"axels\"; did you mean \"axles\"?"),
                spec.getMessage());
    }
}
