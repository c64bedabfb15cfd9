package org.xueji.benchmarks.identity;

/**
 * The kinds of text the identity benchmark feeds both validators, each with the verdict
 * {@code IdentityNumber} must give and whether Hutool's {@code IdcardUtil} defines the same rule
 * for it. Where the rules differ, {@link #difference()} says how.
 */
enum InputKind {
    VALID_18(true, 58, null),
    VALID_LOWER_X(true, 8, null),
    VALID_LEGACY_15(true, 10, null),
    VALID_RESIDENCE_PERMIT(true, 4, null),
    VALID_FULL_WIDTH(true, 6, "Hutool does not fold full-width digits (its \\d is ASCII only)"),
    VALID_WHITE_SPACE(true, 8, "Hutool does not strip white space; the length check fails"),
    VALID_PERMANENT_RESIDENCE(true, 4, null),
    VALID_BORN_1800S(true, 2, "Hutool rejects birth years before 1900; GB 11643 has no such rule"),

    BAD_CHECK(false, 25, null),
    BAD_DATE(false, 15, null),
    BAD_PROVINCE(false, 12, null),
    FUTURE_BIRTH_DATE(false, 8, null),
    WRONG_LENGTH(false, 15, null),
    LETTERS(false, 15, null),
    BLANK(false, 2, null),
    PERMIT_ADDRESS_CODE(false, 4,
            "Hutool accepts a residence permit whose address code is not 810000, 820000, 830000"),
    MACAU_CARD(false, 4,
            "Hutool's isValidCard also accepts a 10-character Macau card, without any check");

    private final boolean valid;
    private final int weight;
    private final String difference;

    InputKind(boolean valid, int weight, String difference) {
        this.valid = valid;
        this.weight = weight;
        this.difference = difference;
    }

    /** Tells whether {@code IdentityNumber} must accept texts of this kind. */
    boolean valid() {
        return valid;
    }

    /** Returns the share of this kind among the valid or the invalid half, in percent. */
    int weight() {
        return weight;
    }

    /** Tells whether Hutool defines the same rule, so that the two verdicts must agree. */
    boolean sharedRule() {
        return difference == null;
    }

    /** Returns how Hutool's rule differs, or an empty string if it does not. */
    String difference() {
        return difference == null ? "" : difference;
    }
}
