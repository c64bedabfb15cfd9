package org.xueji.registry.code;

import static org.xueji.registry.code.SchoolStage.JUNIOR;
import static org.xueji.registry.code.SchoolStage.PRIMARY;
import static org.xueji.registry.code.SchoolStage.SENIOR;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;

/**
 * A school's category (学校类别), as the national education statistics code it, limited to the
 * primary, secondary and special-education schools the registry serves.
 *
 * <p>Each category knows the stages it teaches and the two-digit type code that begins the
 * school identifier (学校标识码) of its schools: 21 for primary schools and teaching points,
 * 31 for junior schools including nine-year schools, 34 for senior schools including complete
 * and twelve-year schools, 51 for special-education schools.
 */
@CodeTableName("学校类别")
public enum SchoolCategory implements CodeTable {
    /** 小学, primary school, code 211. */
    PRIMARY_SCHOOL("211", "小学", "21", Sets.immutableEnumSet(PRIMARY)),
    /** 小学教学点, primary teaching point, code 218. */
    PRIMARY_TEACHING_POINT("218", "小学教学点", "21", Sets.immutableEnumSet(PRIMARY)),
    /** 初级中学, junior secondary school, code 311. */
    JUNIOR_SECONDARY_SCHOOL("311", "初级中学", "31", Sets.immutableEnumSet(JUNIOR)),
    /** 九年一贯制学校, nine-year school (primary and junior), code 312. */
    NINE_YEAR_SCHOOL("312", "九年一贯制学校", "31", Sets.immutableEnumSet(PRIMARY, JUNIOR),
            "九年一贯制"),
    /** 完全中学, complete secondary school (junior and senior), code 341. */
    COMPLETE_SECONDARY_SCHOOL("341", "完全中学", "34", Sets.immutableEnumSet(JUNIOR, SENIOR)),
    /** 高级中学, senior secondary school, code 342. */
    SENIOR_SECONDARY_SCHOOL("342", "高级中学", "34", Sets.immutableEnumSet(SENIOR)),
    /** 十二年一贯制学校, twelve-year school (all three stages), code 345. */
    TWELVE_YEAR_SCHOOL("345", "十二年一贯制学校", "34",
            Sets.immutableEnumSet(PRIMARY, JUNIOR, SENIOR), "十二年一贯制"),
    /** 盲人学校, school for the blind, code 511. */
    SCHOOL_FOR_THE_BLIND("511", "盲人学校", "51", Sets.immutableEnumSet(PRIMARY, JUNIOR),
            "盲人"),
    /** 聋人学校, school for the deaf, code 512. */
    SCHOOL_FOR_THE_DEAF("512", "聋人学校", "51", Sets.immutableEnumSet(PRIMARY, JUNIOR),
            "聋人"),
    /** 培智学校, school for children with intellectual disabilities, code 513. */
    SCHOOL_FOR_INTELLECTUAL_DISABILITIES("513", "培智学校", "51",
            Sets.immutableEnumSet(PRIMARY, JUNIOR), "培智"),
    /** 其他特殊教育学校, other special-education school, code 514. */
    OTHER_SPECIAL_EDUCATION_SCHOOL("514", "其他特殊教育学校", "51",
            Sets.immutableEnumSet(PRIMARY, JUNIOR), "其他特殊教育");

    private final String code;
    private final String chineseName;
    private final String identifierTypeCode;
    private final ImmutableSet<SchoolStage> stages;
    private final List<String> aliases;

    SchoolCategory(String code, String chineseName, String identifierTypeCode,
            ImmutableSet<SchoolStage> stages, String... aliases) {
        this.code = code;
        this.chineseName = chineseName;
        this.identifierTypeCode = identifierTypeCode;
        this.stages = stages;
        this.aliases = List.of(aliases);
    }

    /**
     * Finds the category a code, name or alias denotes.
     *
     * @param codeOrName  the code, such as {@code 211}, or the name, not null
     * @return the category, not null
     * @throws UnknownCodeException if the text denotes no category
     */
    public static SchoolCategory parse(CharSequence codeOrName) {
        return CodeTables.parse(SchoolCategory.class, codeOrName);
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
     * Returns the stages a school of this category teaches, in the order of schooling.
     *
     * @return the stages, immutable, never empty
     */
    public Set<SchoolStage> stages() {
        return stages;
    }

    /**
     * Tells whether a school of this category teaches a stage.
     *
     * @param stage  the stage, not null
     * @return true if the category includes the stage
     */
    public boolean teaches(SchoolStage stage) {
        return stages.contains(stage);
    }

    /**
     * Returns the two-digit type code that begins the school identifier (学校标识码) of a school
     * of this category: 21, 31, 34 or 51.
     *
     * @return the type code, not null
     */
    public String identifierTypeCode() {
        return identifierTypeCode;
    }

    /**
     * Tells whether this is a special-education school (特殊教育学校), codes 511 to 514.
     *
     * @return true for special-education schools
     */
    public boolean isSpecialEducation() {
        return "51".equals(identifierTypeCode);
    }
}
