package org.xueji.registry.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.registry.code.Sex;
import org.xueji.registry.event.FeedEntry;
import org.xueji.registry.fixture.ExchangeFixture;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.Student;

class ChangeFeedTest {

    private final ExchangeFixture fixture = new ExchangeFixture();
    private final Exchange exchange = fixture.registry.exchange();

    @Test
    void twoPollsSendEachChangeOnceAndMissNone() {
        long start = exchange.changesSince(fixture.baohe, 0, 1000).cursor();
        Student a = fixture.enroll(fixture.primary, fixture.gradeOne, "甲生", Sex.MALE, 1);
        fixture.enroll(fixture.primary, fixture.gradeOne, "乙生", Sex.FEMALE, 2);
        fixture.enroll(fixture.otherPrimary, fixture.otherGradeOne, "外县生", Sex.MALE, 3);

        ChangeBatch first = exchange.changesSince(fixture.baohe, start, 2);
        fixture.enroll(fixture.primary, fixture.gradeOne, "丙生", Sex.MALE, 4);
        submitAndApprove(a);
        ChangeBatch second = exchange.changesSince(fixture.baohe, first.cursor(), 100);
        ChangeBatch third = exchange.changesSince(fixture.baohe, second.cursor(), 100);

        assertThat(names(first)).containsExactly("甲生", "乙生");
        assertThat(first.more()).isTrue();
        assertThat(names(second)).containsExactly("丙生", "甲生");
        assertThat(second.more()).isFalse();
        assertThat(third.records()).isEmpty();
        assertThat(third.cursor()).isEqualTo(second.cursor());
        List<Long> positions = fixture.storage.eventFeed().readAfter(0, 1000).stream()
                .map(FeedEntry::position).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        assertThat(second.cursor()).isEqualTo(positions.get(positions.size() - 1));
    }

    @Test
    void aPollSendsTheStudentsCurrentStateOnceThoughItChangedThreeTimes() {
        Student a = fixture.enroll(fixture.primary, fixture.gradeOne, "甲生", Sex.MALE, 1);
        submitAndApprove(a);

        ChangeBatch batch = exchange.changesSince(fixture.primary, 0, 100);

        assertThat(batch.records()).singleElement().satisfies(record -> assertThat(record)
                .isEqualTo(NationalRecord.of(fixture.storage.students().find(a.id())
                        .orElseThrow())));
    }

    @Test
    void aRolledBackChangeLeavesAGapAndNoEntry() {
        Student a = fixture.enroll(fixture.primary, fixture.gradeOne, "甲生", Sex.MALE, 1);
        long before = exchange.changesSince(fixture.baohe, 0, 100).cursor();

        List<Object> refused = new ArrayList<>();
        try {
            fixture.storage.unitOfWork().inTransaction(() -> {
                fixture.registry.enrollment().storePhoto(fixture.primary, a.id(),
                        Photo.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
                                java.time.LocalDate.of(2025, 9, 1)));
                fixture.registry.reviews().submit(fixture.primary, a.id());
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            refused.add(expected);
        }
        fixture.enroll(fixture.primary, fixture.gradeOne, "乙生", Sex.FEMALE, 2);
        ChangeBatch after = exchange.changesSince(fixture.baohe, before, 100);

        assertThat(refused).hasSize(1);
        assertThat(names(after)).containsExactly("乙生");
        assertThat(after.cursor()).isGreaterThan(before + 1);
    }

    @Test
    void aCompletedChangeReachesTheFeedOnce() {
        Student a = fixture.enroll(fixture.primary, fixture.gradeOne, "甲生", Sex.MALE, 1);
        Student b = fixture.enroll(fixture.primary, fixture.gradeOne, "乙生", Sex.FEMALE, 2);
        submitAndApprove(a);
        submitAndApprove(b);
        long cursor = exchange.changesSince(fixture.baohe, 0, 1000).cursor();
        fixture.clock.setDay(java.time.LocalDate.of(2025, 9, 10));
        fixture.registry.changes().cancelForDeath(fixture.primary, a.id(),
                java.time.LocalDate.of(2025, 9, 5), "意外", List.of("证明-001"));

        ChangeBatch afterDeath = exchange.changesSince(fixture.baohe, cursor, 1000);

        assertThat(names(afterDeath)).containsExactly("甲生");
        assertThat(exchange.changesSince(fixture.baohe, afterDeath.cursor(), 1000).records())
                .isEmpty();
    }

    @Test
    void aRolloverAdvancesTheCursorWithoutResendingPromotedStudents() {
        Student a = fixture.enroll(fixture.primary, fixture.gradeOne, "甲生", Sex.MALE, 1);
        submitAndApprove(a);
        long cursor = exchange.changesSince(fixture.baohe, 0, 1000).cursor();
        fixture.clock.setDay(java.time.LocalDate.of(2026, 8, 1));

        fixture.registry.calendar().rollover(fixture.province,
                org.xueji.registry.calendar.AcademicYear.of(2026));
        ChangeBatch afterRollover = exchange.changesSince(fixture.baohe, cursor, 1000);
        fixture.clock.setDay(java.time.LocalDate.of(2026, 9, 10));
        fixture.registry.changes().cancelForDeath(fixture.primary, a.id(),
                java.time.LocalDate.of(2026, 9, 5), "意外", List.of("证明-001"));
        ChangeBatch afterDeath = exchange.changesSince(fixture.baohe, afterRollover.cursor(),
                1000);

        assertThat(afterRollover.records()).isEmpty();
        assertThat(afterRollover.cursor()).isGreaterThan(cursor);
        assertThat(names(afterDeath)).containsExactly("甲生");
    }

    private void submitAndApprove(Student student) {
        fixture.registry.enrollment().storePhoto(fixture.primary, student.id(),
                Photo.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
                        java.time.LocalDate.of(2025, 9, 1)));
        fixture.registry.reviews().submit(fixture.primary, student.id());
        fixture.registry.reviews().approve(fixture.baohe, student.id());
    }

    private static List<String> names(ChangeBatch batch) {
        return batch.records().stream().map(record -> record.get(NationalField.NAME)).toList();
    }
}
