/**
 * Exchange with the national student registry system (全国中小学生学籍信息管理系统), through
 * {@link org.xueji.registry.exchange.Exchange}.
 *
 * <h2>The exchange file</h2>
 * A CSV file (RFC 4180) in UTF-8 with a byte-order mark, rows ending in CR LF, written and read
 * by {@link org.xueji.registry.exchange.NationalCsv}:
 * <ul>
 *   <li>the first row holds the Chinese headers of the
 *       {@link org.xueji.registry.exchange.NationalField}s, in their order: 学籍号, 地区学号,
 *       学校标识码, 班级, 姓名, 性别码, 出生日期, … , 成员2联系电话;
 *   <li>every further row is one student, a {@link org.xueji.registry.exchange.NationalRecord};
 *   <li>codes of the national code tables, never names; dates {@code yyyyMMdd}; the entry month
 *       {@code yyyyMM}; flags {@code 1} or {@code 0}; an absent value is empty;
 *   <li>a value holding a comma, a double quote or a line break is quoted, its quotes doubled.
 * </ul>
 * Columns are text: a consumer must not let a spreadsheet read {@code 01} as a number.
 *
 * <h2>The change feed</h2>
 * The outbox of domain events is read back through the
 * {@link org.xueji.registry.spi.EventFeed} port by position. A consumer keeps the cursor of the
 * last {@link org.xueji.registry.exchange.ChangeBatch} it delivered and polls with it; each
 * event is read by one poll only, so each change is sent once and none is missed. Events about
 * a student ({@link org.xueji.registry.event.StudentEvent}) put the student's current record in
 * the batch once, however often it changed.
 *
 * <h2>Answers</h2>
 * Registry numbers issued or confirmed ({@link org.xueji.registry.exchange.IssuedNumber}) and
 * nationally flagged problems ({@link org.xueji.registry.exchange.NationalProblem}) are applied
 * line by line with one {@link org.xueji.registry.exchange.AnswerOutcome} each; re-importing an
 * answer changes nothing.
 */
package org.xueji.registry.exchange;
