package org.xueji.registry.excel;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.excel.ImportFixture.GRADE_ONE;
import static org.xueji.registry.excel.ImportFixture.PRIMARY;
import static org.xueji.registry.excel.ImportFixture.header;
import static org.xueji.registry.excel.ImportFixture.validRow;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Assertions;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.exchange.NationalField;
import org.xueji.registry.exchange.NationalRecord;
import org.xueji.registry.student.RegistrationStatus;

/**
 * Fuzzes the import with broken copies of a valid new-student workbook: bytes of the file
 * flipped, the file cut short, bytes of one inflated part replaced before zipping it again, a
 * part duplicated or left out. Whatever the damage, a dry run either reports every row it read
 * as accepted or refused with its problems, or refuses the file with a
 * {@link WorkbookException} (or, when the damage hit the header, with the documented
 * {@link ErrorCode#MISSING_COLUMNS}); no other exception escapes, and none hangs. The same
 * damage done to a national export written by {@link NationalExportWorkbook} reads back or fails
 * as a {@link WorkbookException} or an invalid exchange file.
 */
class FuzzedWorkbookProperties {

    private static final int ROWS = 6;
    private static final Duration HANG = Duration.ofSeconds(60);
    private static final byte[] INTERESTING = "<>/\"'=&;:0123456789AZaz \u00ff\u0000-#."
            .getBytes(ISO_8859_1);

    private static Path directory;
    private static byte[] xlsx;
    private static byte[] xls;
    private static byte[] national;
    private static ImportFixture fixture;

    @BeforeContainer
    static void writeTheValidWorkbooks() throws IOException {
        directory = Files.createTempDirectory("xueji-fuzz");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header());
        for (int i = 0; i < ROWS; i++) {
            rows.add(validRow("学生" + i, i));
        }
        xlsx = Files.readAllBytes(TestSheets.xlsx(directory.resolve("valid.xlsx"), rows));
        xls = Files.readAllBytes(TestSheets.xls(directory.resolve("valid.xls"), rows));
        fixture = new ImportFixture();
        List<NationalRecord> records = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            List<String> values = new ArrayList<>();
            for (NationalField field : NationalField.values()) {
                values.add(field.ordinal() % 4 == 0 ? "" : i + "=" + field.header());
            }
            records.add(NationalRecord.ofRow(values));
        }
        Path file = directory.resolve("national.xlsx");
        NationalExportWorkbook.write(records, file);
        national = Files.readAllBytes(file);
    }

    @AfterContainer
    static void deleteDirectory() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    @Property(tries = 400, shrinking = ShrinkingMode.OFF)
    void aDamagedWorkbookIsReportedRowByRowOrRefusedAsAWorkbook(
            @ForAll("damage") Damage damage, @ForAll long seed) throws IOException {
        byte[] broken = damage.apply(seed);
        Path file = Files.write(directory.resolve("fuzz-" + damage + ".bin"), broken);

        try {
            Assertions.assertTimeoutPreemptively(HANG, () -> checkDryRun(file),
                    () -> damage + " with seed " + seed + " did not finish");
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 200, shrinking = ShrinkingMode.OFF)
    void aDamagedNationalExportReadsBackOrIsRefused(@ForAll("damage") Damage damage,
            @ForAll long seed) throws IOException {
        byte[] broken = damage.damage(national, new Random(seed));
        Path file = Files.write(directory.resolve("national-" + damage + ".bin"), broken);

        try {
            Assertions.assertTimeoutPreemptively(HANG, () -> checkNationalRead(file),
                    () -> damage + " with seed " + seed + " did not finish");
        } finally {
            Files.delete(file);
        }
    }

    private static void checkNationalRead(Path file) {
        try {
            assertThat(NationalExportWorkbook.read(file)).hasSizeLessThanOrEqualTo(ROWS);
        } catch (WorkbookException e) {
            assertThat(e.englishMessage()).isNotBlank();
        } catch (RegistryException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_EXCHANGE_FILE);
        }
    }

    private static void checkDryRun(Path file) {
        ImportReport report;
        try {
            report = NewStudentImport.dryRun(fixture.registry, fixture.school, PRIMARY,
                    GRADE_ONE, file);
        } catch (WorkbookException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.englishMessage()).isNotBlank();
            return;
        } catch (RegistryException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.MISSING_COLUMNS);
            return;
        }
        long counted = 0;
        for (RowOutcome outcome : RowOutcome.values()) {
            counted += report.count(outcome);
        }
        assertThat(counted).isEqualTo(report.rows());
        assertThat(report.problemCount()).isGreaterThanOrEqualTo(report.refused());
        assertThat(fixture.registry.enrollment().list(fixture.school, PRIMARY,
                RegistrationStatus.COLLECTED)).isEmpty();
    }

    @Provide
    Arbitrary<Damage> damage() {
        return Arbitraries.of(Damage.values());
    }

    /** The ways a test damages a workbook, each driven by a seed. */
    enum Damage {
        FLIPPED_BYTES {
            @Override
            byte[] damage(byte[] zip, Random random) {
                return flip(zip.clone(), random);
            }
        },
        FLIPPED_XLS_BYTES {
            @Override
            byte[] damage(byte[] zip, Random random) {
                return flip(xls.clone(), random);
            }
        },
        TRUNCATED {
            @Override
            byte[] damage(byte[] zip, Random random) {
                byte[] source = random.nextInt(4) == 0 ? xls : zip;
                return Arrays.copyOf(source, random.nextInt(source.length));
            }
        },
        DAMAGED_PART {
            @Override
            byte[] damage(byte[] zip, Random random) {
                Map<String, byte[]> parts = unzip(zip);
                List<String> names = new ArrayList<>(parts.keySet());
                String name = names.get(random.nextInt(names.size()));
                byte[] part = parts.get(name).clone();
                int changes = 1 + random.nextInt(8);
                for (int i = 0; i < changes && part.length > 0; i++) {
                    part[random.nextInt(part.length)] =
                            INTERESTING[random.nextInt(INTERESTING.length)];
                }
                parts.put(name, part);
                return zip(parts, null);
            }
        },
        DAMAGED_SHEET {
            @Override
            byte[] damage(byte[] zip, Random random) {
                Map<String, byte[]> parts = unzip(zip);
                List<String> names = parts.keySet().stream().filter(name -> name.contains(
                        "worksheets/") || name.contains("sharedStrings")).toList();
                String name = names.get(random.nextInt(names.size()));
                byte[] part = parts.get(name).clone();
                int changes = 1 + random.nextInt(4);
                for (int i = 0; i < changes; i++) {
                    int at = random.nextInt(part.length);
                    if (random.nextBoolean()) {
                        part[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                    } else {
                        part[at] = (byte) random.nextInt(256);
                    }
                }
                parts.put(name, part);
                return zip(parts, null);
            }
        },
        DUPLICATED_PART {
            @Override
            byte[] damage(byte[] zip, Random random) {
                Map<String, byte[]> parts = unzip(zip);
                List<String> names = new ArrayList<>(parts.keySet());
                return zip(parts, names.get(random.nextInt(names.size())));
            }
        },
        REMOVED_PART {
            @Override
            byte[] damage(byte[] zip, Random random) {
                Map<String, byte[]> parts = unzip(zip);
                List<String> names = new ArrayList<>(parts.keySet());
                parts.remove(names.get(random.nextInt(names.size())));
                return zip(parts, null);
            }
        };

        /** Damages a copy of a workbook; the .xls damages use the valid .xls instead. */
        abstract byte[] damage(byte[] zip, Random random);

        byte[] apply(long seed) {
            return damage(xlsx, new Random(seed));
        }

        private static byte[] flip(byte[] bytes, Random random) {
            int flips = 1 + random.nextInt(16);
            for (int i = 0; i < flips; i++) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            }
            return bytes;
        }
    }

    private static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return parts;
    }

    /**
     * Zips parts again; a part to duplicate is written twice, the copy first under a name of
     * the same length that the bytes are then patched back to, since a zip stream refuses a
     * name twice.
     */
    private static byte[] zip(Map<String, byte[]> parts, String duplicate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String stand = duplicate == null ? null
                : duplicate.substring(0, duplicate.length() - 1) + "\u0001";
        try (ZipOutputStream zip = new ZipOutputStream(out, ISO_8859_1)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
                if (part.getKey().equals(duplicate)) {
                    zip.putNextEntry(new ZipEntry(stand));
                    zip.write(part.getValue());
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        byte[] bytes = out.toByteArray();
        if (stand != null) {
            byte[] from = stand.getBytes(ISO_8859_1);
            byte[] to = duplicate.getBytes(ISO_8859_1);
            for (int i = 0; i + from.length <= bytes.length; i++) {
                if (Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                    System.arraycopy(to, 0, bytes, i, to.length);
                }
            }
        }
        return bytes;
    }
}
