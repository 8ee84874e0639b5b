package io.github.chassisspec.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.chassisspec.units.ChassisUnits;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.ValidationException;
import java.util.List;
import java.util.Set;
import javax.measure.Quantity;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;

class QuantityConstraintsTest {

    record Trailer(
            @QuantityMin("0 mm") Quantity<Length> drawbarLength,
            @QuantityMax(value = "3.5 t", inclusive = false) Quantity<Mass> towedMass,
            @QuantityMin(value = "0 kg", inclusive = false) Quantity<Mass> tongueLoad,
            @QuantityRange(min = "1.0 m", max = "2.6 m") Quantity<Length> track) {
    }

    record WronglyDeclared(@QuantityMin("0 kg") Quantity<Length> length) {
    }

    record BadLimit(@QuantityMin("0") Quantity<Length> length) {
    }

    private static Trailer trailer(double drawbarMetres, double towedKilograms, double tongueKilograms,
            double trackMillimetres) {
        return new Trailer(Quantities.getQuantity(drawbarMetres, ChassisUnits.METRE),
                Quantities.getQuantity(towedKilograms, ChassisUnits.KILOGRAM),
                Quantities.getQuantity(tongueKilograms, ChassisUnits.KILOGRAM),
                Quantities.getQuantity(trackMillimetres, ChassisUnits.MILLIMETRE));
    }

    private static List<String> messages(Validator validator, Object bean) {
        Set<? extends ConstraintViolation<?>> violations = validator.validate(bean);
        return violations.stream().map(SpecViolation::of).map(SpecViolation::toString).sorted().toList();
    }

    @Test
    void valuesInsideTheLimits_areValid_whateverTheirUnit() {
        assertEquals(List.of(), messages(SpecValidator.validator(), trailer(1.5, 3499, 50, 1000)));
    }

    @Test
    void valuesOutsideTheLimits_areReportedInTheLimitsUnit() {
        assertEquals(List.of(
                        "drawbarLength must be at least 0 mm but was -200 mm",
                        "tongueLoad must be greater than 0 kg but was 0 kg",
                        "towedMass must be less than 3.5 t but was 3.5 t",
                        "track must be between 1.0 m and 2.6 m but was 0.999 m"),
                messages(SpecValidator.validator(), trailer(-0.2, 3500, 0, 999)));
    }

    @Test
    void constraints_workInAPlainJakartaValidationSetupToo() {
        // The application's own factory, with Hibernate Validator's default expression-language interpolator.
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertEquals(List.of("track must be between 1.0 m and 2.6 m but was 2.61 m"),
                    messages(factory.getValidator(), trailer(1, 100, 50, 2610)));
        }
    }

    @Test
    void limitOfAnotherKindThanTheValue_isADeclarationError() {
        ValidationException error = assertThrows(ValidationException.class, () -> SpecValidator.validator()
                .validate(new WronglyDeclared(Quantities.getQuantity(1, ChassisUnits.METRE))));
        Throwable cause = error instanceof ConstraintDeclarationException ? error : error.getCause();
        assertEquals("@QuantityMin limit \"0 kg\" is a mass, but the annotated value is a length", cause.getMessage());
    }

    @Test
    void limitWithoutUnit_isADeclarationError() {
        ValidationException error = assertThrows(ValidationException.class, () -> SpecValidator.validator()
                .validate(new BadLimit(Quantities.getQuantity(1, ChassisUnits.METRE))));
        Throwable cause = error instanceof ConstraintDeclarationException ? error : error.getCause();
        assertEquals("@QuantityMin(value = \"0\"): \"0\" has no unit", cause.getMessage());
    }
}
