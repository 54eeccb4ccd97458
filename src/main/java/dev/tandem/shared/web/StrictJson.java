package dev.tandem.shared.web;

import com.fasterxml.jackson.annotation.Nulls;
import dev.tandem.shared.Dates;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as written, or refused (400 on the field, see {@link UnreadableBodies}): no enum by its ordinal
 * ({@code "role":1}), no number from a string or a fraction ({@code "12"}, {@code 1.5} into an integer), no string
 * from a number or a boolean, no {@code null} inside a list, no control character in a string ({@link Text}), no
 * date outside {@link Dates}, nothing after the document.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
                .withCoercionConfig(
                        LogicalType.Textual,
                        textual -> textual.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        integer -> integer.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float,
                        decimal -> decimal.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        bool -> bool.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .addModule(new SimpleModule("tandem-strict")
                        .addDeserializer(String.class, new CleanStrings())
                        .addDeserializer(LocalDate.class, dates()));
    }

    @SuppressWarnings("unchecked")
    private static ValueDeserializer<LocalDate> dates() {
        return (ValueDeserializer<LocalDate>) (ValueDeserializer<?>) new AllowedDates(LocalDateDeserializer.INSTANCE);
    }

    /** A string with a control character in it. */
    static final class ControlCharacters extends InvalidFormatException {

        ControlCharacters(JsonParser parser) {
            super(parser, "control character in a string", null, String.class);
        }
    }

    /** A date outside the years {@link Dates} allows. */
    static final class DateOutOfRange extends InvalidFormatException {

        DateOutOfRange(JsonParser parser, LocalDate date) {
            super(parser, "date outside " + Dates.FIRST_YEAR + "-" + Dates.LAST_YEAR, date.toString(), LocalDate.class);
        }
    }

    private static final class CleanStrings extends StdScalarDeserializer<String> {

        CleanStrings() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public @Nullable String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !Text.clean(text)) {
                throw new ControlCharacters(parser);
            }
            return text;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return "";
        }
    }

    /** Jackson's own reading of a date, then the check; a wrapper, as its contextual copies would drop a subclass. */
    private static final class AllowedDates extends DelegatingDeserializer {

        AllowedDates(ValueDeserializer<?> dates) {
            super(dates);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> dates) {
            return new AllowedDates(dates);
        }

        @Override
        public @Nullable Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = _delegatee.deserialize(parser, context);
            if (value instanceof LocalDate date && !Dates.allowed(date)) {
                throw new DateOutOfRange(parser, date);
            }
            return value;
        }
    }
}
