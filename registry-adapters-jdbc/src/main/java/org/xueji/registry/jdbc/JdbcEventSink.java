package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.RecordComponent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.access.Scope;
import org.xueji.registry.event.DomainEvent;
import org.xueji.registry.event.FeedEntry;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.jdbc.internal.BulkRows;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.SequenceBlocks;
import org.xueji.registry.jdbc.internal.SqlDialect;
import org.xueji.registry.jdbc.internal.TextEscapes;
import org.xueji.registry.spi.EventFeed;
import org.xueji.registry.spi.EventSink;

/**
 * An outbox in the {@code event_outbox} table: {@link #publish(DomainEvent)} writes the event in
 * the caller's transaction, so it is kept exactly when the change it reports is; a consumer then
 * takes undelivered events with {@link #pollOutbox(int)} and, once it has passed them on, marks
 * them with {@link #markDelivered(Collection)}, both in one unit of work:
 *
 * <pre>{@code
 * storage.unitOfWork().inTransaction(() -> {
 *     List<OutboxEvent> events = storage.events().pollOutbox(100);
 *     events.forEach(broker::send);
 *     storage.events().markDelivered(events);
 *     return events.size();
 * });
 * }</pre>
 *
 * <p>Polling locks the rows it returns with {@code FOR UPDATE SKIP LOCKED}, so several consumers
 * take disjoint events; delivery is at least once (a consumer that fails after sending rolls
 * back, and the events are sent again). On H2 the locking read locks every undelivered row it
 * scans, not only those it returns, so concurrent consumers there take turns instead.
 *
 * <p>The payload is text, one {@code key=value} line per field, lines separated by a line feed,
 * values escaped as {@link TextEscapes} says (backslash, line feed, carriage return and tab are
 * written {@code \\}, {@code \n}, {@code \r}, {@code \t}). The first line is {@code type=} and
 * the simple name of the event's class. For an event that is a record, one line follows per
 * component, in declaration order, named after the component; a {@link Scope} component
 * {@code place} becomes {@code place.division}, and, when present, {@code place.school} and
 * {@code place.centralSchool}; an empty {@link Optional} is left out and a present one written
 * as its value; an instant is written in ISO-8601 ({@code 2025-09-01T02:00:00Z}); every other
 * value as its {@code toString()}, so values that their types mask, such as identity numbers,
 * stay masked. Any other event is written as {@code type}, {@code occurredAt} and {@code place}.
 * For example:
 *
 * <pre>
 * type=SchoolCreated
 * occurredAt=2025-09-01T02:00:00Z
 * place.division=340111
 * place.school=2134000001
 * school=2134000001
 * version=0
 * </pre>
 *
 * <p>Sequence numbers come in blocks from the {@code number_sequence} row {@code event_outbox};
 * within one storage they increase with each publication.
 *
 * <p><b>The feed.</b> {@link #readAfter(long, int)} reads the committed events by their feed
 * position, which a publication takes by incrementing the {@code number_sequence} row
 * {@code event_feed} in the caller's transaction. The increment locks that row until the
 * transaction ends, so a second publishing transaction waits at its first publication until the
 * first one commits or rolls back: positions are handed out in commit order, and no event can
 * ever commit below a position a reader has seen, on any engine and any number of storages. A
 * rolled-back transaction gives its positions back, which no reader ever saw. The cost is that
 * publishing transactions run one at a time from their first publication to their end (publish
 * late in a unit of work, and keep units of work short); two transactions that lock the same rows
 * in the other order deadlock, and the engine rolls one back for the retry policy to repeat. The
 * column {@code feed_payload} holds the event in the payload's form with registry numbers in
 * full, when that differs from the payload, so the feed hands back the very event published;
 * it is read for the feed only and never leaves the database otherwise. Thread-safe.
 */
public final class JdbcEventSink implements EventSink, EventFeed {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcEventSink.class);
    private static final String INSERT = "INSERT INTO event_outbox (division_code,"
            + " event_sequence, occurred_at, event_type, payload, feed_position, feed_payload)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String FEED_COUNTER = "event_feed";
    private static final List<String> OUTBOX_COLUMNS = List.of("division_code",
            "event_sequence", "occurred_at", "event_type", "payload", "feed_position",
            "feed_payload");

    private final JdbcTransactions transactions;
    private final SqlDialect sql;
    private final SequenceBlocks sequence;
    private final Clock clock;
    private final BulkRows bulk;

    JdbcEventSink(JdbcTransactions transactions, SqlDialect sql, SequenceBlocks sequence,
            Clock clock) {
        this.transactions = transactions;
        this.sql = sql;
        this.sequence = sequence;
        this.clock = clock;
        this.bulk = new BulkRows(sql);
    }

    /**
     * Writes an event to the outbox as part of the current transaction, or of a transaction of
     * its own when there is none.
     *
     * @param event  the event, not null
     * @throws org.xueji.registry.RegistryException with {@code STORAGE_FAILURE} if the database
     *     fails
     */
    @Override
    public void publish(DomainEvent event) {
        requireNonNull(event, "event");
        long number = sequence.next();
        String type = event.getClass().getSimpleName();
        String payload = payload(event, false);
        String full = payload(event, true);
        long position = transactions.withConnection("写入事件", "writing an event",
                connection -> {
                    long taken = sql.increment(connection, "number_sequence", "prefix",
                            "last_value", FEED_COUNTER);
                    try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                        statement.setString(1, event.place().division().value());
                        statement.setLong(2, number);
                        Rows.setInstant(statement, 3, event.occurredAt());
                        statement.setString(4, type);
                        statement.setString(5, payload);
                        statement.setLong(6, taken);
                        Rows.setNullable(statement, 7, full.equals(payload) ? null : full);
                        statement.executeUpdate();
                    }
                    return taken;
                });
        LOG.trace("Published event {} at feed position {} ({})", number, position, type);
    }

    /**
     * Writes events to the outbox with a few set-based statements ({@code COPY} on PostgreSQL,
     * multi-row inserts elsewhere, as {@link BulkRows} writes), as part of the current
     * transaction or of one of its own; the feed positions are one block taken with one
     * increment of the feed counter, in the events' order.
     *
     * @param events  the events, not null
     * @throws org.xueji.registry.RegistryException with {@code STORAGE_FAILURE} if the database
     *     fails
     */
    @Override
    public void publishAll(List<? extends DomainEvent> events) {
        List<DomainEvent> batch = List.copyOf(events);
        if (batch.isEmpty()) {
            return;
        }
        long[] numbers = new long[batch.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = sequence.next();
        }
        long last = transactions.withConnection("写入事件", "writing events", connection -> {
            long taken = sql.increment(connection, "number_sequence", "prefix", "last_value",
                    FEED_COUNTER, batch.size());
            long position = taken - batch.size();
            List<List<Object>> rows = new ArrayList<>(batch.size());
            for (int i = 0; i < numbers.length; i++) {
                DomainEvent event = batch.get(i);
                String payload = payload(event, false);
                String full = payload(event, true);
                rows.add(List.of(event.place().division().value(), numbers[i],
                        LocalDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC),
                        event.getClass().getSimpleName(), payload, ++position,
                        full.equals(payload) ? BulkRows.Null.TEXT : full));
            }
            bulk.write(connection, "event_outbox", OUTBOX_COLUMNS, rows);
            return taken;
        });
        LOG.trace("Published {} events up to feed position {}", batch.size(), last);
    }

    /**
     * Reads the committed events after a feed position, oldest first, as the class
     * documentation describes.
     *
     * @param position  the last position read, 0 for the start of the feed, not negative
     * @param limit  the most entries to return, positive
     * @return the entries, by increasing position, not null
     * @throws IllegalArgumentException if the position is negative or the limit not positive
     * @throws org.xueji.registry.RegistryException with {@code STORAGE_FAILURE} if the database
     *     fails
     */
    @Override
    public List<FeedEntry> readAfter(long position, int limit) {
        if (position < 0 || limit <= 0) {
            throw new IllegalArgumentException("position " + position + ", limit " + limit);
        }
        String select = sql.limited("SELECT feed_position, event_type, payload, feed_payload"
                + " FROM event_outbox WHERE feed_position > ? ORDER BY feed_position");
        return transactions.withConnection("读取事件流", "reading the event feed",
                connection -> {
                    List<FeedEntry> entries = new ArrayList<>();
                    try (PreparedStatement statement = connection.prepareStatement(select)) {
                        statement.setLong(1, position);
                        statement.setInt(2, limit);
                        try (ResultSet row = statement.executeQuery()) {
                            while (row.next()) {
                                String full = row.getString("feed_payload");
                                entries.add(new FeedEntry(row.getLong("feed_position"),
                                        FeedEvents.decode(row.getString("event_type"),
                                                full != null ? full : row.getString("payload"))));
                            }
                        }
                    }
                    LOG.trace("Read {} feed entries after position {}", entries.size(),
                            position);
                    return List.copyOf(entries);
                });
    }

    /**
     * Takes up to {@code limit} undelivered events, oldest first, locking them until the current
     * transaction ends and passing over events that other consumers hold. Call it inside a unit
     * of work that also marks the events delivered; outside one, the locks end at once.
     *
     * @param limit  the most events to take, positive
     * @return the events, in sequence order, not null
     * @throws IllegalArgumentException if the limit is not positive
     * @throws org.xueji.registry.RegistryException with {@code STORAGE_FAILURE} if the database
     *     fails
     */
    public List<OutboxEvent> pollOutbox(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        String select = sql.forUpdateSkipLocked(sql.firstPage("SELECT division_code,"
                + " event_sequence, occurred_at, event_type, payload FROM event_outbox"
                + " WHERE delivered_at IS NULL", List.of("event_sequence")));
        return transactions.withConnection("读取待投递事件", "polling the outbox",
                connection -> {
                    try (PreparedStatement statement = connection.prepareStatement(select)) {
                        statement.setInt(1, limit);
                        List<OutboxEvent> events = new ArrayList<>();
                        try (ResultSet row = statement.executeQuery()) {
                            while (row.next()) {
                                events.add(new OutboxEvent(row.getLong("event_sequence"),
                                        DivisionCode.parse(row.getString("division_code")),
                                        row.getString("event_type"),
                                        Rows.instant(row, "occurred_at"),
                                        row.getString("payload")));
                            }
                        }
                        LOG.debug("Polled {} events from the outbox", events.size());
                        return events;
                    }
                });
    }

    /**
     * Marks events delivered, at the storage clock's current time, so that no later poll
     * returns them. Marking an event twice keeps the later time.
     *
     * @param events  the events, as polled, not null
     * @return how many events were marked
     * @throws org.xueji.registry.RegistryException with {@code STORAGE_FAILURE} if the database
     *     fails
     */
    public int markDelivered(Collection<OutboxEvent> events) {
        requireNonNull(events, "events");
        if (events.isEmpty()) {
            return 0;
        }
        int marked = transactions.withConnection("标记事件已投递", "marking events delivered",
                connection -> {
                    try (PreparedStatement statement = connection.prepareStatement(
                            "UPDATE event_outbox SET delivered_at = ?"
                                    + " WHERE division_code = ? AND event_sequence = ?")) {
                        for (OutboxEvent event : events) {
                            Rows.setInstant(statement, 1, clock.instant());
                            statement.setString(2, event.division().value());
                            statement.setLong(3, event.sequence());
                            statement.addBatch();
                        }
                        int total = 0;
                        for (int count : statement.executeBatch()) {
                            total += Math.max(count, 0);
                        }
                        return total;
                    }
                });
        LOG.info("Marked {} outbox events delivered", marked);
        return marked;
    }

    /**
     * Writes an event in the outbox's text form, which the class documentation describes.
     *
     * @param event  the event, not null
     * @return the payload, not null
     */
    static String payload(DomainEvent event) {
        return payload(event, false);
    }

    /**
     * Writes an event in the outbox's text form, registry numbers masked or in full.
     *
     * @param event  the event, not null
     * @param full  whether registry numbers are written in full, for the feed
     * @return the text, not null
     */
    private static String payload(DomainEvent event, boolean full) {
        StringJoiner lines = new StringJoiner("\n");
        lines.add("type=" + TextEscapes.escape(event.getClass().getSimpleName()));
        RecordComponent[] components = event.getClass().getRecordComponents();
        if (components == null) {
            lines.add("occurredAt=" + event.occurredAt());
            addScope(lines, "place", event.place());
            return lines.toString();
        }
        for (RecordComponent component : components) {
            add(lines, component.getName(), value(event, component), full);
        }
        return lines.toString();
    }

    private static Object value(DomainEvent event, RecordComponent component) {
        try {
            return component.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of "
                    + event.getClass().getName(), e);
        }
    }

    private static void add(StringJoiner lines, String name, Object value, boolean full) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(present -> add(lines, name, present, full));
        } else if (full && value instanceof RegistryNumber number) {
            lines.add(name + "=" + TextEscapes.escape(number.value()));
        } else if (value instanceof Scope scope) {
            addScope(lines, name, scope);
        } else if (value != null) {
            lines.add(name + "=" + TextEscapes.escape(value.toString()));
        }
    }

    private static void addScope(StringJoiner lines, String name, Scope scope) {
        lines.add(name + ".division=" + scope.division().value());
        scope.school().ifPresent(school -> lines.add(name + ".school=" + school.value()));
        scope.centralSchool().ifPresent(
                central -> lines.add(name + ".centralSchool=" + central.value()));
    }
}
