package org.xueji.registry.identity;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.code.Sex;

/**
 * Anhui's layout of the regional student number, the default {@link RegionalNumberScheme}:
 * sixteen digits made of the county division code (6), the last two digits of the year the
 * student entered the stage (2), the code of the school district's central school (3), a feature
 * digit (1) and a serial within that prefix from 0001 (4).
 *
 * <p>The feature digit is 1 for a boy and 2 for a girl; for a student transferred in from another
 * province it is 3 or 4 in primary school, 5 or 6 in junior school and 7 or 8 in senior school,
 * boy then girl. Parsing ignores white space and accepts full-width digits; it checks that the
 * county code's first two digits name a province, the feature digit and that the serial is not
 * zero. It does not check that the county or the district code exist.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AnhuiRegionalNumberScheme implements RegionalNumberScheme {

    private static final AnhuiRegionalNumberScheme INSTANCE = new AnhuiRegionalNumberScheme();
    private static final int LENGTH = 16;
    private static final int SERIAL_DIGITS = 4;
    private static final RegionalNumberProblem[] PROBLEMS = RegionalNumberProblem.values();

    private AnhuiRegionalNumberScheme() {
    }

    /**
     * Returns the scheme.
     *
     * @return the scheme, not null
     */
    public static AnhuiRegionalNumberScheme instance() {
        return INSTANCE;
    }

    @Override
    public RegionalNumberPrefix prefix(DivisionCode county, int stageEntryYear,
            int districtCode, SchoolStage stage, Sex sex, boolean transferredFromOtherProvince) {
        requireNonNull(county, "county");
        requireNonNull(stage, "stage");
        requireNonNull(sex, "sex");
        checkArgument(stageEntryYear >= 1900 && stageEntryYear <= 9999,
                "stage entry year %s not in 1900..9999", stageEntryYear);
        checkArgument(districtCode >= 0 && districtCode <= 999,
                "district code %s not in 0..999", districtCode);
        int feature = sex == Sex.MALE ? 1 : 2;
        if (transferredFromOtherProvince) {
            feature += 2 * (stage.ordinal() + 1);
        }
        String digits = county.value() + String.format("%02d%03d%d",
                stageEntryYear % 100, districtCode, feature);
        return RegionalNumberPrefix.of(digits, SERIAL_DIGITS);
    }

    @Override
    public Optional<RegionalNumberProblem> check(CharSequence text) {
        if (text == null) {
            return Optional.of(RegionalNumberProblem.BLANK);
        }
        long result = scan(text);
        return result < 0 ? Optional.of(PROBLEMS[(int) -result - 1]) : Optional.empty();
    }

    @Override
    public RegionalStudentNumber parse(CharSequence text) {
        requireNonNull(text, "text");
        long result = scan(text);
        if (result < 0) {
            throw new InvalidRegionalNumberException(PROBLEMS[(int) -result - 1]);
        }
        String digits = String.format("%016d", result);
        RegionalNumberPrefix prefix = RegionalNumberPrefix.of(
                digits.substring(0, LENGTH - SERIAL_DIGITS), SERIAL_DIGITS);
        return RegionalStudentNumber.of(prefix, (int) (result % 10_000));
    }

    /**
     * Returns the sex a number's feature digit records.
     *
     * @param number  a number of this scheme, not null
     * @return the sex, not null
     */
    public Sex sex(RegionalStudentNumber number) {
        return featureDigit(number) % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Returns the stage a transferred student's feature digit records.
     *
     * @param number  a number of this scheme, not null
     * @return the stage, empty unless the student was transferred in from another province
     */
    public Optional<SchoolStage> transferStage(RegionalStudentNumber number) {
        int feature = featureDigit(number);
        return feature <= 2
                ? Optional.empty()
                : Optional.of(SchoolStage.values()[(feature - 3) / 2]);
    }

    /**
     * Returns the county division code a number starts with.
     *
     * @param number  a number of this scheme, not null
     * @return the county's code, not null
     */
    public DivisionCode county(RegionalStudentNumber number) {
        return DivisionCode.parse(number.prefix().value().substring(0, 6));
    }

    private static int featureDigit(RegionalStudentNumber number) {
        String prefix = number.prefix().value();
        return prefix.charAt(prefix.length() - 1) - '0';
    }

    private static long scan(CharSequence text) {
        int count = 0;
        long digits = 0;
        for (int i = 0, length = text.length(); i < length; i++) {
            int value = Gb11643.fold(text.charAt(i));
            if (value == Gb11643.WHITE_SPACE) {
                continue;
            }
            if (value == Gb11643.INVALID || value == Gb11643.X) {
                return problem(RegionalNumberProblem.CHARACTER);
            }
            if (count == LENGTH) {
                return problem(RegionalNumberProblem.LENGTH);
            }
            digits = digits * 10 + value;
            count++;
        }
        if (count == 0) {
            return problem(RegionalNumberProblem.BLANK);
        }
        if (count != LENGTH) {
            return problem(RegionalNumberProblem.LENGTH);
        }

        if (!DivisionCode.isProvinceLevel((int) (digits / 100_000_000_000_000L))) {
            return problem(RegionalNumberProblem.DIVISION);
        }
        int feature = (int) (digits / 10_000 % 10);
        if (feature < 1 || feature > 8) {
            return problem(RegionalNumberProblem.FEATURE_DIGIT);
        }
        if (digits % 10_000 == 0) {
            return problem(RegionalNumberProblem.SERIAL);
        }
        return digits;
    }

    private static long problem(RegionalNumberProblem problem) {
        return -(problem.ordinal() + 1L);
    }
}
