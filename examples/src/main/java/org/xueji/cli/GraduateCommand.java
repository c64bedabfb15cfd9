package org.xueji.cli;

import java.util.List;
import org.xueji.registry.access.Actor;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.graduation.GraduationOutcome;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.student.GraduationKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xueji graduate --school ID}: records the graduation (毕业登记) of every student of the
 * school's graduating classes (the last grade of each of its stages), as the school, in the
 * graduation window; {@code --kind} picks 毕业, 结业 or 肄业 for all of them.
 */
@Command(name = "graduate", mixinStandardHelpOptions = true)
final class GraduateCommand extends DatabaseCommand.TopLevel {

    @Option(names = "--school", paramLabel = "ID", required = true)
    SchoolIdentifier school;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "GRADUATED")
    GraduationKind kind;

    @Override
    String defaultActor() {
        return "school:" + school.value();
    }

    @Override
    int run(Actor actor) {
        var profile = registry.organisations().findSchool(actor, school).profile();
        long done = 0;
        long refused = 0;
        for (SchoolClass schoolClass : registry.organisations().listClasses(actor, school)) {
            int grade = schoolClass.gradeIn(registry.currentSchoolYear()).number();
            boolean last = false;
            for (SchoolStage stage : profile.category().stages()) {
                last |= grade == profile.schoolSystem().lastGrade(stage);
            }
            if (!last) {
                continue;
            }
            List<GraduationOutcome> outcomes = registry.graduations()
                    .recordClass(actor, schoolClass.id(), kind);
            long classDone = outcomes.stream().filter(GraduationOutcome::isDone).count();
            println("graduate.class", schoolClass.profile().name(), classDone,
                    outcomes.size() - classDone);
            done += classDone;
            refused += outcomes.size() - classDone;
        }
        println("graduate.summary", school, done, refused);
        return refused == 0 ? CliException.OK : CliException.REFUSED;
    }
}
