package org.xueji.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.excel.ImportFixture.GRADE_ONE;
import static org.xueji.registry.excel.ImportFixture.PRIMARY;
import static org.xueji.registry.excel.ImportFixture.header;
import static org.xueji.registry.excel.ImportFixture.validRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueji.registry.excel.WorkbookException.Reason;
import org.xueji.registry.student.RegistrationStatus;

class ImportHostileFileTest {

    @TempDir
    Path directory;

    private final ImportFixture fixture = new ImportFixture();

    @Test
    void aTruncatedFileImportsNothing() throws IOException {
        byte[] bytes = Files.readAllBytes(validWorkbook(40));
        Path cut = Files.write(directory.resolve("cut.xlsx"),
                Arrays.copyOf(bytes, bytes.length * 3 / 4));

        assertRefused(cut, ImportOptions.defaults().withChunkSize(1), Reason.TRUNCATED);
    }

    @Test
    void aSheetOverTheRowLimitImportsNothing() throws IOException {
        Path file = validWorkbook(8);

        assertRefused(file, ImportOptions.defaults().withChunkSize(1)
                .withLimits(ReaderLimits.defaults().withMaxRows(5)), Reason.TOO_MANY_ROWS);
    }

    @Test
    void anEncryptedWorkbookImportsNothing() throws IOException {
        Path file = directory.resolve("encrypted.xlsx");
        try (POIFSFileSystem filesystem = new POIFSFileSystem()) {
            filesystem.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            filesystem.createDocument(new ByteArrayInputStream(new byte[4096]),
                    "EncryptedPackage");
            try (OutputStream out = Files.newOutputStream(file)) {
                filesystem.writeFilesystem(out);
            }
        }

        assertRefused(file, ImportOptions.defaults(), Reason.ENCRYPTED);
    }

    @Test
    void anEntityExpansionImportsNothing() throws IOException {
        String lol = "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;"
                + "&a;&a;&a;&a;\">]>";
        Path file = TestPackages.create().sharedStrings("")
                .part("xl/sharedStrings.xml", lol + "<sst><si><t>&b;</t></si></sst>")
                .sheet("S", "<sheetData/>").write(directory);

        assertRefused(file, ImportOptions.defaults(), Reason.DOCTYPE);
    }

    @Test
    void aZipBombImportsNothing() throws IOException {
        StringBuilder rows = new StringBuilder("<sheetData>");
        String padding = "a".repeat(1 << 16);
        for (int r = 1; r <= 200; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r)
                    .append("\" t=\"inlineStr\"><is><t>").append(padding)
                    .append("</t></is></c></row>");
        }
        Path file = TestPackages.create().sheet("S", rows.append("</sheetData>").toString())
                .write(directory);

        assertRefused(file, ImportOptions.defaults().withLimits(ReaderLimits.defaults()
                .withMaxEntryBytes(4L << 20)), Reason.ZIP_BOMB);
    }

    private Path validWorkbook(int rows) throws IOException {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(header());
        for (int i = 0; i < rows; i++) {
            sheet.add(validRow("学生" + i, i));
        }
        return TestSheets.xlsx(directory.resolve("valid-" + rows + ".xlsx"), sheet);
    }

    private void assertRefused(Path file, ImportOptions options, Reason reason) {
        assertThatThrownBy(() -> NewStudentImport.importInto(fixture.registry, fixture.school,
                PRIMARY, GRADE_ONE, file, options))
                .isInstanceOfSatisfying(WorkbookException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(fixture.registry.enrollment().list(fixture.school, PRIMARY,
                RegistrationStatus.COLLECTED)).isEmpty();
        assertThat(fixture.storage.events().published()).noneMatch(event ->
                event.getClass().getSimpleName().equals("StudentCollected"));
    }
}
