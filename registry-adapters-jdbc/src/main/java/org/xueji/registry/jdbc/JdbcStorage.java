package org.xueji.registry.jdbc;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.jdbc.internal.JdbcTransactions;
import org.xueji.registry.jdbc.internal.RetryPolicy;
import org.xueji.registry.jdbc.internal.SequenceBlocks;
import org.xueji.registry.jdbc.internal.SqlDialect;
import org.xueji.registry.spi.AuditTrail;
import org.xueji.registry.spi.AuthorityStore;
import org.xueji.registry.spi.CalendarStore;
import org.xueji.registry.spi.ChangeCaseStore;
import org.xueji.registry.spi.ClassStore;
import org.xueji.registry.spi.GraduationCaseStore;
import org.xueji.registry.spi.HistoryStore;
import org.xueji.registry.spi.HolidayCalendar;
import org.xueji.registry.spi.OpenCases;
import org.xueji.registry.spi.PhotoStore;
import org.xueji.registry.spi.ProblemStore;
import org.xueji.registry.spi.RegistryNumberHistory;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.RolloverProgress;
import org.xueji.registry.spi.SchoolStore;
import org.xueji.registry.spi.StudentRecordStore;
import org.xueji.registry.spi.StudentStore;
import org.xueji.registry.spi.UnitOfWork;

/**
 * Stores the registry in a relational database reached through a {@link DataSource} that the
 * host application supplies and owns (pool, credentials, driver): every port of
 * {@link RegistryStorage}, sharing one unit of work that binds a connection to the calling thread.
 *
 * <p>The schema is created or upgraded only when {@link #migrate()} is called, never as a side
 * effect of building the storage. The stores keep the in-memory storage's semantics, with these
 * differences: a class can be stored only once its school is; a photo or a records' entry only
 * once its student is; a school's students are listed and counted only once the school is
 * stored; a history entry or a graduation case only once its student is; the working days are
 * those of the {@link HolidayCalendar} given to the builder, kept in memory, not in a table; and a
 * unit of work in which a store refused a write (a duplicate, a stale version)
 * rolls back as a whole even if the caller catches the refusal, because PostgreSQL cannot go on
 * with a transaction after a failed statement. Besides the caller's connection, appends to the
 * audit trail, the outbox and the problem queue now and then take a second connection for a
 * moment, to reserve a block of sequence numbers, each serial number takes one, and
 * {@link UnitOfWork#inNewTransaction} holds a second one while its work runs; size the pool for
 * that. Thread-safe.
 */
public final class JdbcStorage implements RegistryStorage {

    /** The table in which the adapter records its own migrations, apart from the host's. */
    public static final String HISTORY_TABLE = "xueji_schema_history";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);
    private static final String MIGRATION_ROOT = "classpath:org/xueji/registry/jdbc/migration/";
    private static final int SEQUENCE_BLOCK = 100;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final JdbcTransactions transactions;
    private final JdbcNumberSequence numberSequence;
    private final JdbcAuthorityStore authorities;
    private final JdbcSchoolStore schools;
    private final JdbcClassStore classes;
    private final JdbcAuditTrail auditTrail;
    private final JdbcEventSink events;
    private final JdbcStudentStore students;
    private final JdbcPhotoStore photos;
    private final JdbcCalendarStore calendar;
    private final JdbcProblemStore problems;
    private final JdbcRegistryNumberHistory registryNumberHistory;
    private final JdbcStudentRecordStore records;
    private final JdbcChangeCaseStore changeCases;
    private final JdbcHistoryStore history;
    private final HolidayCalendar holidays;
    private final JdbcGraduationCaseStore graduations;
    private final JdbcRolloverProgress rollovers;

    private JdbcStorage(Builder builder) {
        this.dataSource = builder.dataSource;
        this.dialect = builder.dialect != null ? builder.dialect : Dialect.detect(dataSource);
        this.transactions = new JdbcTransactions(dataSource, builder.retryPolicy);
        this.numberSequence = new JdbcNumberSequence(dataSource, dialect, builder.retryPolicy);
        SqlDialect sql = SqlDialect.of(dialect);
        this.authorities = new JdbcAuthorityStore(transactions);
        this.schools = new JdbcSchoolStore(transactions);
        this.classes = new JdbcClassStore(transactions);
        this.auditTrail = new JdbcAuditTrail(transactions, sql, new SequenceBlocks(dataSource,
                sql, builder.retryPolicy, "audit_entry", SEQUENCE_BLOCK));
        this.events = new JdbcEventSink(transactions, sql, new SequenceBlocks(dataSource, sql,
                builder.retryPolicy, "event_outbox", SEQUENCE_BLOCK), builder.clock);
        this.students = new JdbcStudentStore(transactions, sql);
        this.photos = new JdbcPhotoStore(transactions, sql);
        this.calendar = new JdbcCalendarStore(transactions);
        this.problems = new JdbcProblemStore(transactions, new SequenceBlocks(dataSource, sql,
                builder.retryPolicy, "problem_record", SEQUENCE_BLOCK));
        this.registryNumberHistory = new JdbcRegistryNumberHistory(transactions,
                new SequenceBlocks(dataSource, sql, builder.retryPolicy, "registry_number_change",
                        SEQUENCE_BLOCK));
        this.records = new JdbcStudentRecordStore(transactions);
        this.changeCases = new JdbcChangeCaseStore(transactions);
        this.history = new JdbcHistoryStore(transactions);
        this.holidays = builder.holidays;
        this.graduations = new JdbcGraduationCaseStore(transactions);
        this.rollovers = new JdbcRolloverProgress(transactions, sql, new SequenceBlocks(
                dataSource, sql, builder.retryPolicy, "rollover_entry", SEQUENCE_BLOCK));
        LOG.debug("JDBC storage on {} with {}", dialect, builder.retryPolicy);
    }

    /**
     * Creates a storage over a data source with the default settings, detecting the engine with
     * one short-lived connection.
     *
     * @param dataSource  the data source, not null
     * @return the storage, not null
     * @throws IllegalArgumentException if the database product is not supported
     * @throws RegistryException with {@link ErrorCode#STORAGE_FAILURE} if no connection can be
     *     opened
     */
    public static JdbcStorage create(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /**
     * Starts building a storage over a data source.
     *
     * @param dataSource  the data source, not null
     * @return a builder, not null
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * Creates or upgrades the adapter's tables by applying its migration scripts for this engine,
     * recording them in {@value #HISTORY_TABLE}; a host's own Flyway history table is neither
     * read nor written. Does nothing when the schema is current. In a schema that already holds
     * the host's tables, the adapter's history starts from an empty baseline.
     *
     * @return how many migrations were applied, zero if the schema was current
     * @throws RegistryException with {@link ErrorCode#STORAGE_FAILURE} if a migration fails or
     *     the recorded history does not match the scripts
     */
    public int migrate() {
        Flyway flyway = Flyway.configure(JdbcStorage.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(MIGRATION_ROOT + dialect.migrationFolder())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true)
                .failOnMissingLocations(true)
                .load();
        try {
            MigrateResult result = flyway.migrate();
            LOG.info("Schema migrated on {}: {} migrations applied, now at version {}",
                    dialect, result.migrationsExecuted, result.targetSchemaVersion);
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            LOG.error("Schema migration on {} failed", dialect, e);
            throw new RegistryException(ErrorCode.STORAGE_FAILURE, "数据库结构迁移失败",
                    "database schema migration failed", e);
        }
    }

    /**
     * Returns the engine this storage writes SQL for.
     *
     * @return the dialect, not null
     */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * Returns the allocator of serial numbers, the same as {@link #sequences()}.
     *
     * @return the allocator, not null
     */
    public JdbcNumberSequence numberSequence() {
        return numberSequence;
    }

    /**
     * Returns the unit of work every store of this storage joins: a JDBC transaction bound to
     * the calling thread.
     *
     * @return the unit of work, not null
     */
    @Override
    public UnitOfWork unitOfWork() {
        return transactions;
    }

    @Override
    public AuthorityStore authorities() {
        return authorities;
    }

    @Override
    public SchoolStore schools() {
        return schools;
    }

    @Override
    public ClassStore classes() {
        return classes;
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    /**
     * Returns the event outbox, which a consumer polls and marks delivered.
     *
     * @return the sink, not null
     */
    @Override
    public JdbcEventSink events() {
        return events;
    }

    @Override
    public StudentStore students() {
        return students;
    }

    /**
     * Returns the allocator of serial numbers, which takes a connection of its own per number.
     *
     * @return the allocator, not null
     */
    @Override
    public JdbcNumberSequence sequences() {
        return numberSequence;
    }

    @Override
    public PhotoStore photos() {
        return photos;
    }

    @Override
    public CalendarStore calendar() {
        return calendar;
    }

    @Override
    public ProblemStore problems() {
        return problems;
    }

    @Override
    public StudentRecordStore records() {
        return records;
    }

    /**
     * Returns the reader of the committed events of the outbox, which is the outbox itself.
     *
     * @return the feed, not null
     */
    @Override
    public JdbcEventSink eventFeed() {
        return events;
    }

    @Override
    public RegistryNumberHistory registryNumberHistory() {
        return registryNumberHistory;
    }

    @Override
    public ChangeCaseStore changeCases() {
        return changeCases;
    }

    /**
     * Returns the store of history entries, which stores an entry only for a stored student.
     *
     * @return the store, not null
     */
    @Override
    public HistoryStore history() {
        return history;
    }

    /**
     * Returns the holiday calendar given to the builder, {@link HolidayCalendar#weekdays()} if
     * none was; the adapter keeps no holidays in the database.
     *
     * @return the calendar, not null
     */
    @Override
    public HolidayCalendar holidays() {
        return holidays;
    }

    /**
     * Returns the open change cases, answered from the {@code change_case} table within the
     * caller's transaction.
     *
     * @return the port, not null
     */
    @Override
    public OpenCases openCases() {
        return changeCases;
    }

    /**
     * Returns the store of graduation cases, which stores a case only for a stored student.
     *
     * @return the store, not null
     */
    @Override
    public GraduationCaseStore graduations() {
        return graduations;
    }

    @Override
    public RolloverProgress rollovers() {
        return rollovers;
    }

    JdbcTransactions transactions() {
        return transactions;
    }

    /** Builds a {@link JdbcStorage}. Not thread-safe. */
    public static final class Builder {
        private final DataSource dataSource;
        private Dialect dialect;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private HolidayCalendar holidays = HolidayCalendar.weekdays();

        private Builder(DataSource dataSource) {
            this.dataSource = requireNonNull(dataSource, "dataSource");
        }

        /**
         * Sets the engine instead of detecting it, so that building opens no connection.
         *
         * @param dialect  the engine, not null
         * @return this builder, not null
         */
        public Builder dialect(Dialect dialect) {
            this.dialect = requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * Sets how transactions that fail with a serialization failure, a deadlock or a lock-wait
         * timeout are retried: at most {@code maxAttempts} runs in all, waiting from
         * {@code firstBackoff} up to {@code maxBackoff} between them. The default is five runs,
         * 20 ms to 1 s.
         *
         * @param maxAttempts  the largest number of runs, positive
         * @param firstBackoff  the first wait, not negative, not null
         * @param maxBackoff  the longest wait, not shorter than the first, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if a count or wait is out of range
         */
        public Builder retries(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {
            this.retryPolicy = new RetryPolicy(maxAttempts, firstBackoff, maxBackoff);
            return this;
        }

        /**
         * Sets the clock that stamps the outbox's delivery times; the default is the system
         * clock. The registry's own times come from the registry's clock, not this one.
         *
         * @param clock  the clock, not null
         * @return this builder, not null
         */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the calendar of working days that deadlines of change cases count in, such as
         * an {@link org.xueji.registry.inmemory.InMemoryHolidayCalendar} loaded with the State
         * Council's yearly schedule, or the host's own; the default,
         * {@link HolidayCalendar#weekdays()}, knows no holidays. The calendar is asked once per
         * day a deadline spans, so it should answer from memory.
         *
         * @param holidays  the calendar, not null
         * @return this builder, not null
         */
        public Builder holidays(HolidayCalendar holidays) {
            this.holidays = requireNonNull(holidays, "holidays");
            return this;
        }

        /**
         * Builds the storage, detecting the engine unless it was set.
         *
         * @return the storage, not null
         * @throws IllegalArgumentException if the database product is not supported
         * @throws RegistryException with {@link ErrorCode#STORAGE_FAILURE} if the engine must
         *     be detected and no connection can be opened
         */
        public JdbcStorage build() {
            return new JdbcStorage(this);
        }
    }
}
