package org.xueji.registry.organisation;

import static java.util.Objects.requireNonNull;

import org.xueji.registry.access.Actor;

/**
 * A school just created and the administrator account (学校管理员账号) issued with it, whose
 * scope is the school's.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param school  the school as stored, not null
 * @param administrator  the school's administrator, named by the school identifier, not null
 */
public record SchoolAccount(School school, Actor administrator) {

    /**
     * Creates the pair.
     *
     * @throws NullPointerException if an argument is null
     */
    public SchoolAccount {
        requireNonNull(school, "school");
        requireNonNull(administrator, "administrator");
    }
}
