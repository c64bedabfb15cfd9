package org.xueji.registry.change;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.xueji.registry.code.SchoolStage;

/**
 * Which change needs whose approval (审批流程表), as data: for each kind of change, stage of the
 * student and {@linkplain Reach reach}, the party that applies and the parties that approve in
 * order, or that the change is not allowed at all.
 *
 * <p>Parties are resolved to scopes when a case is applied for; a step whose scope is the same
 * as a later step's is dropped, so that a transfer between two schools of one authority has that
 * authority approve once, after both schools. A route with no approving party completes when it
 * is applied for.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApprovalTable {

    private final Map<Key, Optional<Route>> routes;

    private ApprovalTable(Map<Key, Optional<Route>> routes) {
        this.routes = Map.copyOf(routes);
    }

    /**
     * Returns Anhui's table. Transfers: the receiving school applies; the receiving authority,
     * the sending school and the sending authority approve; senior high allows no transfer within
     * one county or district and, across cities, adds both city authorities. Suspension and
     * resumption: the school applies after its review, the school's authority approves, for
     * senior high the city authority. Withdrawal (senior high only), grade skip and key-data
     * correction: the school applies, its authority approves. Dropout (compulsory only) and
     * death: the school reports, and no one approves.
     *
     * @return the table, not null
     */
    public static ApprovalTable anhui() {
        Set<SchoolStage> compulsory = EnumSet.of(SchoolStage.PRIMARY, SchoolStage.JUNIOR);
        Set<SchoolStage> senior = EnumSet.of(SchoolStage.SENIOR);
        Set<SchoolStage> all = EnumSet.allOf(SchoolStage.class);
        Set<Reach> everywhere = EnumSet.allOf(Reach.class);
        List<Party> transferChain = List.of(Party.RECEIVING_AUTHORITY, Party.SENDING_SCHOOL,
                Party.SENDING_AUTHORITY);
        return builder()
                .route(ChangeKind.TRANSFER, compulsory, everywhere, Party.RECEIVING_SCHOOL,
                        transferChain)
                .forbid(ChangeKind.TRANSFER, senior, EnumSet.of(Reach.WITHIN_COUNTY))
                .route(ChangeKind.TRANSFER, senior, EnumSet.of(Reach.ACROSS_COUNTIES),
                        Party.RECEIVING_SCHOOL, transferChain)
                .route(ChangeKind.TRANSFER, senior, EnumSet.of(Reach.ACROSS_CITIES),
                        Party.RECEIVING_SCHOOL, List.of(Party.RECEIVING_AUTHORITY,
                                Party.RECEIVING_CITY_AUTHORITY, Party.SENDING_SCHOOL,
                                Party.SENDING_AUTHORITY, Party.SENDING_CITY_AUTHORITY))
                .route(ChangeKind.SUSPENSION, compulsory, everywhere, Party.SCHOOL,
                        List.of(Party.COUNTY_AUTHORITY))
                .route(ChangeKind.SUSPENSION, senior, everywhere, Party.SCHOOL,
                        List.of(Party.CITY_AUTHORITY))
                .route(ChangeKind.RESUMPTION, compulsory, everywhere, Party.SCHOOL,
                        List.of(Party.COUNTY_AUTHORITY))
                .route(ChangeKind.RESUMPTION, senior, everywhere, Party.SCHOOL,
                        List.of(Party.CITY_AUTHORITY))
                .forbid(ChangeKind.WITHDRAWAL, compulsory, everywhere)
                .route(ChangeKind.WITHDRAWAL, senior, everywhere, Party.SCHOOL,
                        List.of(Party.COUNTY_AUTHORITY))
                .route(ChangeKind.DROPOUT, compulsory, everywhere, Party.SCHOOL, List.of())
                .forbid(ChangeKind.DROPOUT, senior, everywhere)
                .route(ChangeKind.DEATH, all, everywhere, Party.SCHOOL, List.of())
                .route(ChangeKind.GRADE_SKIP, all, everywhere, Party.SCHOOL,
                        List.of(Party.COUNTY_AUTHORITY))
                .route(ChangeKind.KEY_DATA_CORRECTION, all, everywhere, Party.SCHOOL,
                        List.of(Party.COUNTY_AUTHORITY))
                .build();
    }

    /**
     * Starts an empty table.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder(new HashMap<>());
    }

    /**
     * Starts a builder holding this table's entries, to replace some of them.
     *
     * @return a builder, not null
     */
    public Builder toBuilder() {
        return new Builder(new HashMap<>(routes));
    }

    /**
     * Looks up the route of a change.
     *
     * @param kind  the kind of change, not null
     * @param stage  the student's stage, not null
     * @param reach  how far the change reaches, not null
     * @return the route, or empty if the table forbids the change
     * @throws IllegalStateException if the table has no entry for the combination
     */
    public Optional<Route> route(ChangeKind kind, SchoolStage stage, Reach reach) {
        Optional<Route> route = routes.get(new Key(kind, stage, reach));
        if (route == null) {
            throw new IllegalStateException(
                    "The approval table has no entry for " + kind + ", " + stage + ", " + reach);
        }
        return route;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ApprovalTable && ((ApprovalTable) obj).routes.equals(routes);
    }

    @Override
    public int hashCode() {
        return routes.hashCode();
    }

    /**
     * Returns a description giving the number of entries.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "ApprovalTable{" + routes.size() + " entries}";
    }

    /**
     * The party that applies for a change and the parties that approve it, in order.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param applicant  the applying party, not null
     * @param approvers  the approving parties in order, empty if none, not null
     */
    public record Route(Party applicant, List<Party> approvers) {

        /**
         * Creates a route.
         *
         * @throws NullPointerException if a value is null
         */
        public Route {
            requireNonNull(applicant, "applicant");
            approvers = List.copyOf(approvers);
        }
    }

    private record Key(ChangeKind kind, SchoolStage stage, Reach reach) {
        private Key {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(reach, "reach");
        }
    }

    /**
     * Collects the entries of an {@link ApprovalTable}; a later entry for the same kind, stage
     * and reach replaces an earlier one. Not thread-safe.
     */
    public static final class Builder {
        private final Map<Key, Optional<Route>> routes;

        private Builder(Map<Key, Optional<Route>> routes) {
            this.routes = routes;
        }

        /**
         * Sets the route of a kind of change for stages and reaches.
         *
         * @param kind  the kind of change, not null
         * @param stages  the students' stages, not null
         * @param reaches  the reaches, not null
         * @param applicant  the applying party, not null
         * @param approvers  the approving parties in order, not null
         * @return this builder, not null
         */
        public Builder route(ChangeKind kind, Set<SchoolStage> stages, Set<Reach> reaches,
                Party applicant, List<Party> approvers) {
            Route route = new Route(applicant, approvers);
            return put(kind, stages, reaches, Optional.of(route));
        }

        /**
         * Forbids a kind of change for stages and reaches.
         *
         * @param kind  the kind of change, not null
         * @param stages  the students' stages, not null
         * @param reaches  the reaches, not null
         * @return this builder, not null
         */
        public Builder forbid(ChangeKind kind, Set<SchoolStage> stages, Set<Reach> reaches) {
            return put(kind, stages, reaches, Optional.empty());
        }

        /**
         * Builds the table.
         *
         * @return the table, not null
         */
        public ApprovalTable build() {
            return new ApprovalTable(routes);
        }

        private Builder put(ChangeKind kind, Set<SchoolStage> stages, Set<Reach> reaches,
                Optional<Route> route) {
            for (SchoolStage stage : stages) {
                for (Reach reach : reaches) {
                    routes.put(new Key(kind, stage, reach), route);
                }
            }
            return this;
        }
    }
}
