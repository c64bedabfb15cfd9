package org.xueji.registry.code;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * The type of a student's or guardian's identity document (身份证件类型), as the national
 * student form codes it.
 */
public enum IdentityDocumentType implements CodeTable {
    /** A resident identity card, code 1. */
    RESIDENT_IDENTITY_CARD("1", "居民身份证"),
    /** A military officer's card, code 2. */
    MILITARY_OFFICER_CARD("2", "军官证"),
    /** A soldier's card, code 3. */
    SOLDIER_CARD("3", "士兵证"),
    /** A military civilian cadre's card, code 4. */
    CIVILIAN_CADRE_CARD("4", "文职干部证"),
    /** A military retiree's card, code 5. */
    MILITARY_RETIREE_CARD("5", "部队离退休证"),
    /** A Hong Kong passport or identity document, code 6. */
    HONG_KONG_DOCUMENT("6", "香港特区护照/身份证明"),
    /** A Macau passport or identity document, code 7. */
    MACAU_DOCUMENT("7", "澳门特区护照/身份证明"),
    /** A Taiwan resident's mainland travel permit, code 8. */
    TAIWAN_TRAVEL_PERMIT("8", "台湾居民来往大陆通行证"),
    /** A permanent residence card issued outside the mainland or to a foreigner, code 9. */
    PERMANENT_RESIDENCE_CARD("9", "境外永久居住证"),
    /** A passport, code A. */
    PASSPORT("A", "护照"),
    /** A household register booklet, code B. */
    HOUSEHOLD_REGISTER("B", "户口簿"),
    /** Any other document, code Z; its number may be blank. */
    OTHER("Z", "其他");

    private final String code;
    private final String chineseName;

    IdentityDocumentType(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    /**
     * Returns the type with a code.
     *
     * @param code  the code, surrounding white space ignored and a lower-case letter accepted,
     *     not null
     * @return the type, not null
     * @throws RegistryException with {@link ErrorCode#UNKNOWN_CODE} if no type has the code
     */
    public static IdentityDocumentType ofCode(String code) {
        requireNonNull(code, "code");
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        for (IdentityDocumentType type : values()) {
            if (type.code.equals(wanted)) {
                return type;
            }
        }
        String shown = wanted.length() > 8 ? wanted.substring(0, 8) + "…" : wanted;
        throw new RegistryException(ErrorCode.UNKNOWN_CODE,
                "身份证件类型代码“" + shown + "”不在代码表中",
                "Identity document type code '" + shown + "' is not in the code table");
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
