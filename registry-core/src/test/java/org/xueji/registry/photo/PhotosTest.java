package org.xueji.registry.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditQuery;
import org.xueji.registry.code.Sex;
import org.xueji.registry.fixture.ExchangeFixture;
import org.xueji.registry.student.Student;

class PhotosTest {

    private final ExchangeFixture fixture = new ExchangeFixture();
    private final Photos photos = fixture.registry.photos();

    @Test
    void matchesByIdentityNumberAndBySchoolClassAndNameAndStoresBoth() {
        Student first = fixture.enroll(fixture.primary, fixture.gradeOne, "甲生", Sex.MALE, 1);
        Student second = fixture.enroll(fixture.primary, fixture.gradeOneSecond, "乙生",
                Sex.FEMALE, 2);
        byte[] photo = jpeg(160, 200, false);
        String byIdentity = "新生照片/一年级/" + identity(first) + ".JPG";
        String byClass = fullWidth("2134000001_010" + fixture.gradeOneSecond.id().number())
                + "_乙生.jpeg";

        PhotoImportResult result = photos.importZip(fixture.primary,
                zip(StandardCharsets.UTF_8, Map.of(byIdentity, photo, byClass, photo)));

        assertThat(result.count(PhotoFileOutcome.STORED)).isEqualTo(2);
        assertThat(result.files()).extracting(PhotoFileResult::student)
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(fixture.storage.photos().find(first.id())).hasValueSatisfying(stored -> {
            assertThat(stored.jpeg()).isEqualTo(photo);
            assertThat(stored.takenOn()).isEqualTo(fixture.clock.instant()
                    .atZone(ExchangeFixture.SHANGHAI).toLocalDate());
        });
        assertThat(fixture.storage.photos().find(second.id())).isPresent();
        assertThat(fixture.registry.audit().list(fixture.primary,
                AuditQuery.all().forAction(AuditAction.STORE_PHOTO)))
                .filteredOn(entry -> entry.outcome() == AuditEntry.Outcome.DONE).hasSize(2);
    }

    @Test
    void reportsUnmatchedFilesByNameAndAuditsTheOutOfScopeOne() {
        Student elsewhere = fixture.enroll(fixture.otherPrimary, fixture.otherGradeOne, "丙生",
                Sex.MALE, 3);
        byte[] photo = jpeg(160, 200, false);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ExchangeFixture.identityNumber(java.time.LocalDate.of(2019, 5, 5), Sex.MALE, 9)
                + ".jpg", photo);
        files.put("照片1.jpg", photo);
        files.put("2134000001_0101_无此人.jpg", photo);
        files.put(identity(elsewhere) + ".jpg", photo);

        PhotoImportResult result = photos.importZip(fixture.primary,
                zip(StandardCharsets.UTF_8, files));

        assertThat(result.withOutcome(PhotoFileOutcome.UNMATCHED))
                .extracting(PhotoFileResult::fileName).containsExactlyElementsOf(files.keySet());
        assertThat(result.files()).allSatisfy(file -> {
            assertThat(file.matchedStudent()).isEmpty();
            assertThat(file.chineseMessage()).doesNotContain(identity(elsewhere));
        });
        assertThat(fixture.storage.photos().find(elsewhere.id())).isEmpty();
        assertThat(fixture.registry.audit().list(fixture.province,
                AuditQuery.all().forAction(AuditAction.STORE_PHOTO)))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
                    assertThat(entry.target().key()).isEqualTo(elsewhere.id().toString());
                });
    }

    @Test
    void aNameTwoStudentsOfAnotherSchoolShareIsReportedAsNoStudentAndAudited() {
        fixture.enroll(fixture.primary, fixture.gradeOne, "同名", Sex.MALE, 12);
        fixture.enroll(fixture.primary, fixture.gradeOne, "同名", Sex.FEMALE, 13);
        String shared = "2134000001_010" + fixture.gradeOne.id().number() + "_同名.jpg";
        String nobody = "2134000001_010" + fixture.gradeOne.id().number() + "_无此人.jpg";

        PhotoImportResult result = photos.importZip(fixture.otherPrimary,
                zip(StandardCharsets.UTF_8, Map.of(shared, jpeg(160, 200, false),
                        nobody, jpeg(160, 200, false))));

        assertThat(result.files()).extracting(PhotoFileResult::outcome)
                .containsOnly(PhotoFileOutcome.UNMATCHED);
        assertThat(result.files().get(0).chineseMessage())
                .isEqualTo(result.files().get(1).chineseMessage());
        assertThat(fixture.registry.audit().list(fixture.province,
                AuditQuery.all().forAction(AuditAction.STORE_PHOTO)))
                .isNotEmpty().allSatisfy(entry -> {
                    assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
                    assertThat(entry.actor()).isEqualTo(fixture.otherPrimary);
                });
    }

    @Test
    void refusesOversizedSmallNonJpegAndSecondPhotosWithReasons() {
        Student a = fixture.enroll(fixture.primary, fixture.gradeOne, "丁生", Sex.MALE, 4);
        Student b = fixture.enroll(fixture.primary, fixture.gradeOne, "戊生", Sex.FEMALE, 5);
        Student c = fixture.enroll(fixture.primary, fixture.gradeOne, "己生", Sex.MALE, 6);
        byte[] oversized = jpeg(700, 900, true);
        assertThat(oversized.length).isGreaterThan(60 * 1024);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(identity(a) + ".jpg", oversized);
        files.put(identity(b) + ".jpg", jpeg(100, 120, false));
        files.put(identity(c) + ".jpg", png());
        files.put("说明.txt", "照片说明".getBytes(StandardCharsets.UTF_8));
        files.put("第二张/" + identity(c) + ".jpg", jpeg(154, 189, false));
        files.put("第三张/" + identity(c) + ".jpg", jpeg(200, 250, false));

        PhotoImportResult result = photos.importZip(fixture.primary,
                zip(StandardCharsets.UTF_8, files));

        assertThat(result.files()).extracting(PhotoFileResult::outcome).containsExactly(
                PhotoFileOutcome.REFUSED, PhotoFileOutcome.REFUSED, PhotoFileOutcome.REFUSED,
                PhotoFileOutcome.REFUSED, PhotoFileOutcome.STORED, PhotoFileOutcome.REFUSED);
        assertThat(result.files()).extracting(PhotoFileResult::code).containsExactly(
                ErrorCode.INVALID_PHOTO, ErrorCode.INVALID_PHOTO, ErrorCode.INVALID_PHOTO,
                ErrorCode.INVALID_PHOTO, null, ErrorCode.DUPLICATE);
        assertThat(result.files().get(0).englishMessage()).contains("61440 bytes");
        assertThat(result.files().get(1).englishMessage()).contains("100x120", "154x189");
        assertThat(result.files().get(2).englishMessage()).contains("not a JPEG image");
        assertThat(fixture.storage.photos().find(a.id())).isEmpty();
        assertThat(fixture.storage.photos().find(b.id())).isEmpty();
        assertThat(fixture.storage.photos().find(c.id()).orElseThrow().jpeg())
                .isEqualTo(files.get("第二张/" + identity(c) + ".jpg"));
        assertThat(fixture.registry.audit().list(fixture.primary,
                AuditQuery.all().forAction(AuditAction.STORE_PHOTO)
                        .withOutcome(AuditEntry.Outcome.REFUSED))).hasSize(4);
    }

    @Test
    void readsNamesOfAnArchiveMadeByAWindowsToolInGbk() {
        Student student = fixture.enroll(fixture.primary, fixture.gradeOne, "欧阳小明",
                Sex.MALE, 7);
        String name = "照片/2134000001_010" + fixture.gradeOne.id().number() + "_欧阳小明.jpg";

        PhotoImportResult result = photos.importZip(fixture.primary,
                zip(Charset.forName("GBK"), Map.of(name, jpeg(160, 200, false))));

        assertThat(result.files()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo(name);
            assertThat(file.outcome()).isEqualTo(PhotoFileOutcome.STORED);
            assertThat(file.student()).isEqualTo(student.id());
        });
    }

    @Test
    void refusesAnEntryThatUnpacksBeyondItsLimitAndKeepsReadingTheOthers() {
        Student student = fixture.enroll(fixture.primary, fixture.gradeOne, "庚生", Sex.MALE, 8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(identity(student) + ".jpg", new byte[2 * 1024 * 1024]);
        files.put("重拍/" + identity(student) + ".jpg", jpeg(160, 200, false));

        PhotoImportResult result = photos.importZip(fixture.primary,
                zip(StandardCharsets.UTF_8, files), new ZipLimits(1 << 20, 10, 1 << 20,
                        10L << 20));

        assertThat(result.files()).extracting(PhotoFileResult::outcome)
                .containsExactly(PhotoFileOutcome.REFUSED, PhotoFileOutcome.STORED);
        assertThat(result.files().get(0).code()).isEqualTo(ErrorCode.INVALID_PHOTO);
    }

    @Test
    void refusesArchivesOverTheirTotalOrEntryCountAndFilesThatAreNoZip() {
        Map<String, byte[]> bombs = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            bombs.put("bomb" + i + ".jpg", new byte[1 << 20]);
        }
        ZipLimits limits = new ZipLimits(1 << 20, 3, 2 << 20, 3L << 20);

        assertThatThrownBy(() -> photos.importZip(fixture.primary,
                zip(StandardCharsets.UTF_8, bombs), new ZipLimits(1 << 20, 10, 2 << 20,
                        3L << 20)))
                .isInstanceOfSatisfying(RegistryException.class, ex -> assertThat(ex.code())
                        .isEqualTo(ErrorCode.INVALID_ARCHIVE));
        assertThatThrownBy(() -> photos.importZip(fixture.primary,
                zip(StandardCharsets.UTF_8, Map.of("a/", new byte[0], "b.jpg", new byte[1],
                        "c.jpg", new byte[1], "d.jpg", new byte[1])), limits))
                .hasMessageContaining("3");
        assertThatThrownBy(() -> photos.importZip(fixture.primary,
                new ByteArrayInputStream(jpeg(160, 200, false))))
                .isInstanceOfSatisfying(RegistryException.class, ex -> assertThat(ex.code())
                        .isEqualTo(ErrorCode.INVALID_ARCHIVE));
    }

    @Test
    void aCountyAuthorityImportsForItsSchoolsOnly() {
        Student own = fixture.enroll(fixture.primary, fixture.gradeOne, "辛生", Sex.MALE, 10);
        Student other = fixture.enroll(fixture.otherPrimary, fixture.otherGradeOne, "壬生",
                Sex.FEMALE, 11);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(identity(own) + ".jpg", jpeg(160, 200, false));
        files.put(identity(other) + ".jpg", jpeg(160, 200, false));

        PhotoImportResult result = photos.importZip(fixture.baohe,
                zip(StandardCharsets.UTF_8, files));

        assertThat(result.files()).extracting(PhotoFileResult::outcome)
                .containsExactly(PhotoFileOutcome.STORED, PhotoFileOutcome.UNMATCHED);
    }

    static String identity(Student student) {
        return student.identityDocument().orElseThrow().number().orElseThrow();
    }

    static String fullWidth(String ascii) {
        StringBuilder text = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            text.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return text.toString();
    }

    static byte[] jpeg(int width, int height, boolean noise) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(width * 31L + height);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, noise ? random.nextInt(0xFFFFFF)
                        : new Color(140, 190, 235).getRGB());
            }
        }
        return write(image, "jpg");
    }

    static byte[] png() {
        return write(new BufferedImage(160, 200, BufferedImage.TYPE_INT_RGB), "png");
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    static ByteArrayInputStream zip(Charset names, Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new ByteArrayInputStream(out.toByteArray());
    }
}
