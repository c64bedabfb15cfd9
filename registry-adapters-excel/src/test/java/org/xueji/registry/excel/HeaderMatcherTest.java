package org.xueji.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

class HeaderMatcherTest {

    private static final HeaderMatcher MATCHER = HeaderMatcher.of(List.of(
            ColumnDefinition.required("name", "姓名", "学生姓名"),
            ColumnDefinition.required("identity", "身份证件号", "身份证号", "证件号码", "身份证号码",
                    "身份证件号码"),
            ColumnDefinition.required("birthDate", "出生日期"),
            ColumnDefinition.optional("ethnicity", "民族")));

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0} is the identity column")
    @ValueSource(strings = {"身份证件号", "身份证号", "证件号码", "*身份证号码", "身份证件号码（必填）",
        " 身份证\n件号 ", "＊身份证件号", "身份证件号【18位】(必填)", "身份证件号\u3000"})
    void matchesVariantsOfAColumnName(String header) {
        assertThat(HeaderMatcher.normalise(header)).isIn("身份证件号", "身份证号", "证件号码",
                "身份证号码", "身份证件号码");
    }

    @Test
    void findsTheHeaderBelowTitlesAndNotesAndReadsEachRowOnce() throws IOException {
        Path file = TestPackages.create().sheet("新生", "<sheetData>"
                + row(1, "2025年秋季一年级新生信息采集表")
                + row(2, "说明：带*的为必填项", "", "姓名不能为空")
                + row(4, "民族", "*姓名", "身份证号（必填）", "出生日期", "家庭住址")
                + row(5, "汉族", "张三", "11010120190101123X", "2019-01-01")
                + row(30, "回族", "李四", "110101201902021234", "2019-02-02")
                + "</sheetData>").write(directory);

        try (WorkbookReader reader = WorkbookReader.open(file); SheetRows rows = reader.sheet(0)) {
            HeaderMatcher.LocatedHeader located = MATCHER.locate(rows);
            HeaderMatch match = located.match().requireComplete();

            assertThat(match.rowNumber()).isEqualTo(4);
            assertThat(match.columnOf("identity")).hasValue(2);
            assertThat(match.columnOf("ethnicity")).hasValue(0);
            assertThat(match.headerOf(2)).isEqualTo("身份证号(必填)");
            assertThat(match.unknownColumns()).containsExactly(java.util.Map.entry(4, "家庭住址"));
            List<Integer> data = new ArrayList<>();
            located.dataRows().forEachRemaining(row -> data.add(row.rowNumber()));
            assertThat(data).containsExactly(5, 30);
        }
    }

    @Test
    void listsEveryMissingRequiredColumn() {
        HeaderMatch match = MATCHER.match(List.of(rowOf(1, "姓名", "民族", "备注")), "新生");

        assertThat(match.isComplete()).isFalse();
        assertThat(match.missingRequired()).containsExactly("身份证件号", "出生日期");
        assertThatThrownBy(match::requireComplete)
                .isInstanceOfSatisfying(RegistryException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.MISSING_COLUMNS))
                .hasMessageContaining("身份证件号、出生日期");
    }

    @Test
    void saysSoWhenNoRowLooksLikeTheHeader() {
        HeaderMatch match = MATCHER.match(List.of(rowOf(1, "甲", "乙")), "Sheet1");

        assertThat(match.isFound()).isFalse();
        assertThatThrownBy(match::requireComplete).hasMessageContaining("没有找到表头行");
    }

    @Test
    void usesTheFirstOfTwoColumnsWithTheSameMeaning() {
        HeaderMatch match = MATCHER.match(
                List.of(rowOf(1, "姓名", "身份证号", "出生日期", "证件号码")), "S");

        assertThat(match.columnOf("identity")).hasValue(1);
        assertThat(match.duplicateColumns()).containsOnlyKeys(3);
    }

    @Test
    void refusesDefinitionsWhoseNamesCollide() {
        assertThatThrownBy(() -> HeaderMatcher.of(List.of(
                ColumnDefinition.required("a", "证件号码"),
                ColumnDefinition.required("b", "证件号码（必填）"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesAllRowsWhenNoHeaderIsFound() {
        List<Row> rows = List.of(rowOf(1, "甲"), rowOf(2, "乙"));
        SheetRows sheet = sheetOf(rows);

        Iterator<Row> data = MATCHER.locate(sheet).dataRows();

        assertThat(data.next().rowNumber()).isEqualTo(1);
        assertThat(data.next().rowNumber()).isEqualTo(2);
        assertThat(data.hasNext()).isFalse();
    }

    private static SheetRows sheetOf(List<Row> rows) {
        Iterator<Row> iterator = rows.iterator();
        return new SheetRows() {
            @Override
            public String sheetName() {
                return "S";
            }

            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public Row next() {
                return iterator.next();
            }

            @Override
            public void close() {
                // Nothing to release: the rows are in memory.
            }
        };
    }

    private static Row rowOf(int number, String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            cells.add(Cell.ofString(number, i, texts[i], false));
        }
        return Row.of("S", number, cells);
    }

    private static String row(int number, String... texts) {
        StringBuilder xml = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isEmpty()) {
                xml.append("<c r=\"").append(Cell.columnName(i)).append(number)
                        .append("\" t=\"inlineStr\"><is><t>").append(texts[i])
                        .append("</t></is></c>");
            }
        }
        return xml.append("</row>").toString();
    }
}
