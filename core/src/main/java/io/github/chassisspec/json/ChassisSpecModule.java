package io.github.chassisspec.json;

import io.github.chassisspec.model.ChassisSpec;
import io.github.chassisspec.units.QuantityFormat;
import io.github.chassisspec.units.QuantityFormatException;
import io.github.chassisspec.units.QuantityKind;
import io.github.chassisspec.units.SiValues;
import io.github.chassisspec.units.Slope;
import javax.measure.Quantity;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module for applications that map their own objects: a {@link ChassisSpec} reads and writes as a
 * {@code chassis-spec/1} spec sheet, a {@code Quantity<Length>} (or any other kind) as {@code "5900 mm"}, a
 * {@link Slope} as {@code "45 %"}. Register it with {@code JsonMapper.builder().addModule(new ChassisSpecModule())}.
 *
 * <p>Reading follows the same rules as {@link SpecSheetReader}; a problem is reported the Jackson way, as a
 * {@code MismatchedInputException} with the path and location, and the message of the spec-sheet reader.
 */
public final class ChassisSpecModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public ChassisSpecModule() {
        super("chassis-spec");
        addSerializer(ChassisSpec.class, new SpecSerializer());
        addDeserializer(ChassisSpec.class, new SpecDeserializer());
        addSerializer(Slope.class, new SlopeSerializer());
        addDeserializer(Slope.class, new SlopeDeserializer());
        addQuantity();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void addQuantity() {
        addSerializer((Class) Quantity.class, new QuantitySerializer());
        addDeserializer((Class) Quantity.class, new QuantityDeserializer(null));
    }

    private static final class SpecSerializer extends ValueSerializer<ChassisSpec> {
        @Override
        public void serialize(ChassisSpec spec, tools.jackson.core.JsonGenerator generator, SerializationContext context) {
            generator.writeTree(new SpecSheetWriter().toTree(spec));
        }
    }

    private static final class SpecDeserializer extends ValueDeserializer<ChassisSpec> {
        @Override
        public ChassisSpec deserialize(JsonParser parser, DeserializationContext context) {
            try {
                return SpecSheetReader.bind(SheetParser.readValue(parser, "input"), "input").spec();
            } catch (SheetException e) {
                return context.reportInputMismatch(ChassisSpec.class, "%s", e.pointer().isEmpty()
                        ? e.problem() : e.pointer() + ": " + e.problem());
            }
        }
    }

    private static final class SlopeSerializer extends ValueSerializer<Slope> {
        @Override
        public void serialize(Slope slope, tools.jackson.core.JsonGenerator generator, SerializationContext context) {
            generator.writeString(SlopeText.of(slope));
        }
    }

    private static final class SlopeDeserializer extends ValueDeserializer<Slope> {
        @Override
        public Slope deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.reportInputMismatch(Slope.class, "expected a slope such as \"45 %%\" or \"24.2 °\"");
            }
            try {
                return Slope.parse(parser.getString());
            } catch (QuantityFormatException e) {
                return context.reportInputMismatch(Slope.class, "%s", e.getMessage());
            }
        }
    }

    private static final class QuantitySerializer extends ValueSerializer<Quantity<?>> {
        @Override
        public void serialize(Quantity<?> quantity, tools.jackson.core.JsonGenerator generator,
                SerializationContext context) {
            generator.writeString(QuantityFormat.format(quantity));
        }
    }

    /** Reads the kind from the declared type, {@code Quantity<Length>}; a raw {@code Quantity} cannot be read. */
    private static final class QuantityDeserializer extends ValueDeserializer<Quantity<?>> {
        private final QuantityKind kind;

        QuantityDeserializer(QuantityKind kind) {
            this.kind = kind;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            JavaType type = property != null ? property.getType() : context.getContextualType();
            JavaType parameter = type == null ? null : type.containedType(0);
            QuantityKind contextualKind = parameter == null ? null : QuantityKind.of(parameter.getRawClass()).orElse(null);
            return new QuantityDeserializer(contextualKind);
        }

        @Override
        public Quantity<?> deserialize(JsonParser parser, DeserializationContext context) {
            if (kind == null) {
                return context.reportInputMismatch(Quantity.class,
                        "a Quantity needs its kind as a type parameter, such as Quantity<Length>");
            }
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.reportInputMismatch(Quantity.class, "expected %s such as \"%s\"",
                        kind.description(), kind.example());
            }
            try {
                // Jackson's own characters: a String of the text would only be copied again for the quick reading.
                double siValue = QuantityFormat.parseSiValue(parser.getStringCharacters(), parser.getStringOffset(),
                        parser.getStringLength(), kind);
                return SiValues.quantity(siValue, kind);
            } catch (QuantityFormatException e) {
                return context.reportInputMismatch(Quantity.class, "%s", e.getMessage());
            }
        }
    }
}
