package org.xueji.registry.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.Sex;
import org.xueji.registry.fixture.ExchangeFixture;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.student.Guardian;
import org.xueji.registry.student.Student;

class NationalCsvTest {

    private final ExchangeFixture fixture = new ExchangeFixture();

    @Test
    void exportThenReimportLosesNoNationalField() {
        Student plain = fixture.enroll(fixture.primary, fixture.gradeOne, "甲生", Sex.MALE, 1);
        Student tricky = fixture.storage.students().update(fixture.insert(fixture.gradeThree,
                Sex.FEMALE, org.xueji.registry.student.RegistrationStatus.REGISTERED).toBuilder()
                .details(ExchangeFixture.details("欧阳\"小\"雪", Sex.FEMALE,
                        LocalDate.of(2012, 1, 2)))
                .guardians(List.of(new Guardian("欧阳父", "父亲",
                        IdentityDocument.of(IdentityDocumentType.PASSPORT, "E12345678",
                                fixture.clock), "138,0000"),
                        new Guardian("李母", "母亲", null, "")))
                .build());
        StringBuilder file = new StringBuilder();

        long written = fixture.registry.exchange().export(fixture.primary, file);
        List<NationalRecord> records = NationalCsv.read(new StringReader(file.toString()));

        assertThat(written).isEqualTo(2);
        assertThat(file.charAt(0)).isEqualTo(NationalCsv.BYTE_ORDER_MARK);
        assertThat(file.toString()).contains("\"欧阳\"\"小\"\"雪\"", "\"138,0000\"");
        assertThat(records).containsExactlyInAnyOrder(NationalRecord.of(plain),
                NationalRecord.of(tricky));
        for (Student student : List.of(plain, tricky)) {
            NationalRecord record = records.stream().filter(r -> r.get(NationalField.NAME)
                    .equals(student.details().name())).findFirst().orElseThrow();
            assertThat(record.details()).isEqualTo(student.details());
            assertThat(record.identityDocument(fixture.clock))
                    .isEqualTo(student.identityDocument());
            assertThat(record.guardians(fixture.clock)).isEqualTo(student.guardians());
            assertThat(record.registryNumber(fixture.clock))
                    .isEqualTo(student.registryNumber());
            assertThat(record.regionalNumber(fixture.registry.policy().regionalNumbers()))
                    .isEqualTo(student.regionalNumber());
            assertThat(record.classId()).isEqualTo(student.classId());
        }
    }

    @Test
    void writesCodesNotNamesAndDatesInTheNationalShape() {
        Student student = fixture.enroll(fixture.primary, fixture.gradeOne, "乙生", Sex.FEMALE,
                2);

        NationalRecord record = NationalRecord.of(student);

        assertThat(record.get(NationalField.SEX)).isEqualTo("2");
        assertThat(record.get(NationalField.ETHNICITY)).isEqualTo("01");
        assertThat(record.get(NationalField.IDENTITY_DOCUMENT_TYPE)).isEqualTo("1");
        assertThat(record.get(NationalField.OVERSEAS_STATUS)).isEqualTo("00");
        assertThat(record.get(NationalField.BIRTH_DATE)).isEqualTo("20190303");
        assertThat(record.get(NationalField.ONLY_CHILD)).isEqualTo("0");
        assertThat(record.get(NationalField.MEMBER2_NAME)).isEmpty();
        assertThat(record.toString()).doesNotContain(student.registryNumber().value());
    }

    @Test
    void refusesAFileWithoutTheNationalHeaderOrWithAStrayQuote() {
        String header = NationalCsv.BYTE_ORDER_MARK + String.join(",", NationalCsv.headers());

        assertThatThrownBy(() -> NationalCsv.read(new StringReader("姓名,性别\r\n张三,1\r\n")))
                .isInstanceOfSatisfying(RegistryException.class, ex -> assertThat(ex.code())
                        .isEqualTo(ErrorCode.INVALID_EXCHANGE_FILE));
        assertThatThrownBy(() -> NationalCsv.read(new StringReader(header + "\r\na\"b,c\r\n")))
                .hasMessageContaining("第2行");
        assertThatThrownBy(() -> NationalCsv.read(new StringReader(header + "\na,b\n")))
                .hasMessageContaining("第2行");
        assertThat(NationalCsv.read(new StringReader(header + "\n"))).isEmpty();
    }
}
