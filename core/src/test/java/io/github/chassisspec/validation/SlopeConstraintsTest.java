package io.github.chassisspec.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.model.TestSpecs;
import io.github.chassisspec.physics.Facing;
import io.github.chassisspec.physics.LimitingFactor;
import io.github.chassisspec.report.RequirementResult;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.Test;

class SlopeConstraintsTest {

    /** An application's object with tender thresholds on its chassis. */
    record Offer(
            @HoldsOnSlope(value = "18 %", facing = Facing.BOTH)
            @HoldsOnSlope(value = "45 %", adhesion = 0.8)
            @StartsOnSlope(value = "30 %", gear = 2, adhesion = 0.8)
            @StartsOnSlope(value = "12 %", gear = 1)
            ChassisSpec chassis) {
    }

    record Fleet(List<@HoldsOnSlope("18 %") ChassisSpec> vehicles) {
    }

    private static List<ConstraintViolation<Object>> violations(Object bean) {
        Set<ConstraintViolation<Object>> set = SpecValidator.validator().validate(bean);
        return set.stream().sorted(java.util.Comparator.comparing(ConstraintViolation::getMessage)).toList();
    }

    @Test
    void busOffer_failsTheTwoStrictThresholdsWithTheirNumbers() {
        List<ConstraintViolation<Object>> violations = violations(new Offer(TestSpecs.bus()));
        assertEquals(2, violations.size());
        // PHYSICS.md §8 at μ = 0.8: parking 22.2° downhill vs 24.2°, second-gear start 13.0° vs 16.7°.
        assertEquals("must hold on 45 % (24.2°) facing both at load laden but holds only up to 22.2° (40.8 %) facing"
                + " downhill (margin -2.0°, limited by ADHESION, adhesion 0.8)", violations.get(0).getMessage());
        assertEquals("must start on 30 % (16.7°) in gear 2 at load laden but starts only up to 13.0° (23.0 %)"
                + " (margin -3.7°, limited by ENGINE, adhesion 0.8)", violations.get(1).getMessage());
        assertEquals("chassis", violations.get(0).getPropertyPath().toString());
    }

    @Test
    void numbersTravelAsTheDynamicPayload() {
        ConstraintViolation<Object> violation = violations(new Offer(TestSpecs.bus())).get(0);
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        RequirementResult result = hibernate.getDynamicPayload(RequirementResult.class);
        assertEquals(22.199, result.capability().value(), 0.001);
        assertEquals(LimitingFactor.ADHESION, result.limitedBy());
        assertEquals(Facing.DOWNHILL, result.governingFacing());
    }

    @Test
    void specThatCannotBeEvaluated_isAViolationNotASilentPass() {
        ChassisSpec noPowertrain = TestSpecs.bus().toBuilder().powertrain(null).build();
        List<String> messages = violations(new Offer(noPowertrain)).stream().map(ConstraintViolation::getMessage)
                .toList();
        assertTrue(messages.contains("cannot be checked against 12 % (6.8°): the spec gives no powertrain"), messages.toString());
    }

    @Test
    void typeUse_checksEveryElement() {
        ChassisSpec noBrake = TestSpecs.bus().withAxles(TestSpecs.bus().axles().stream()
                .map(axle -> new io.github.chassisspec.model.Axle(axle.name(), axle.group(), axle.position(),
                        axle.ratedLoad(), axle.track(), axle.tyres(), axle.steering(), axle.driven(), null)).toList());
        List<ConstraintViolation<Object>> violations = violations(new Fleet(List.of(TestSpecs.bus(), noBrake)));
        assertEquals(1, violations.size());
        assertEquals("vehicles[1].<list element>", violations.get(0).getPropertyPath().toString());
        assertTrue(violations.get(0).getMessage().startsWith("must hold on 18 % (10.2°) facing both at load laden but"
                + " holds only up to 0.0° (0.0 %)"), violations.get(0).getMessage());
    }
}
