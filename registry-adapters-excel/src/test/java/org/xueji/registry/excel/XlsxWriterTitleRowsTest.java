package org.xueji.registry.excel;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTitleRowsTest {

    @TempDir
    Path directory;

    @Test
    void titleRowsComeAboveTheHeaderAndTheViewFreezesBelowIt() throws IOException {
        Path file = directory.resolve("titled.xlsx");
        try (XlsxWriter writer = XlsxWriter.create(file)) {
            writer.sheet("表", List.of("学生数统计表", "统计日期：2025-09-19"),
                    List.of(ColumnSpec.of("学校"), ColumnSpec.of("人数"))).row(List.of("一小", 45));
        }

        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("学生数统计表");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle()
                    .getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("2025-09-19");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("人数");
            assertThat(sheet.getRow(2).getCell(1).getAddress().formatAsString()).isEqualTo("B3");
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(45);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) 3);
        }
        List<Row> rows = XlsxReaderTest.rows(file);
        assertThat(rows).extracting(Row::rowNumber).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(2).cell(0).text()).isEqualTo("学校");
    }

    @Test
    void headerCellsSitInTheHeaderRowWithoutTitles() throws IOException {
        Path file = directory.resolve("plain.xlsx");
        try (XlsxWriter writer = XlsxWriter.create(file)) {
            writer.sheet("表", List.of(ColumnSpec.of("学校"))).row(List.of("一小"));
        }

        String sheet;
        try (ZipFile zip = new ZipFile(file.toFile());
                InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            sheet = new String(in.readAllBytes(), UTF_8);
        }

        assertThat(sheet).contains("<row r=\"1\"><c r=\"A1\"")
                .contains("<row r=\"2\"><c r=\"A2\"");
    }
}
