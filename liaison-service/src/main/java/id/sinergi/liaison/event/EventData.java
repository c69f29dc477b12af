package id.sinergi.liaison.event;

import id.sinergi.platform.consumer.IncomingEvent;
import id.sinergi.platform.consumer.PoisonEventException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** Typed fields of an incoming event's data: a value of the wrong type makes the event a poison message. */
final class EventData {

    private EventData() {
    }

    static LocalDate date(IncomingEvent event, String field) {
        return parse(event, field, event.text(field), LocalDate::parse, "a date");
    }

    static LocalDate optionalDate(IncomingEvent event, String field) {
        String value = event.optionalText(field);
        return value == null ? null : parse(event, field, value, LocalDate::parse, "a date");
    }

    static OffsetDateTime dateTime(IncomingEvent event, String field) {
        return parse(event, field, event.text(field), OffsetDateTime::parse, "a date-time");
    }

    static int integer(IncomingEvent event, String field) {
        return parse(event, field, event.text(field), Integer::valueOf, "an integer");
    }

    static BigDecimal optionalDecimal(IncomingEvent event, String field) {
        String value = event.optionalText(field);
        return value == null ? null : parse(event, field, value, BigDecimal::new, "a number");
    }

    static <E extends Enum<E>> E enumValue(IncomingEvent event, String field, Class<E> type) {
        try {
            return Enum.valueOf(type, event.text(field));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("data." + field + " is not a " + type.getSimpleName() + " in " + event.type() + " "
                    + event.id(), e);
        }
    }

    private static <T> T parse(IncomingEvent event, String field, String value, Function<String, T> parser, String what) {
        try {
            return parser.apply(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new PoisonEventException("data." + field + " is not " + what + " in " + event.type() + " " + event.id(), e);
        }
    }
}
