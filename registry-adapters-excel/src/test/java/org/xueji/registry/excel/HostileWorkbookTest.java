package org.xueji.registry.excel;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.excel.WorkbookException.Reason;

class HostileWorkbookTest {

    @TempDir
    Path directory;

    @Test
    void refusesAZipBombWhileInflatingNotByItsDeclaredSize() throws IOException {
        Path file = directory.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            TestPackages.create().sheet("S", "<sheetData/>").write(OutputStream.nullOutputStream());
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(("<workbook xmlns=\"" + TestPackages.MAIN_NS + "\"><sheets/></workbook>")
                    .getBytes(UTF_8));
            zip.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
            zip.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"s\" Type=\"" + TestPackages.REL_NS
                    + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>")
                    .getBytes(UTF_8));
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write("<sst xmlns=\"x\"><si><t>".getBytes(UTF_8));
            byte[] zeros = new byte[1 << 20];
            Arrays.fill(zeros, (byte) 'a');
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.write("</t></si></sst>".getBytes(UTF_8));
        }
        assertThat(Files.size(file)).isLessThan(1 << 20);

        assertRefused(file, ReaderLimits.defaults().withMaxCellChars(Integer.MAX_VALUE),
                Reason.ZIP_BOMB);
        assertRefused(file, ReaderLimits.defaults().withMaxCellChars(Integer.MAX_VALUE)
                .withMaxCompressionRatio(100_000).withMaxEntryBytes(8L << 20), Reason.ZIP_BOMB);
    }

    @Test
    void refusesADoctypeBeforeExpandingAnyEntity() throws IOException {
        String lol = "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;"
                + "&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
        Path withRel = TestPackages.create()
                .sharedStrings("")
                .part("xl/sharedStrings.xml", lol + "<sst><si><t>&d;</t></si></sst>")
                .sheet("S", "<sheetData/>")
                .write(directory);
        Path inSheet = TestPackages.create()
                .sheet("S", "")
                .part("xl/worksheets/sheet1.xml", "<!DOCTYPE worksheet SYSTEM "
                        + "\"http://127.0.0.1/evil.dtd\"><worksheet/>")
                .write(directory);

        assertRefused(withRel, ReaderLimits.defaults(), Reason.DOCTYPE);
        try (WorkbookReader reader = WorkbookReader.open(inSheet)) {
            assertThatThrownBy(() -> reader.sheet(0))
                    .isInstanceOfSatisfying(WorkbookException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.DOCTYPE));
        }
    }

    @Test
    void refusesAnEncryptedWorkbookAsPasswordProtected() throws IOException {
        Path file = directory.resolve("encrypted.xlsx");
        try (POIFSFileSystem filesystem = new POIFSFileSystem()) {
            filesystem.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            filesystem.createDocument(new ByteArrayInputStream(new byte[4096]),
                    "EncryptedPackage");
            try (OutputStream out = Files.newOutputStream(file)) {
                filesystem.writeFilesystem(out);
            }
        }

        assertRefused(file, ReaderLimits.defaults(), Reason.ENCRYPTED)
                .hasMessageContaining("密码")
                .satisfies(e -> assertThat(((WorkbookException) e).englishMessage())
                        .contains("password-protected"));
    }

    @Test
    void refusesATruncatedWorkbook() throws IOException {
        Path whole = TestPackages.create()
                .sharedStrings("<si><t>张三</t></si>")
                .sheet("S", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                        + "</sheetData>")
                .write(directory);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(directory.resolve("cut.xlsx"),
                Arrays.copyOf(bytes, bytes.length * 2 / 3));
        Path head = Files.write(directory.resolve("head.xlsx"), Arrays.copyOf(bytes, 3));

        assertRefused(cut, ReaderLimits.defaults(), Reason.TRUNCATED);
        assertRefused(head, ReaderLimits.defaults(), Reason.TRUNCATED);
    }

    @Test
    void refusesRandomBytesAndOtherFormatsAsNotAWorkbook() throws IOException {
        byte[] noise = new byte[4096];
        new Random(8).nextBytes(noise);
        Path random = Files.write(directory.resolve("random.xlsx"), noise);
        Path empty = Files.write(directory.resolve("empty.xls"), new byte[0]);
        Path csv = Files.write(directory.resolve("students.xls"), "姓名,性别\n张三,男\n"
                .getBytes(UTF_8));
        Path docx = TestPackages.create().part("word/document.xml", "<document/>")
                .write(directory);
        Files.delete(docx);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(UTF_8));
        }

        assertRefused(random, ReaderLimits.defaults(), Reason.NOT_A_WORKBOOK);
        assertRefused(empty, ReaderLimits.defaults(), Reason.NOT_A_WORKBOOK);
        assertRefused(csv, ReaderLimits.defaults(), Reason.NOT_A_WORKBOOK);
        assertRefused(docx, ReaderLimits.defaults(), Reason.NOT_A_WORKBOOK);
    }

    @Test
    void refusesASheetOverTheRowLimitByItsDimensionBeforeReadingRows() throws IOException {
        Path file = TestPackages.create()
                .sheet("S", "<dimension ref=\"A1:Y2000001\"/><sheetData/>")
                .write(directory);

        try (WorkbookReader reader = WorkbookReader.open(file, ReaderLimits.defaults())) {
            assertThatThrownBy(() -> reader.sheet(0))
                    .isInstanceOfSatisfying(WorkbookException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.TOO_MANY_ROWS));
        }
    }

    @Test
    void refusesASheetThatGrowsOverTheRowLimitWhileReading() throws IOException {
        StringBuilder rows = new StringBuilder("<sheetData>");
        for (int i = 1; i <= 11; i++) {
            rows.append("<row><c><v>").append(i).append("</v></c></row>");
        }
        Path file = TestPackages.create().sheet("新生", rows + "</sheetData>").write(directory);

        try (WorkbookReader reader = WorkbookReader.open(file,
                ReaderLimits.defaults().withMaxRows(10)); SheetRows sheet = reader.sheet(0)) {
            for (int i = 0; i < 10; i++) {
                sheet.next();
            }
            assertThatThrownBy(sheet::hasNext)
                    .isInstanceOfSatisfying(WorkbookException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.TOO_MANY_ROWS))
                    .hasMessageContaining("新生")
                    .hasMessageContaining("10");
        }
    }

    @Test
    void refusesBinaryXlsbWorkbooksAsUnsupported() throws IOException {
        Path file = directory.resolve("book.xlsb");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"r\" Type=\"" + TestPackages.REL_NS
                    + "/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>")
                    .getBytes(UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.bin"));
            zip.write(new byte[16]);
        }

        assertRefused(file, ReaderLimits.defaults(), Reason.UNSUPPORTED);
    }

    @Test
    void refusesBrokenXml() throws IOException {
        Path file = TestPackages.create()
                .sheet("S", "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData>")
                .write(directory);

        assertThatThrownBy(() -> XlsxReaderTest.rows(file))
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
                    assertThat(e.code()).isEqualTo(ErrorCode.UNREADABLE_WORKBOOK);
                });
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Path file,
            ReaderLimits limits, Reason reason) {
        return assertThatThrownBy(() -> {
            try (WorkbookReader reader = WorkbookReader.open(file, limits)) {
                for (int i = 0; i < reader.sheetNames().size(); i++) {
                    try (SheetRows rows = reader.sheet(i)) {
                        rows.forEachRemaining(row -> { });
                    }
                }
            }
        }).isInstanceOfSatisfying(WorkbookException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
