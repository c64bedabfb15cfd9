package org.xueji.registry.identity;

import java.util.Optional;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.code.Sex;

/**
 * How a province forms regional student numbers (地区学号): the prefix a student's serial is
 * allocated under, and the layout a number is parsed and checked by. Anhui's layout,
 * {@link AnhuiRegionalNumberScheme}, is the default; a province with another layout supplies
 * its own implementation.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface RegionalNumberScheme {

    /**
     * Computes the prefix under which a student's serial is allocated.
     *
     * @param county  the county-level division of the school, not null
     * @param stageEntryYear  the year the student entered the stage, such as 2025
     * @param districtCode  the code of the school district's central school, 0 to 999
     * @param stage  the stage the student enters, not null
     * @param sex  the student's sex, not null
     * @param transferredFromOtherProvince  whether the student came from another province
     * @return the prefix, not null
     * @throws IllegalArgumentException if a value is out of the scheme's range
     */
    RegionalNumberPrefix prefix(DivisionCode county, int stageEntryYear, int districtCode,
            SchoolStage stage, Sex sex, boolean transferredFromOtherProvince);

    /**
     * Returns what is wrong with a text as a number of this scheme, without throwing.
     *
     * @param text  the text, null counts as {@link RegionalNumberProblem#BLANK}
     * @return the problem {@link #parse} would report, empty if the text is valid
     */
    Optional<RegionalNumberProblem> check(CharSequence text);

    /**
     * Parses a number of this scheme.
     *
     * @param text  the number, not null
     * @return the number, not null
     * @throws InvalidRegionalNumberException if the text is not a valid number
     */
    RegionalStudentNumber parse(CharSequence text);
}
