package org.xueji.registry.audit;

/**
 * What an audited operation did or tried to do. The names are stable codes for stored trails.
 */
public enum AuditAction {
    /** Read a registry authority. */
    VIEW_AUTHORITY("查看学籍主管单位"),
    /** Created a registry authority. */
    CREATE_AUTHORITY("创建学籍主管单位"),
    /** Changed a registry authority's profile. */
    UPDATE_AUTHORITY("修改学籍主管单位"),
    /** Read a school or listed its branch schools. */
    VIEW_SCHOOL("查看学校"),
    /** Created a school and its administrator account. */
    CREATE_SCHOOL("创建学校"),
    /** Added a branch school under a district central school. */
    ADD_BRANCH_SCHOOL("添加分校"),
    /** Changed a school's profile. */
    UPDATE_SCHOOL("修改学校信息"),
    /** Changed a school's approved scale (classes per grade). */
    APPROVE_SCALE("核定办学规模"),
    /** Read a class or listed a school's classes. */
    VIEW_CLASS("查看班级"),
    /** Created a class. */
    CREATE_CLASS("创建班级"),
    /** Changed a class's profile. */
    UPDATE_CLASS("修改班级信息"),
    /** Read a student or listed students. */
    VIEW_STUDENT("查看学生"),
    /** Collected a new student (新生信息采集). */
    COLLECT_STUDENT("采集新生信息"),
    /** Stored a student's photo. */
    STORE_PHOTO("上传学生照片"),
    /** Submitted a collected student for review (提交审核). */
    SUBMIT_STUDENT("提交新生审核"),
    /** Approved a submitted student, who became registered (审核通过). */
    APPROVE_STUDENT("审核通过新生学籍"),
    /** Returned a submitted student to the school with a reason (退回). */
    RETURN_STUDENT("退回新生学籍"),
    /** Added an entry to a student's records kept without review. */
    ADD_STUDENT_RECORD("添加学生档案记录"),
    /** Read a student's records kept without review. */
    VIEW_STUDENT_RECORDS("查看学生档案记录"),
    /** Read the problem queue. */
    VIEW_PROBLEMS("查看问题学籍"),
    /** Read the statistics of a scope (统计报表). */
    VIEW_STATISTICS("查看统计报表"),
    /** Exported students in the national exchange layout (导出国家学籍数据). */
    EXPORT_STUDENTS("导出国家学籍数据"),
    /**
     * Replaced a student's registry number with the one the national system issued, such as a
     * temporary L number by a G number (学籍号变更).
     */
    REPLACE_REGISTRY_NUMBER("变更学籍号"),
    /** Put a problem flagged by the national system on the problem queue. */
    RECORD_NATIONAL_PROBLEM("登记全国系统反馈问题"),
    /** Applied for a student change (学籍变动申请). */
    APPLY_CHANGE("申请学籍变动"),
    /** Approved a step of a change case. */
    APPROVE_CHANGE("审核通过学籍变动"),
    /** Returned a change case to its applicant with a reason. */
    RETURN_CHANGE("退回学籍变动申请"),
    /** Resubmitted a returned change case. */
    RESUBMIT_CHANGE("重新提交学籍变动申请"),
    /** Withdrew a change case (撤销). */
    WITHDRAW_CHANGE("撤销学籍变动申请"),
    /** Applied a completed change case to the student's record. */
    COMPLETE_CHANGE("办结学籍变动"),
    /** Read a change case or an inbox of change cases. */
    VIEW_CHANGE("查看学籍变动申请"),
    /** Moved a student to another class of the same school (调班). */
    CHANGE_CLASS("调班"),
    /** Edited a student's data other than key data. */
    EDIT_STUDENT("修改学生信息"),
    /** Marked a senior student who did not resume in time as withdrawn. */
    DEEM_WITHDRAWN("逾期未复学视为退学"),
    /** Read a student's full history. */
    VIEW_STUDENT_HISTORY("查看学籍历史"),
    /** Resolved an entry of the problem queue. */
    RESOLVE_PROBLEM("处理问题学籍"),
    /** Scanned an area's records for the problem queue (排查问题学籍). */
    SCAN_PROBLEMS("排查问题学籍"),
    /** Deleted a student's record while resolving the problem queue (删除学籍). */
    DELETE_STUDENT("删除学籍"),
    /** Recorded a compulsory-education student's graduation (毕业登记). */
    RECORD_GRADUATION("办理毕业"),
    /** Submitted a senior-high student's graduation for approval (提交毕业审核). */
    SUBMIT_GRADUATION("提交毕业审核"),
    /** Approved a senior-high student's graduation (毕业审核通过). */
    APPROVE_GRADUATION("审核通过毕业"),
    /** Returned a senior-high student's graduation to the school (退回毕业审核). */
    RETURN_GRADUATION("退回毕业审核"),
    /** Started or resumed the school-year rollover (学年升级). */
    RUN_ROLLOVER("执行学年升级"),
    /** Kept a student's grade across the rollover (保留年级). */
    KEEP_GRADE("学年升级保留年级"),
    /** Completed the school-year rollover: the calendar moved into the new year. */
    COMPLETE_ROLLOVER("完成学年升级");

    private final String chineseName;

    AuditAction(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * Returns the Chinese name of this action, for messages and reports.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }
}
