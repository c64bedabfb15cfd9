package org.xueji.registry.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.xueji.registry.inmemory.InMemoryStorage;
import org.xueji.registry.spi.NumberSequence;

class SequenceTest {

    @Test
    void aNumberTakenInARolledBackTransactionIsNeverHandedOutAgain() {
        InMemoryStorage storage = new InMemoryStorage();
        NumberSequence sequence = storage.sequences();

        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            sequence.next("R:340111250121");
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(sequence.next("R:340111250121")).isEqualTo(2);
        assertThat(sequence.next("R:340111250122")).isEqualTo(1);
    }
}
