package org.xueji.cli;

import java.util.List;
import java.util.Optional;
import org.xueji.registry.access.Actor;
import org.xueji.registry.change.HistoryEntry;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code xueji student}: looks at one student. */
@Command(name = "student", mixinStandardHelpOptions = true,
        subcommands = StudentCommand.Show.class)
final class StudentCommand implements Runnable {

    @ParentCommand
    Xueji tool;

    @Override
    public void run() {
        tool.run();
    }

    /**
     * {@code xueji student show NUMBER}: one student's record and history, found by identity
     * number, registry number (学籍号) or regional student number (地区学号). Identity numbers and
     * registry numbers are shown masked.
     */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends DatabaseCommand {

        @ParentCommand
        StudentCommand parent;

        @Parameters(index = "0", paramLabel = "NUMBER", descriptionKey = "number")
        String number;

        @Override
        Xueji tool() {
            return parent.tool;
        }

        @Override
        int run(Actor actor) {
            Student student = find(actor).orElseThrow(() -> CliException.refused(
                    messages().get("student.unknown")));
            Student seen = registry.enrollment().find(actor, student.id());
            SchoolClass schoolClass = registry.organisations().findClass(actor, seen.classId());
            Messages m = messages();
            println("student.name", seen.details().name(), m.english()
                    ? seen.details().sex().name() : seen.details().sex().chineseName());
            println("student.numbers", seen.registryNumber(), seen.regionalNumber(),
                    seen.identityDocument().map(IdentityDocument::maskedNumber).orElse("-"));
            println("student.place", seen.school(), schoolClass.profile().name(),
                    Summary.gradeName(seen.gradeIn(registry.currentSchoolYear()).number(), m),
                    m.english() ? seen.status().englishName() : seen.status().chineseName());
            List<HistoryEntry> history = registry.changes().history(actor, seen.id()).entries();
            for (HistoryEntry entry : history) {
                println("student.history", entry.at(), entry.kind().chineseName(),
                        entry.account());
            }
            return CliException.OK;
        }

        private Optional<Student> find(Actor actor) {
            String text = number.strip();
            String identity = text.length() == 19 && text.charAt(0) == 'G'
                    ? text.substring(1) : text;
            if (IdentityNumber.isValid(identity)) {
                return storage.students().findByKey(
                        StudentKey.ofIdentityNumber(IdentityNumber.parse(identity)));
            }
            for (RegistrationStatus status : RegistrationStatus.values()) {
                Optional<Student> found = storage.students()
                        .listWithin(actor.scope().division(), status).stream()
                        .filter(s -> s.registryNumber().value().equals(text)
                                || s.regionalNumber().value().equals(text))
                        .findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
    }
}
