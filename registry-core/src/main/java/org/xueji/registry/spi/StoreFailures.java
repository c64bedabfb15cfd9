package org.xueji.registry.spi;

import org.xueji.registry.ErrorCode;
import org.xueji.registry.RecordKind;
import org.xueji.registry.RegistryException;

/**
 * Builds the exceptions stores throw, so that every adapter reports the same failure with the same
 * code and message.
 */
public final class StoreFailures {

    private StoreFailures() {
    }

    /**
     * Returns the failure for a record whose key is already stored.
     *
     * @param kind  the kind of record, not null
     * @param key  the duplicated key as text, not null
     * @return the exception, with {@link ErrorCode#DUPLICATE}, not null
     */
    public static RegistryException duplicate(RecordKind kind, Object key) {
        return new RegistryException(ErrorCode.DUPLICATE,
                kind.chineseName() + "“" + key + "”已存在",
                capitalised(kind) + " '" + key + "' already exists");
    }

    /**
     * Returns the failure for an update of a record that was changed since it was read.
     *
     * @param kind  the kind of record, not null
     * @param key  the record's key as text, not null
     * @param expected  the version the update was based on
     * @param stored  the version now stored
     * @return the exception, with {@link ErrorCode#STALE_VERSION}, not null
     */
    public static RegistryException staleVersion(
            RecordKind kind, Object key, long expected, long stored) {
        return new RegistryException(ErrorCode.STALE_VERSION,
                kind.chineseName() + "“" + key + "”已被他人修改（读取时版本" + expected + "，现为"
                        + stored + "），请刷新后重试",
                capitalised(kind) + " '" + key + "' was changed by someone else (read at version "
                        + expected + ", now " + stored + "); refresh and retry");
    }

    /**
     * Returns the failure for a record that is not stored.
     *
     * @param kind  the kind of record, not null
     * @param key  the key looked for, as text, not null
     * @return the exception, with {@link ErrorCode#NOT_FOUND}, not null
     */
    public static RegistryException notFound(RecordKind kind, Object key) {
        return new RegistryException(ErrorCode.NOT_FOUND,
                kind.chineseName() + "“" + key + "”不存在",
                capitalised(kind) + " '" + key + "' does not exist");
    }

    private static String capitalised(RecordKind kind) {
        String name = kind.englishName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
