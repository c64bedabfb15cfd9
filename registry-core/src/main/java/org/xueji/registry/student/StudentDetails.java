package org.xueji.registry.student;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.code.AttendanceMode;
import org.xueji.registry.code.Disability;
import org.xueji.registry.code.Ethnicity;
import org.xueji.registry.code.HealthStatus;
import org.xueji.registry.code.HouseholdType;
import org.xueji.registry.code.InclusiveClass;
import org.xueji.registry.code.OverseasChineseStatus;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.StudentSource;
import org.xueji.registry.internal.Texts;

/**
 * The personal data of the national student form (学生基本信息), typed: what a student record
 * holds beside its identity document, guardians, numbers and registration. Name, sex and birth
 * date are key data, changed later only through a reviewed request; the others the school edits.
 *
 * <p>Texts that the form leaves empty are empty strings, never null. This class is immutable and
 * thread-safe.
 *
 * @param name  the student's name (姓名), not blank
 * @param sex  the sex (性别), not null
 * @param birthDate  the birth date (出生日期), not null
 * @param birthplace  the birthplace (出生地) as written, not null
 * @param nativePlace  the native place (籍贯) as written, not null
 * @param ethnicity  the ethnicity (民族), not null
 * @param nationality  the nationality (国籍/地区) as written, not null
 * @param overseasStatus  the 港澳台侨外 status, not null
 * @param health  the health status (健康状况), not null
 * @param householdPlace  the household register place (户口所在地) as written, not null
 * @param householdType  the household type (户口性质), not null
 * @param entryMonth  the year and month of entry (入学年月), not null
 * @param attendanceMode  how the student attends (就读方式), not null
 * @param source  where the student comes from (学生来源), not null
 * @param address  the current address (现住址) as written, not null
 * @param phone  the contact phone (联系电话) as written, not null
 * @param onlyChild  whether the student is an only child (独生子女)
 * @param leftBehind  whether the student is a left-behind child (留守儿童)
 * @param migrant  whether the student is a migrant child (进城务工人员随迁子女)
 * @param disability  the type of disability (残疾人类型), not null
 * @param inclusiveClass  the inclusive-class value (随班就读), not null
 */
public record StudentDetails(String name, Sex sex, LocalDate birthDate, String birthplace,
        String nativePlace, Ethnicity ethnicity, String nationality,
        OverseasChineseStatus overseasStatus, HealthStatus health, String householdPlace,
        HouseholdType householdType, YearMonth entryMonth, AttendanceMode attendanceMode,
        StudentSource source, String address, String phone, boolean onlyChild,
        boolean leftBehind, boolean migrant, Disability disability,
        InclusiveClass inclusiveClass) {

    /**
     * Creates the details.
     *
     * @throws NullPointerException if a value other than a flag is null
     * @throws IllegalArgumentException if the name is blank
     * @throws RegistryException with {@link ErrorCode#INVALID_VALUE} if a text is longer than the
     *     form allows (name 50, nationality 40, places 100, address 200, phone 20 characters) or
     *     holds control or invisible characters
     */
    public StudentDetails {
        requireNonNull(name, "name");
        requireNonNull(sex, "sex");
        requireNonNull(birthDate, "birthDate");
        requireNonNull(birthplace, "birthplace");
        requireNonNull(nativePlace, "nativePlace");
        requireNonNull(ethnicity, "ethnicity");
        requireNonNull(nationality, "nationality");
        requireNonNull(overseasStatus, "overseasStatus");
        requireNonNull(health, "health");
        requireNonNull(householdPlace, "householdPlace");
        requireNonNull(householdType, "householdType");
        requireNonNull(entryMonth, "entryMonth");
        requireNonNull(attendanceMode, "attendanceMode");
        requireNonNull(source, "source");
        requireNonNull(address, "address");
        requireNonNull(phone, "phone");
        requireNonNull(disability, "disability");
        requireNonNull(inclusiveClass, "inclusiveClass");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        name = Texts.required(name, "姓名", "name", 50);
        birthplace = Texts.optional(birthplace, "出生地", "birthplace", 100);
        nativePlace = Texts.optional(nativePlace, "籍贯", "native place", 100);
        nationality = Texts.optional(nationality, "国籍/地区", "nationality", 40);
        householdPlace = Texts.optional(householdPlace, "户口所在地", "household place", 100);
        address = Texts.optional(address, "现住址", "address", 200);
        phone = Texts.optional(phone, "联系电话", "phone", 20);
    }
}
