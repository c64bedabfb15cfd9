package org.xueji.registry.photo;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RecordKind;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditTarget;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.internal.Auditing;
import org.xueji.registry.internal.Calendars;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.policy.PhotoPolicy;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

/**
 * Photo collection (照片采集): a zip archive of JPEG files, each named after a student, is
 * matched to the students of the actor's scope, checked against the {@link PhotoPolicy} and
 * stored through the photo port, replacing earlier photos. The entry-grade photo rule of the
 * review (a photo taken in the year of entry) then finds what was stored here.
 *
 * <p><b>Names.</b> A file is named by the student's identity number, or for a student without
 * one by {@code 学校标识码_班号_姓名}; see the package documentation for both patterns and the
 * normalisation. A name matching no student of the actor's scope is reported
 * {@link PhotoFileOutcome#UNMATCHED}, whether no such student exists or the student lies outside
 * the scope, so the report does not tell a school about another school's students; the
 * out-of-scope attempt is recorded in the audit trail as a refusal.
 *
 * <p><b>Checks.</b> A file is {@link PhotoFileOutcome#REFUSED} if its name does not end in
 * {@code .jpg} or {@code .jpeg}, its bytes are not a JPEG file with a readable frame header
 * ({@link JpegHeader}), it has more bytes than the policy allows or fewer pixels across or down,
 * or its student already had a photo stored from the same archive. The photo is stored as taken
 * on the day of the import: the archive carries no reliable date of its own.
 *
 * <p><b>Archive.</b> The archive is read within {@link ZipLimits}. Entry names are read as
 * UTF-8, as the zip format's language flag and most tools have it; an archive whose names are
 * not valid UTF-8, as made by Windows tools in a Chinese locale, is read again with GBK. A GBK
 * name that happens to be valid UTF-8 is read wrongly, and its file reported unmatched.
 *
 * <p>Each file is matched, checked and stored in a unit of work of its own, with an audit entry
 * ({@link AuditAction#STORE_PHOTO}, done or refused) for each file matched to a student. Obtain
 * it from {@link org.xueji.registry.Registry#photos()}. This class is thread-safe.
 */
public final class Photos {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String MAC_RESOURCES = "__MACOSX/";
    private static final int BUFFER = 8192;

    private final RegistryStorage storage;
    private final PhotoPolicy policy;
    private final Clock clock;
    private final Auditing auditing;
    private final Calendars calendars;

    /**
     * Creates the use cases over a storage; {@link org.xueji.registry.Registry} does this.
     *
     * @param storage  the storage, not null
     * @param policy  the province's rules, not null
     * @param clock  the source of the current time, not null
     */
    public Photos(RegistryStorage storage, RegistryPolicy policy, Clock clock) {
        this.storage = requireNonNull(storage, "storage");
        this.policy = requireNonNull(policy, "policy").photos();
        this.clock = requireNonNull(clock, "clock");
        this.auditing = new Auditing(storage, clock);
        this.calendars = new Calendars(storage.calendar(), storage.unitOfWork(),
                policy.calendar(), clock);
    }

    /**
     * Imports a zip archive of photos within the default limits.
     *
     * @param actor  an actor whose scope holds the students, not null
     * @param zip  the archive, read to its end and not closed, not null
     * @return one report per file, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_ARCHIVE} if the archive is not a
     *     zip file or goes over the limits
     * @throws UncheckedIOException if the stream cannot be read
     */
    public PhotoImportResult importZip(Actor actor, InputStream zip) {
        return importZip(actor, zip, ZipLimits.defaults());
    }

    /**
     * Imports a zip archive of photos.
     *
     * @param actor  an actor whose scope holds the students, not null
     * @param zip  the archive, read to its end and not closed, not null
     * @param limits  the limits against zip bombs, not null
     * @return one report per file, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_ARCHIVE} if the archive is not a
     *     zip file or goes over the limits
     * @throws UncheckedIOException if the stream cannot be read
     */
    public PhotoImportResult importZip(Actor actor, InputStream zip, ZipLimits limits) {
        requireNonNull(actor, "actor");
        requireNonNull(zip, "zip");
        requireNonNull(limits, "limits");
        List<ArchivedFile> files = unpack(readArchive(zip, limits), limits);
        AcademicYear year = calendars.current().currentYear();
        LocalDate today = calendars.today();
        Set<StudentId> stored = new HashSet<>();
        List<PhotoFileResult> results = new ArrayList<>();
        for (ArchivedFile file : files) {
            results.add(storage.unitOfWork().inTransaction(
                    () -> importOne(actor, file, year, today, stored)));
        }
        return new PhotoImportResult(results);
    }

    private PhotoFileResult importOne(Actor actor, ArchivedFile file, AcademicYear year,
            LocalDate today, Set<StudentId> stored) {
        PhotoFileName name = PhotoFileName.of(file.name);
        if (!name.isJpegName()) {
            return PhotoFileResult.refused(file.name, null, ErrorCode.INVALID_PHOTO,
                    "文件扩展名不是.jpg或.jpeg", "The file name does not end in .jpg or .jpeg");
        }
        Match match = match(actor, name, year);
        if (match.student == null) {
            return PhotoFileResult.unmatched(file.name, match.chinese, match.english);
        }
        Student student = match.student;
        AuditTarget target = AuditTarget.of(RecordKind.STUDENT, student.id().toString(),
                student.place());
        Optional<PhotoFileResult> refusal = check(file, student);
        if (refusal.isEmpty() && stored.contains(student.id())) {
            refusal = Optional.of(PhotoFileResult.refused(file.name, student.id(),
                    ErrorCode.DUPLICATE, "压缩包中已有该学生的照片",
                    "The archive already held a photo of this student"));
        }
        if (refusal.isPresent()) {
            storage.auditTrail().append(AuditEntry.refused(auditing.now(), actor,
                    AuditAction.STORE_PHOTO, target, refusal.get().code()));
            return refusal.get();
        }
        storage.photos().save(student.id(), Photo.of(file.bytes, today));
        storage.auditTrail().append(AuditEntry.done(auditing.now(), actor,
                AuditAction.STORE_PHOTO, target, List.of()));
        stored.add(student.id());
        return PhotoFileResult.stored(file.name, student.id());
    }

    private Optional<PhotoFileResult> check(ArchivedFile file, Student student) {
        if (file.overLimit || !policy.allowsSize(file.bytes.length)) {
            return Optional.of(PhotoFileResult.refused(file.name, student.id(),
                    ErrorCode.INVALID_PHOTO, "照片超过" + policy.maxBytes() + "字节的上限",
                    "The photo is larger than " + policy.maxBytes() + " bytes"));
        }
        Optional<JpegHeader> header = JpegHeader.read(file.bytes);
        if (header.isEmpty()) {
            return Optional.of(PhotoFileResult.refused(file.name, student.id(),
                    ErrorCode.INVALID_PHOTO, "文件不是JPEG图像", "The file is not a JPEG image"));
        }
        int width = header.get().width();
        int height = header.get().height();
        if (!policy.allowsDimensions(width, height)) {
            return Optional.of(PhotoFileResult.refused(file.name, student.id(),
                    ErrorCode.INVALID_PHOTO,
                    "照片为" + width + "×" + height + "像素，至少应为" + policy.minWidth() + "×"
                            + policy.minHeight() + "像素",
                    "The photo has " + width + "x" + height + " pixels, fewer than "
                            + policy.minWidth() + "x" + policy.minHeight()));
        }
        return Optional.empty();
    }

    private Match match(Actor actor, PhotoFileName name, AcademicYear year) {
        Optional<String> identity = name.identityNumber();
        if (identity.isPresent()) {
            IdentityNumber number;
            try {
                number = IdentityNumber.parse(identity.get(), clock);
            } catch (RegistryException ex) {
                return Match.none("文件名中的身份证号无效", "The identity number in the name is invalid");
            }
            return inScope(actor, storage.students().findByKey(
                    StudentKey.ofIdentityNumber(number)));
        }
        Optional<PhotoFileName.ClassAndName> classAndName = name.classAndName();
        if (classAndName.isEmpty()) {
            return Match.none("文件名既不是身份证号，也不是“学校标识码_班号_姓名”",
                    "The name is neither an identity number nor school_class_name");
        }
        return byClassAndName(actor, classAndName.get(), year);
    }

    private Match byClassAndName(Actor actor, PhotoFileName.ClassAndName parts,
            AcademicYear year) {
        ClassId classId;
        try {
            classId = ClassId.of(SchoolIdentifier.parse(parts.school()),
                    Grade.of(parts.grade()).cohortIn(year), parts.classNumber());
        } catch (RegistryException | IllegalArgumentException ex) {
            return Match.none("文件名中的学校标识码或班号无效",
                    "The school identifier or class in the name is invalid");
        }
        List<Student> found = storage.students().findInClass(classId, parts.name());
        // A class's students share its school's place; outside the scope the name is reported
        // unmatched and the refusal audited, as for one student, not as ambiguous.
        if (found.size() > 1 && actor.mayActOn(found.get(0).place())) {
            return Match.none("班内有多名同名学生，请以身份证号命名",
                    "Several students of the class have the name; name the file by identity");
        }
        return inScope(actor, found.stream().findFirst());
    }

    private Match inScope(Actor actor, Optional<Student> found) {
        if (found.isEmpty()) {
            return Match.notFound();
        }
        Student student = found.get();
        if (!actor.mayActOn(student.place())) {
            auditing.refuse(actor, AuditAction.STORE_PHOTO, AuditTarget.of(RecordKind.STUDENT,
                    student.id().toString(), student.place()), "不在其管理范围内",
                    "outside its scope");
            return Match.notFound();
        }
        return new Match(student, "", "");
    }

    private static byte[] readArchive(InputStream zip, ZipLimits limits) {
        try {
            byte[] archive = zip.readNBytes(Math.toIntExact(
                    Math.min(limits.maxArchiveBytes() + 1, Integer.MAX_VALUE - 8)));
            if (archive.length > limits.maxArchiveBytes()) {
                throw invalidArchive("压缩包超过" + limits.maxArchiveBytes() + "字节",
                        "The archive is larger than " + limits.maxArchiveBytes() + " bytes");
            }
            boolean zipped = archive.length >= 4 && archive[0] == 'P' && archive[1] == 'K';
            if (!zipped) {
                throw invalidArchive("文件不是zip压缩包", "The file is not a zip archive");
            }
            return archive;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<ArchivedFile> unpack(byte[] archive, ZipLimits limits) {
        try {
            return unpack(archive, limits, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | ZipException notUtf8) {
            try {
                return unpack(archive, limits, GBK);
            } catch (IllegalArgumentException | ZipException ex) {
                throw new RegistryException(ErrorCode.INVALID_ARCHIVE, "压缩包无法读取",
                        "The archive cannot be read", ex);
            }
        }
    }

    private static List<ArchivedFile> unpack(byte[] archive, ZipLimits limits, Charset names)
            throws ZipException {
        List<ArchivedFile> files = new ArrayList<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive), names)) {
            byte[] buffer = new byte[BUFFER];
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw invalidArchive("压缩包的文件超过" + limits.maxEntries() + "个",
                            "The archive holds more than " + limits.maxEntries() + " entries");
                }
                boolean skipped = entry.isDirectory() || entry.getName().startsWith(MAC_RESOURCES);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                long size = 0;
                int read;
                while ((read = in.read(buffer)) != -1) {
                    size += read;
                    total += read;
                    if (total > limits.maxTotalBytes()) {
                        throw invalidArchive("压缩包解压后超过" + limits.maxTotalBytes() + "字节",
                                "The archive unpacks to more than " + limits.maxTotalBytes()
                                        + " bytes");
                    }
                    if (!skipped && size <= limits.maxEntryBytes()) {
                        bytes.write(buffer, 0, read);
                    }
                }
                if (!skipped) {
                    boolean over = size > limits.maxEntryBytes();
                    files.add(new ArchivedFile(entry.getName(),
                            over ? new byte[0] : bytes.toByteArray(), over));
                }
            }
            return files;
        } catch (ZipException ex) {
            throw ex;
        } catch (IOException ex) {
            throw new RegistryException(ErrorCode.INVALID_ARCHIVE, "压缩包无法读取",
                    "The archive cannot be read", ex);
        }
    }

    private static RegistryException invalidArchive(String chinese, String english) {
        return new RegistryException(ErrorCode.INVALID_ARCHIVE, chinese, english);
    }

    /**
     * One file of the archive: its name, its bytes unless it went over the entry limit.
     */
    private record ArchivedFile(String name, byte[] bytes, boolean overLimit) {
    }

    /**
     * The student a file name matched, or why none.
     */
    private record Match(Student student, String chinese, String english) {

        static Match none(String chinese, String english) {
            return new Match(null, chinese, english);
        }

        static Match notFound() {
            return none("管理范围内没有与文件名对应的学生",
                    "No student of the scope has this name");
        }
    }
}
