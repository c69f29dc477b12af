package id.sinergi.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * JSON is read as the OpenAPI documents describe it, not as Jackson would guess it: a value of the
 * wrong JSON type is bad input (400 {@code invalid-json-value}, naming the field), not something
 * to convert.
 * <ul>
 *   <li>a number or a boolean is not a string ({@code "number": 12345}, {@code "blocks": [12345]},
 *       {@code "agency": true});</li>
 *   <li>a number (or an array of numbers) is not a date, a time or a date-time: those are RFC 3339
 *       strings ({@code "plannedFor": 1705312800} is refused, not read as seconds since 1970), whose
 *       year has four digits ({@code "+999999999-12-31T23:59:59Z"}, which Java reads, is refused:
 *       beyond year 9999 no column of the services could store it);</li>
 *   <li>a number or a boolean is not a value of an enumeration (not its ordinal either);</li>
 *   <li>a number is not a boolean, and a fraction is not an integer;</li>
 *   <li>anything after the body's JSON value ({@code {...} garbage}, {@code {...}{...}}) makes the
 *       body malformed (400 {@code malformed-json});</li>
 *   <li>a field a {@link NoUnknownFields} body does not have is refused, not ignored.</li>
 * </ul>
 * It applies to every ObjectMapper Quarkus makes: request bodies, and the events a service consumes.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("sinergi-strict-dates").setDeserializerModifier(new TextOnlyDates()));
        mapper.addHandler(new UnknownFieldsRefused());
    }

    /**
     * Unknown fields are ignored in general (Quarkus' default, which clients rely on); a
     * {@link NoUnknownFields} body refuses them. Asked before that default is applied.
     */
    static final class UnknownFieldsRefused extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass == null ? null : beanOrClass.getClass();
            if (type != null && type.isAnnotationPresent(NoUnknownFields.class)) {
                throw UnrecognizedPropertyException.from(parser, beanOrClass, propertyName, deserializer.getKnownPropertyNames());
            }
            return false;
        }
    }

    /**
     * Java time types read only from strings: the JSR-310 deserializers also take numbers (seconds
     * or days since 1970) and arrays of numbers, and no coercion setting turns that off for all of them.
     */
    static final class TextOnlyDates extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (TemporalAccessor.class.isAssignableFrom(type) && !type.isEnum() && type.getName().startsWith("java.time.")) {
                return new TextOnly(deserializer);
            }
            return deserializer;
        }
    }

    static final class TextOnly extends DelegatingDeserializer {

        private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-");

        TextOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                throw context.weirdNumberException(parser.getNumberValue(), handledType(),
                        "a date or time is an RFC 3339 string, not a number");
            }
            if (token == JsonToken.START_ARRAY || token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getText();
            Object value = super.deserialize(parser, context);
            if (hasYear(value) && !FOUR_DIGIT_YEAR.matcher(text).lookingAt()) {
                throw context.weirdStringException(text, handledType(), "an RFC 3339 date or time has a year of four digits");
            }
            return value;
        }

        private static boolean hasYear(Object value) {
            return value instanceof Instant || value instanceof TemporalAccessor time && time.isSupported(ChronoField.YEAR);
        }
    }
}
