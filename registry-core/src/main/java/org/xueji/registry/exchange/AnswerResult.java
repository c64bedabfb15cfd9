package org.xueji.registry.exchange;

/**
 * What became of one line of the national system's answer.
 */
public enum AnswerResult {
    /** The student's registry number was replaced by the issued one (已变更). */
    REPLACED,
    /** The issued number is the one the student holds (已确认). */
    CONFIRMED,
    /** The student already holds the issued number after an earlier import of the line. */
    ALREADY_APPLIED,
    /** The flagged problem was put on the problem queue (已登记). */
    RECORDED,
    /** The line was refused; the outcome says why (未处理). */
    REFUSED
}
