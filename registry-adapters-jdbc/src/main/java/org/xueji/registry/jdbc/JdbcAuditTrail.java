package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Role;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditQuery;
import org.xueji.registry.audit.AuditTarget;
import org.xueji.registry.audit.FieldChange;
import org.xueji.registry.jdbc.internal.BulkRows;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.SequenceBlocks;
import org.xueji.registry.jdbc.internal.SqlDialect;
import org.xueji.registry.jdbc.internal.TextEscapes;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.AuditTrail;

/**
 * The audit trail in the {@code audit_entry} table, keyed by the division of the target's place
 * and the entry's sequence number.
 *
 * <p>Sequence numbers come in blocks from the {@code number_sequence} row {@code audit_entry}
 * (see {@link SequenceBlocks}): unique, never reused after a rollback, increasing with each append
 * of this storage. The changes of an entry are stored as one text: a line per change, each line
 * the field, the value before and the value after, separated by tabs and escaped as
 * {@link TextEscapes} says (a missing value is {@code \0}); an entry without changes stores the
 * empty text. Values are stored complete, as the trail's contract requires. Thread-safe.
 */
final class JdbcAuditTrail implements AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcAuditTrail.class);
    private static final String COLUMNS = "division_code, entry_sequence, occurred_at,"
            + " actor_account, actor_role, actor_division_code, actor_school_id,"
            + " actor_central_school_id, action, target_kind, target_key, target_school_id,"
            + " target_central_school_id, refusal, changes";
    private static final List<String> COLUMN_LIST = List.of(COLUMNS.split(", "));

    private final JdbcTransactions transactions;
    private final SqlDialect sql;
    private final SequenceBlocks sequence;
    private final BulkRows bulk;

    JdbcAuditTrail(JdbcTransactions transactions, SqlDialect sql, SequenceBlocks sequence) {
        this.transactions = transactions;
        this.sql = sql;
        this.sequence = sequence;
        this.bulk = new BulkRows(sql);
    }

    @Override
    public AuditEntry append(AuditEntry entry) {
        requireNonNull(entry, "entry");
        AuditEntry stored = entry.withSequence(sequence.next());
        transactions.withConnection("记录操作日志", "appending to the audit trail",
                connection -> {
                    try (PreparedStatement statement = connection.prepareStatement(
                            "INSERT INTO audit_entry (" + COLUMNS + ") VALUES"
                                    + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        bind(statement, stored);
                        return statement.executeUpdate();
                    }
                });
        LOG.trace("Appended audit entry {} ({} on {} {})", stored.sequence(), stored.action(),
                stored.target().kind(), stored.target().key());
        return stored;
    }

    /**
     * Appends entries in the caller's transaction with a few set-based statements
     * ({@code COPY} on PostgreSQL, multi-row inserts elsewhere, as {@link BulkRows} writes), their
     * sequence numbers taken as {@link #append} takes them.
     */
    @Override
    public List<AuditEntry> appendAll(List<AuditEntry> entries) {
        List<AuditEntry> stored = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            stored.add(requireNonNull(entry, "entry").withSequence(sequence.next()));
        }
        if (stored.isEmpty()) {
            return stored;
        }
        List<List<Object>> rows = new ArrayList<>(stored.size());
        for (AuditEntry entry : stored) {
            rows.add(values(entry));
        }
        transactions.withConnection("记录操作日志", "appending to the audit trail",
                connection -> {
                    bulk.write(connection, "audit_entry", COLUMN_LIST, rows);
                    return null;
                });
        LOG.trace("Appended {} audit entries", stored.size());
        return stored;
    }

    /** Returns an entry's column values in the order of {@link #COLUMNS}, for {@link BulkRows}. */
    private static List<Object> values(AuditEntry entry) {
        Scope actorScope = entry.actor().scope();
        Scope place = entry.target().place();
        return Arrays.asList(place.division().value(), entry.sequence(),
                LocalDateTime.ofInstant(entry.time(), ZoneOffset.UTC), entry.actor().account(),
                entry.actor().role().name(), actorScope.division().value(),
                nullable(text(actorScope.school().orElse(null))),
                nullable(text(actorScope.centralSchool().orElse(null))),
                entry.action().name(), entry.target().kind().name(), entry.target().key(),
                nullable(text(place.school().orElse(null))),
                nullable(text(place.centralSchool().orElse(null))),
                nullable(entry.refusal().map(ErrorCode::name).orElse(null)),
                changes(entry.changes()));
    }

    private static Object nullable(String value) {
        return value == null ? BulkRows.Null.TEXT : value;
    }

    @Override
    public List<AuditEntry> find(Scope scope, AuditQuery query) {
        requireNonNull(scope, "scope");
        requireNonNull(query, "query");
        List<Object> parameters = new ArrayList<>();
        StringJoiner where = new StringJoiner(" AND ", " WHERE ", "");
        where.add(scopeCondition(scope, parameters));
        query.kind().ifPresent(kind -> add(where, "target_kind = ?", parameters, kind.name()));
        query.key().ifPresent(key -> add(where, "target_key = ?", parameters, key));
        query.action().ifPresent(
                action -> add(where, "action = ?", parameters, action.name()));
        query.outcome().ifPresent(outcome -> where.add(outcome == AuditEntry.Outcome.DONE
                ? "refusal IS NULL" : "refusal IS NOT NULL"));
        query.from().ifPresent(from -> add(where, "occurred_at >= ?", parameters, from));
        query.until().ifPresent(until -> add(where, "occurred_at < ?", parameters, until));
        String select = sql.firstPage("SELECT " + COLUMNS + " FROM audit_entry" + where,
                List.of("entry_sequence"));
        return transactions.withConnection("查询操作日志", "reading the audit trail",
                connection -> {
                    try (PreparedStatement statement = connection.prepareStatement(select)) {
                        int index = 1;
                        for (Object parameter : parameters) {
                            if (parameter instanceof Instant instant) {
                                Rows.setInstant(statement, index++, instant);
                            } else {
                                statement.setString(index++, (String) parameter);
                            }
                        }
                        statement.setInt(index, query.limit());
                        List<AuditEntry> entries = new ArrayList<>();
                        try (ResultSet row = statement.executeQuery()) {
                            while (row.next()) {
                                entries.add(entry(row));
                            }
                        }
                        return entries;
                    }
                });
    }

    private static String scopeCondition(Scope scope, List<Object> parameters) {
        if (scope.school().isEmpty()) {
            String[] range = Rows.divisionRange(scope.division());
            parameters.add(range[0]);
            parameters.add(range[1]);
            return "division_code BETWEEN ? AND ?";
        }
        String school = scope.school().get().value();
        parameters.add(school);
        if (scope.centralSchool().isPresent()) {
            return "target_school_id = ?";
        }
        parameters.add(school);
        return "(target_school_id = ? OR target_central_school_id = ?)";
    }

    private static void add(StringJoiner where, String condition, List<Object> parameters,
            Object value) {
        where.add(condition);
        parameters.add(value);
    }

    private static void bind(PreparedStatement statement, AuditEntry entry) throws SQLException {
        Scope actorScope = entry.actor().scope();
        Scope place = entry.target().place();
        statement.setString(1, place.division().value());
        statement.setLong(2, entry.sequence());
        Rows.setInstant(statement, 3, entry.time());
        statement.setString(4, entry.actor().account());
        statement.setString(5, entry.actor().role().name());
        statement.setString(6, actorScope.division().value());
        Rows.setNullable(statement, 7, text(actorScope.school().orElse(null)));
        Rows.setNullable(statement, 8, text(actorScope.centralSchool().orElse(null)));
        statement.setString(9, entry.action().name());
        statement.setString(10, entry.target().kind().name());
        statement.setString(11, entry.target().key());
        Rows.setNullable(statement, 12, text(place.school().orElse(null)));
        Rows.setNullable(statement, 13, text(place.centralSchool().orElse(null)));
        Rows.setNullable(statement, 14, entry.refusal().map(ErrorCode::name).orElse(null));
        statement.setString(15, changes(entry.changes()));
    }

    private static String text(SchoolIdentifier school) {
        return school == null ? null : school.value();
    }

    private static String changes(List<FieldChange> changes) {
        StringJoiner lines = new StringJoiner("\n");
        for (FieldChange change : changes) {
            lines.add(TextEscapes.escape(change.field()) + "\t"
                    + TextEscapes.escape(change.before().orElse(null)) + "\t"
                    + TextEscapes.escape(change.after().orElse(null)));
        }
        return lines.toString();
    }

    private static List<FieldChange> changes(String stored) {
        List<FieldChange> changes = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return changes;
        }
        for (String line : stored.split("\n", -1)) {
            String[] parts = line.split("\t", -1);
            if (parts.length != 3) {
                throw new IllegalStateException("a stored change has " + parts.length
                        + " parts instead of 3");
            }
            changes.add(FieldChange.of(TextEscapes.unescape(parts[0]),
                    TextEscapes.unescape(parts[1]), TextEscapes.unescape(parts[2])));
        }
        return changes;
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        Actor actor = Actor.of(row.getString("actor_account"),
                Role.valueOf(row.getString("actor_role")),
                Rows.scope(row.getString("actor_division_code"),
                        row.getString("actor_school_id"),
                        row.getString("actor_central_school_id")));
        AuditTarget target = AuditTarget.of(RecordKind.valueOf(row.getString("target_kind")),
                row.getString("target_key"),
                Rows.scope(row.getString("division_code"), row.getString("target_school_id"),
                        row.getString("target_central_school_id")));
        String refusal = row.getString("refusal");
        return AuditEntry.of(row.getLong("entry_sequence"), Rows.instant(row, "occurred_at"),
                actor, AuditAction.valueOf(row.getString("action")), target,
                refusal == null ? null : ErrorCode.valueOf(refusal),
                changes(row.getString("changes")));
    }

    @Override
    public Map<String, Instant> lastDone(AuditAction action, RecordKind kind,
            Collection<String> keys) {
        requireNonNull(action, "action");
        requireNonNull(kind, "kind");
        requireNonNull(keys, "keys");
        List<String> wanted = keys.stream().distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        String placeholders = String.join(", ", Collections.nCopies(wanted.size(), "?"));
        String select = "SELECT target_key, MAX(occurred_at) AS last_done FROM audit_entry"
                + " WHERE action = ? AND target_kind = ? AND refusal IS NULL"
                + " AND target_key IN (" + placeholders + ") GROUP BY target_key";
        return transactions.withConnection("查询操作日志", "reading when actions were last done",
                connection -> {
                    Map<String, Instant> latest = new HashMap<>();
                    try (PreparedStatement statement = connection.prepareStatement(select)) {
                        statement.setString(1, action.name());
                        statement.setString(2, kind.name());
                        for (int i = 0; i < wanted.size(); i++) {
                            statement.setString(i + 3, wanted.get(i));
                        }
                        try (ResultSet row = statement.executeQuery()) {
                            while (row.next()) {
                                latest.put(row.getString("target_key"),
                                        Rows.instant(row, "last_done"));
                            }
                        }
                    }
                    LOG.trace("Read when {} was last done for {} of {} {} records", action,
                            latest.size(), wanted.size(), kind);
                    return Map.copyOf(latest);
                });
    }
}
