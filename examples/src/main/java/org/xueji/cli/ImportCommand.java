package org.xueji.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.xueji.registry.access.Actor;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.excel.ImportOptions;
import org.xueji.registry.excel.ImportProblem;
import org.xueji.registry.excel.ImportReport;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code xueji import FILE --school ID}: collects the rows of a new-student workbook the rules
 * accept into the school's entry grade (1, 7 or senior 1, by the school's first stage, or
 * {@code --grade}); acting as the school ({@code school:ID}) unless {@code --as} says otherwise.
 * Importing the same file twice registers nobody twice.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand extends DatabaseCommand.TopLevel {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--school", paramLabel = "ID", required = true)
    SchoolIdentifier school;

    @Option(names = "--grade", paramLabel = "N")
    Integer grade;

    @Option(names = "--report", paramLabel = "OUT.xlsx")
    Path report;

    @Override
    String defaultActor() {
        return "school:" + school.value();
    }

    @Override
    int run(Actor actor) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw CliException.usage(messages().get("error.unreadable", file));
        }
        School found = registry.organisations().findSchool(actor, school);
        Grade entry = Grade.of(grade != null ? grade : entryGrade(found));
        ImportOptions options = ImportOptions.defaults();
        if (report != null) {
            options = options.withErrorReport(report, ImportOptions.ReportRows.REFUSED);
        }
        ImportReport result = Imports.run(registry, actor, school, entry, file, options,
                messages(), tool().err);
        println("import.summary", school, result.rows(), result.accepted(), result.refused());
        for (ImportProblem problem : result.problems()) {
            println("check.problem", problem.sheet(), problem.row(),
                    problem.column().isEmpty() ? "-" : problem.column(),
                    problem.cellReference().isEmpty() ? "-" : problem.cellReference(),
                    problem.code(), problem.message(messages().locale()));
        }
        return result.refused() == 0 ? CliException.OK : CliException.REFUSED;
    }

    private static int entryGrade(School school) {
        var stages = school.profile().category().stages();
        return stages.contains(SchoolStage.PRIMARY) ? 1
                : stages.contains(SchoolStage.JUNIOR) ? 7 : 10;
    }
}
