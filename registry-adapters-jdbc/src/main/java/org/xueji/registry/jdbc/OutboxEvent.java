package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.jdbc.internal.TextEscapes;

/**
 * A domain event as the outbox keeps it, read by {@link JdbcEventSink#pollOutbox(int)}.
 *
 * <p>The payload is the event's stable text form that {@link JdbcEventSink} documents; call
 * {@link #fields()} to read it as a map. Immutable and thread-safe.
 *
 * @param sequence  the event's place in the outbox, increasing with each publication
 * @param division  the division of the event's place, part of the outbox key, not null
 * @param type  the event's type, the simple name of its class such as {@code SchoolCreated},
 *     not null
 * @param occurredAt  when the event happened, to the microsecond, not null
 * @param payload  the event in its text form, not null
 */
public record OutboxEvent(long sequence, DivisionCode division, String type, Instant occurredAt,
        String payload) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public OutboxEvent {
        requireNonNull(division, "division");
        requireNonNull(type, "type");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(payload, "payload");
    }

    /**
     * Reads the payload's lines as keys and values, in their order, values unescaped.
     *
     * @return the fields, unmodifiable, not null
     * @throws IllegalArgumentException if a line has no {@code =} or a bad escape
     */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : payload.split("\n")) {
            int equals = line.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("a payload line has no key: " + line);
            }
            fields.put(line.substring(0, equals), TextEscapes.unescape(line.substring(equals + 1)));
        }
        return Collections.unmodifiableMap(fields);
    }
}
