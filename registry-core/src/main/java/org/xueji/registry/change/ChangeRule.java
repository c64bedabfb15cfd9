package org.xueji.registry.change;

/**
 * The rules a change is checked against when it is applied for or completed; a refusal names
 * the rule that refused.
 */
public enum ChangeRule {
    /** The approval table allows this kind of change for the stage and reach. */
    ALLOWED_ROUTE("审批流程允许该变动"),
    /** The student's registration status allows the change. */
    STATUS("学籍状态允许该变动"),
    /** The student has no open case the new one would compete with. */
    NO_OPEN_CASE("无未办结的变动申请"),
    /** A transfer is applied for at the start of a term. */
    TERM_START("学期初转学"),
    /** A transfer keeps the grade and goes to another school. */
    SAME_GRADE("转学不改变年级"),
    /** A student of a graduating class does not transfer. */
    NOT_GRADUATING("毕业年级不转学"),
    /** The number of suspensions in the stage stays within the limit. */
    SUSPENSION_LIMIT("休学次数限制"),
    /** The class is a real class of the school, suitable for the student. */
    SUITABLE_CLASS("班级适合该学生"),
    /** A grade skip moves one grade up. */
    ONE_GRADE_UP("跳级只升一个年级"),
    /** Corrected key data agree with the identity number. */
    IDENTITY_MATCH("关键信息与身份证件号码一致"),
    /** A corrected identity number is not another student's. */
    UNIQUE_IDENTITY("身份证件号码不与他人重复"),
    /** A date given lies in the past or today. */
    DATE_NOT_FUTURE("日期不晚于今天");

    private final String chineseName;

    ChangeRule(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * Returns the Chinese name of this rule.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }
}
