package org.xueji.registry.access;

/**
 * The role an account acts in (角色): the administrator of one level of the hierarchy.
 *
 * <p>Each role goes with the level of its actor's {@link Scope}; a role says what kind of
 * operation an actor may perform (only a province administrator creates authorities and schools,
 * only an authority approves a school's scale), the scope says on which records.
 */
public enum Role {
    /** The province administrator (省级管理员), who creates authorities and schools. */
    PROVINCE_ADMINISTRATOR("省级管理员", Scope.Level.PROVINCE),
    /** A city education bureau's administrator (市级管理员). */
    CITY_ADMINISTRATOR("市级管理员", Scope.Level.CITY),
    /** A county education bureau's administrator (县级管理员). */
    COUNTY_ADMINISTRATOR("县级管理员", Scope.Level.COUNTY),
    /** A school's registry administrator (学校管理员), also of a central or a branch school. */
    SCHOOL_ADMINISTRATOR("学校管理员", Scope.Level.SCHOOL);

    private final String chineseName;
    private final Scope.Level level;

    Role(String chineseName, Scope.Level level) {
        this.chineseName = chineseName;
        this.level = level;
    }

    /**
     * Returns the role that administers scopes of a level.
     *
     * @param level  the level, not null
     * @return the role, not null; {@link #SCHOOL_ADMINISTRATOR} for branch schools too
     */
    public static Role administratorOf(Scope.Level level) {
        switch (level) {
            case PROVINCE:
                return PROVINCE_ADMINISTRATOR;
            case CITY:
                return CITY_ADMINISTRATOR;
            case COUNTY:
                return COUNTY_ADMINISTRATOR;
            default:
                return SCHOOL_ADMINISTRATOR;
        }
    }

    /**
     * Returns the Chinese name of this role.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Tells whether an actor in this role may hold a scope of a level.
     *
     * @param scopeLevel  the level of the scope, not null
     * @return true if the level is this role's, or a branch school for a school administrator
     */
    public boolean fits(Scope.Level scopeLevel) {
        return scopeLevel == level
                || (this == SCHOOL_ADMINISTRATOR && scopeLevel == Scope.Level.BRANCH_SCHOOL);
    }
}
