package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * Asserts that a call is refused with a registry error code.
 */
final class Refusals {

    private Refusals() {
    }

    static void assertRefused(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RegistryException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    /** Asserts a refusal with the code and the messages of the expected failure. */
    static void assertRefused(ThrowingCallable call, RegistryException expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RegistryException.class, e -> {
            assertThat(e.code()).isEqualTo(expected.code());
            assertThat(e.chineseMessage()).isEqualTo(expected.chineseMessage());
            assertThat(e.englishMessage()).isEqualTo(expected.englishMessage());
        });
    }
}
