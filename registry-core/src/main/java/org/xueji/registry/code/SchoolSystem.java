package org.xueji.registry.code;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.util.List;

/**
 * The school system (学制) of compulsory education: how its nine grades divide between primary
 * and junior school.
 *
 * <p>Under the six-three system (六三制) primary school has grades 1 to 6 and junior school grades
 * 7 to 9; under the five-four system (五四制) primary school has grades 1 to 5 and junior school
 * grades 6 to 9. Senior school has three years in both and the registry numbers them as grades
 * 10 to 12 (高一 to 高三), so that a grade from 1 to 12 names a year of schooling whatever the
 * system.
 *
 * <p>The national forms write the system by name. The codes 63 and 54 (primary years, then junior
 * years) are the registry's own.
 */
@CodeTableName("学制")
public enum SchoolSystem implements CodeTable {
    /** 六三制: six years of primary school, three of junior school; code 63. */
    SIX_THREE("63", "六三制", 6, "六三"),
    /** 五四制: five years of primary school, four of junior school; code 54. */
    FIVE_FOUR("54", "五四制", 5, "五四");

    /** The first grade of schooling, grade 1 of primary school. */
    public static final int FIRST_GRADE = 1;
    /** The last grade of schooling, grade 3 of senior school. */
    public static final int LAST_GRADE = 12;

    private static final int COMPULSORY_YEARS = 9;
    private static final int SENIOR_YEARS = 3;

    private final String code;
    private final String chineseName;
    private final int primaryYears;
    private final List<String> aliases;

    SchoolSystem(String code, String chineseName, int primaryYears, String... aliases) {
        this.code = code;
        this.chineseName = chineseName;
        this.primaryYears = primaryYears;
        this.aliases = List.of(aliases);
    }

    /**
     * Finds the system a code, name or alias denotes.
     *
     * @param codeOrName  the code, such as {@code 63}, or the name, such as {@code 六三制}, not null
     * @return the system, not null
     * @throws UnknownCodeException if the text denotes no system
     */
    public static SchoolSystem parse(CharSequence codeOrName) {
        return CodeTables.parse(SchoolSystem.class, codeOrName);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Returns how many years a stage lasts under this system: primary 6 or 5, junior 3 or 4,
     * senior 3.
     *
     * @param stage  the stage, not null
     * @return the number of years, from 3 to 6
     */
    public int yearsOf(SchoolStage stage) {
        switch (requireNonNull(stage, "stage")) {
            case PRIMARY:
                return primaryYears;
            case JUNIOR:
                return COMPULSORY_YEARS - primaryYears;
            default:
                return SENIOR_YEARS;
        }
    }

    /**
     * Returns the first grade of a stage under this system: primary 1, junior 7 or 6, senior 10.
     *
     * @param stage  the stage, not null
     * @return the grade, from 1 to 10
     */
    public int firstGrade(SchoolStage stage) {
        switch (requireNonNull(stage, "stage")) {
            case PRIMARY:
                return FIRST_GRADE;
            case JUNIOR:
                return primaryYears + 1;
            default:
                return COMPULSORY_YEARS + 1;
        }
    }

    /**
     * Returns the last grade of a stage under this system: primary 6 or 5, junior 9, senior 12.
     *
     * @param stage  the stage, not null
     * @return the grade, from 5 to 12
     */
    public int lastGrade(SchoolStage stage) {
        return firstGrade(stage) + yearsOf(stage) - 1;
    }

    /**
     * Returns the stage a grade belongs to under this system.
     *
     * @param grade  the grade, from 1 to 12
     * @return the stage, not null
     * @throws IllegalArgumentException if the grade is outside 1 to 12
     */
    public SchoolStage stageOf(int grade) {
        checkGrade(grade);
        if (grade <= primaryYears) {
            return SchoolStage.PRIMARY;
        }
        return grade <= COMPULSORY_YEARS ? SchoolStage.JUNIOR : SchoolStage.SENIOR;
    }

    /**
     * Returns the year within its stage that a grade is under this system: grade 7 is junior
     * year 1 under 六三制 and junior year 2 under 五四制; grade 10 is senior year 1 (高一).
     *
     * @param grade  the grade, from 1 to 12
     * @return the year within the stage, from 1 to 6
     * @throws IllegalArgumentException if the grade is outside 1 to 12
     */
    public int yearInStage(int grade) {
        return grade - firstGrade(stageOf(grade)) + 1;
    }

    /**
     * Tells whether a grade is the entry grade (起始年级) of its stage under this system, the grade
     * in which new students arrive: 1, 7 or 6, and 10.
     *
     * @param grade  the grade, from 1 to 12
     * @return true for the first grade of a stage
     * @throws IllegalArgumentException if the grade is outside 1 to 12
     */
    public boolean isEntryGrade(int grade) {
        return grade == firstGrade(stageOf(grade));
    }

    /**
     * Tells whether a grade is the final grade (毕业年级) of its stage under this system, the grade
     * whose students graduate from the stage: 6 or 5, 9, and 12.
     *
     * @param grade  the grade, from 1 to 12
     * @return true for the last grade of a stage
     * @throws IllegalArgumentException if the grade is outside 1 to 12
     */
    public boolean isFinalGrade(int grade) {
        return grade == lastGrade(stageOf(grade));
    }

    private static void checkGrade(int grade) {
        Preconditions.checkArgument(grade >= FIRST_GRADE && grade <= LAST_GRADE,
                "grade must be from 1 to 12: %s", grade);
    }
}
