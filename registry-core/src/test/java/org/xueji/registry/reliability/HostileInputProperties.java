package org.xueji.registry.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.xueji.registry.RegistryException;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.change.ChangeDetails;
import org.xueji.registry.code.AttendanceMode;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.CodeTable;
import org.xueji.registry.code.CodeTables;
import org.xueji.registry.code.Disability;
import org.xueji.registry.code.EconomicAttribute;
import org.xueji.registry.code.EntryMode;
import org.xueji.registry.code.Ethnicity;
import org.xueji.registry.code.HealthStatus;
import org.xueji.registry.code.HouseholdType;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.InclusiveClass;
import org.xueji.registry.code.OverseasChineseStatus;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.code.SchoolOwnership;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.StudentSource;
import org.xueji.registry.code.UrbanRuralType;
import org.xueji.registry.enrollment.EnrollmentResult;
import org.xueji.registry.enrollment.FormField;
import org.xueji.registry.enrollment.NewStudentForm;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegionalStudentNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.internal.Texts;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.records.RecordEntry;
import org.xueji.registry.records.RecordEntryKind;
import org.xueji.registry.student.Student;

/**
 * Hostile text through every public parse and through the use cases: a value is either accepted
 * in its canonical, printable form or refused with a {@link RegistryException} that carries a
 * code; nothing else escapes, and nothing broken is stored.
 */
class HostileInputProperties {

    private static final List<Class<? extends CodeTable>> TABLES = List.of(Sex.class,
            SchoolCategory.class, SchoolOwnership.class, UrbanRuralType.class,
            SchoolSystem.class, ClassType.class, Ethnicity.class, OverseasChineseStatus.class,
            HealthStatus.class, Disability.class, InclusiveClass.class, HouseholdType.class,
            EntryMode.class, AttendanceMode.class, StudentSource.class,
            IdentityDocumentType.class, EconomicAttribute.class);

    private static final ScopeFixture.DayClock CLOCK =
            new ScopeFixture.DayClock(LocalDate.of(2025, 9, 10));

    private static final Map<String, Function<String, String>> PARSERS = parsers();

    @Property(tries = 400)
    void everyParseGivesACanonicalValueOrACodedRefusal(@ForAll("hostile") String text) {
        PARSERS.forEach((name, parse) -> {
            String[] value = new String[1];
            Throwable thrown = catchThrowable(() -> value[0] = parse.apply(text));

            if (thrown == null) {
                assertThat(Texts.isClean(value[0], false)).as("%s of %s", name, text).isTrue();
                assertThat(value[0]).as(name).isNotBlank().hasSizeLessThanOrEqualTo(60);
            } else {
                assertThat(thrown).as(name).isInstanceOf(RegistryException.class);
                assertThat(((RegistryException) thrown).code()).as(name).isNotNull();
            }
        });
    }

    @Property(tries = 400)
    void theChecksNeverThrowAndAgreeWithTheParses(@ForAll("hostile") String text) {
        boolean identity = IdentityNumber.isValid(text, CLOCK);
        boolean registry = RegistryNumber.isValid(text, CLOCK);

        assertThat(IdentityNumber.check(text, CLOCK).isEmpty()).isEqualTo(identity);
        assertThat(RegistryNumber.check(text, CLOCK).isEmpty()).isEqualTo(registry);
        assertThat(catchThrowable(() -> IdentityNumber.parse(text, CLOCK)) == null)
                .isEqualTo(identity);
        assertThat(catchThrowable(() -> RegistryNumber.parse(text, CLOCK)) == null)
                .isEqualTo(registry);
        assertThat(catchThrowable(() -> RegionalStudentNumber.parse(text)) == null)
                .isEqualTo(RegionalStudentNumber.isValid(text));
        for (Class<? extends CodeTable> table : TABLES) {
            assertThat(CodeTables.isKnown(table, text))
                    .isEqualTo(catchThrowable(() -> parseCode(table, text)) == null);
        }
    }

    @Property(tries = 150)
    void aHostileFormFieldIsRefusedNamedOrStoredPrintable(
            @ForAll("fields") FormField field, @ForAll("hostile") String text) {
        ScopeFixture f = Fixtures.get();
        NewStudentForm form = f.form().toBuilder().set(field, text).build();

        EnrollmentResult result = f.registry.enrollment()
                .enroll(f.branch, ScopeFixture.BRANCH, Grade.of(1), form);

        Optional<Student> accepted = result.accepted();
        if (accepted.isPresent()) {
            Student stored = f.student(accepted.get().id());
            assertThat(Texts.isClean(stored.details().name(), false)).isTrue();
            assertThat(Texts.isClean(stored.details().address(), false)).isTrue();
            assertThat(Texts.isClean(stored.details().birthplace(), false)).isTrue();
            assertThat(stored.details().name().length()).isBetween(1, 50);
        } else {
            assertThat(result.refusals()).isNotEmpty()
                    .allSatisfy(refusal -> assertThat(refusal.code()).isNotNull());
        }
    }

    @Property(tries = 100)
    void aNameWithControlCharactersOrTooLongIsRefusedInEveryPath(
            @ForAll("brokenNames") String name) {
        ScopeFixture f = Fixtures.get();
        NewStudentForm form = f.form().toBuilder().name(name).build();

        EnrollmentResult result = f.registry.enrollment()
                .enroll(f.branch, ScopeFixture.BRANCH, Grade.of(1), form);
        Throwable correction = catchThrowable(
                () -> new ChangeDetails.KeyDataCorrection(name, null, null, null));

        assertThat(result.accepted()).isEmpty();
        assertThat(result.refusals())
                .anySatisfy(r -> assertThat(r.field()).isEqualTo(FormField.NAME));
        assertThat(correction).isInstanceOf(RegistryException.class);
    }

    @Property(tries = 100)
    void hostileTextInReasonsAndRecordsIsRefusedWithACodeOrKeptAsTyped(
            @ForAll("hostile") String text) {
        ScopeFixture f = Fixtures.get();

        Throwable returned = catchThrowable(() -> f.registry.reviews()
                .returnToSchool(f.county, f.submitted.id(), text));
        Throwable added = catchThrowable(() -> f.registry.records().add(f.branch,
                f.registered.id(), new RecordEntry(RecordEntryKind.FAMILY_MEMBER,
                        LocalDate.of(2025, 9, 1), "父亲", text)));
        Throwable suspended = catchThrowable(() -> f.registry.changes().applySuspension(
                f.branch, f.registered.id(), LocalDate.of(2025, 9, 15), text, List.of(text)));

        for (Throwable thrown : new Throwable[] {returned, added, suspended}) {
            if (thrown != null) {
                assertThat(thrown).isInstanceOf(RegistryException.class);
                assertThat(((RegistryException) thrown).code()).isNotNull();
            }
        }
        if (added == null) {
            assertThat(f.registry.records().list(f.branch, f.registered.id()))
                    .extracting(RecordEntry::detail).contains(text.strip());
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(HostileText.identityLike(), HostileText.any(),
                HostileText.injections(), HostileText.codesAndDates());
    }

    @Provide
    Arbitrary<String> brokenNames() {
        return HostileText.brokenNames();
    }

    @Provide
    Arbitrary<FormField> fields() {
        return Arbitraries.of(FormField.NAME, FormField.BIRTH_DATE, FormField.SEX,
                FormField.ETHNICITY, FormField.NATIONALITY, FormField.IDENTITY_NUMBER,
                FormField.ADDRESS, FormField.BIRTHPLACE, FormField.PHONE, FormField.ENTRY_MONTH,
                FormField.GUARDIAN1_NAME, FormField.GUARDIAN1_DOCUMENT_NUMBER,
                FormField.GUARDIAN1_RELATION, FormField.CLASS, FormField.ONLY_CHILD);
    }

    private static Map<String, Function<String, String>> parsers() {
        Map<String, Function<String, String>> parsers = new LinkedHashMap<>();
        parsers.put("IdentityNumber", t -> IdentityNumber.parse(t, CLOCK).value());
        parsers.put("RegistryNumber", t -> RegistryNumber.parse(t, CLOCK).value());
        parsers.put("RegionalStudentNumber", t -> RegionalStudentNumber.parse(t).value());
        parsers.put("DivisionCode", t -> DivisionCode.parse(t).value());
        parsers.put("SchoolIdentifier", t -> SchoolIdentifier.parse(t).value());
        parsers.put("UnitCode", t -> UnitCode.parse(t).value());
        parsers.put("AcademicYear", t -> AcademicYear.parse(t).toString());
        for (IdentityDocumentType type : IdentityDocumentType.values()) {
            parsers.put("IdentityDocument " + type, t -> IdentityDocument.of(type, t, CLOCK)
                    .number().orElse("-"));
        }
        for (Class<? extends CodeTable> table : TABLES) {
            parsers.put(table.getSimpleName(), t -> parseCode(table, t).code());
        }
        return parsers;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CodeTable parseCode(Class<? extends CodeTable> table, String text) {
        return (CodeTable) CodeTables.parse((Class) table, text);
    }

    /**
     * One fixture per thread, reused across tries: each try enrolls a new child or adds to
     * records, which the properties above tolerate.
     */
    private static final class Fixtures {
        private static final ThreadLocal<ScopeFixture> FIXTURE =
                ThreadLocal.withInitial(ScopeFixture::new);

        static ScopeFixture get() {
            return FIXTURE.get();
        }
    }
}
