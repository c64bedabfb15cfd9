package org.xueji.registry.jdbc;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.Scope;
import org.xueji.registry.event.DomainEvent;
import org.xueji.registry.jdbc.internal.TextEscapes;

/**
 * Reads an event back from the text form {@link JdbcEventSink} writes: the type names a record
 * class of the package of {@link DomainEvent}, and each component is read from its line by its
 * type (text, number, instant, date, enum constant, {@link Scope} from its {@code .division},
 * {@code .school} and {@code .centralSchool} lines, {@link Optional} of any of these, or a value
 * type with a static {@code parse(CharSequence)}); a component without a line is null or empty.
 */
final class FeedEvents {

    private FeedEvents() {
    }

    /**
     * Reads an event.
     *
     * @param type  the simple name of the event's class, not null
     * @param text  the event's text form, registry numbers in full, not null
     * @return the event, not null
     * @throws RegistryException with {@code STORAGE_FAILURE} if the text names no event or does
     *     not fit it
     */
    static DomainEvent decode(String type, String text) {
        try {
            Class<?> found = Class.forName(DomainEvent.class.getPackageName() + "." + type, false,
                    DomainEvent.class.getClassLoader());
            if (!found.isRecord() || !DomainEvent.class.isAssignableFrom(found)) {
                throw new IllegalArgumentException("not an event record: " + type);
            }
            Map<String, String> fields = fields(text);
            RecordComponent[] components = found.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = value(components[i].getGenericType(), components[i].getName(),
                        fields);
            }
            Constructor<?> constructor = found.getDeclaredConstructor(types);
            return (DomainEvent) constructor.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new RegistryException(ErrorCode.STORAGE_FAILURE, "事件流中的事件无法读取",
                    "an event of the feed cannot be read: " + type, e);
        }
    }

    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("a payload line has no key");
            }
            fields.put(line.substring(0, equals), TextEscapes.unescape(line.substring(equals + 1)));
        }
        return fields;
    }

    private static Object value(Type type, String name, Map<String, String> fields)
            throws ReflectiveOperationException {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getRawType() == Optional.class) {
            return Optional.ofNullable(
                    value(parameterized.getActualTypeArguments()[0], name, fields));
        }
        Class<?> kind = (Class<?>) type;
        if (kind == Scope.class) {
            String division = fields.get(name + ".division");
            return division == null ? null : Rows.scope(division, fields.get(name + ".school"),
                    fields.get(name + ".centralSchool"));
        }
        String text = fields.get(name);
        if (text == null) {
            return null;
        }
        return parse(kind, text);
    }

    private static Object parse(Class<?> kind, String text) throws ReflectiveOperationException {
        if (kind == String.class) {
            return text;
        } else if (kind == long.class || kind == Long.class) {
            return Long.parseLong(text);
        } else if (kind == int.class || kind == Integer.class) {
            return Integer.parseInt(text);
        } else if (kind == boolean.class || kind == Boolean.class) {
            return Boolean.parseBoolean(text);
        } else if (kind == Instant.class) {
            return Instant.parse(text);
        } else if (kind == LocalDate.class) {
            return LocalDate.parse(text);
        } else if (kind.isEnum()) {
            return enumConstant(kind, text);
        }
        Method parse = kind.getMethod("parse", CharSequence.class);
        if (!Modifier.isStatic(parse.getModifiers())) {
            throw new IllegalArgumentException("no static parse on " + kind.getName());
        }
        return parse.invoke(null, text);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> kind, String text) {
        return Enum.valueOf((Class) kind, text);
    }
}
