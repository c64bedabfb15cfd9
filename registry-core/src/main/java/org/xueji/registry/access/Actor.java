package org.xueji.registry.access;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.util.Objects;

/**
 * The account on whose behalf an operation runs (操作人): an account name, a role and a scope.
 *
 * <p>Every use case takes the actor first. The registry does not authenticate: the host
 * application signs the user in and builds the actor; the registry decides what the actor may do
 * and records it in the audit trail.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Actor {

    private final String account;
    private final Role role;
    private final Scope scope;

    private Actor(String account, Role role, Scope scope) {
        this.account = account;
        this.role = role;
        this.scope = scope;
    }

    /**
     * Obtains an actor.
     *
     * @param account  the account name, not blank, not null
     * @param role  the role, not null
     * @param scope  the records the actor may act on, of the role's level, not null
     * @return the actor, not null
     * @throws IllegalArgumentException if the account is blank or the scope's level does not fit
     *     the role
     */
    public static Actor of(String account, Role role, Scope scope) {
        requireNonNull(account, "account");
        requireNonNull(role, "role");
        requireNonNull(scope, "scope");
        Preconditions.checkArgument(!account.isBlank(), "account is blank");
        Preconditions.checkArgument(role.fits(scope.level()),
                "Role %s does not fit scope %s", role, scope);
        return new Actor(account.strip(), role, scope);
    }

    /**
     * Obtains the administrator of a scope, the role following from the scope's level.
     *
     * @param account  the account name, not blank, not null
     * @param scope  the records the actor may act on, not null
     * @return the actor, not null
     * @throws IllegalArgumentException if the account is blank
     */
    public static Actor administrator(String account, Scope scope) {
        requireNonNull(scope, "scope");
        return of(account, Role.administratorOf(scope.level()), scope);
    }

    /**
     * Returns the account name.
     *
     * @return the account, not null
     */
    public String account() {
        return account;
    }

    /**
     * Returns the role the actor acts in.
     *
     * @return the role, not null
     */
    public Role role() {
        return role;
    }

    /**
     * Returns the records the actor may act on.
     *
     * @return the scope, not null
     */
    public Scope scope() {
        return scope;
    }

    /**
     * Tells whether a place lies inside this actor's scope.
     *
     * @param place  the place of a record, not null
     * @return true if the actor's scope contains it
     */
    public boolean mayActOn(Scope place) {
        return scope.contains(place);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Actor)) {
            return false;
        }
        Actor other = (Actor) obj;
        return account.equals(other.account) && role == other.role && scope.equals(other.scope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(account, role, scope);
    }

    /**
     * Returns a description such as {@code zhang (COUNTY_ADMINISTRATOR, county 340104)}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return account + " (" + role + ", " + scope + ")";
    }
}
