package org.xueji.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.excel.ImportOptions;
import org.xueji.registry.excel.ImportReport;
import org.xueji.registry.excel.NewStudentImport;
import org.xueji.registry.organisation.SchoolIdentifier;

/** Runs a real import of a new-student workbook with a progress bar on standard error. */
final class Imports {

    private Imports() {
    }

    static ImportReport run(Registry registry, Actor actor, SchoolIdentifier school, Grade grade,
            Path file, Messages messages, PrintStream err) {
        return run(registry, actor, school, grade, file, ImportOptions.defaults(), messages, err);
    }

    static ImportReport run(Registry registry, Actor actor, SchoolIdentifier school, Grade grade,
            Path file, ImportOptions options, Messages messages, PrintStream err) {
        long rows = SheetFacts.read(file).rows();
        Progress progress = new Progress(err, messages.get("progress.import", school), rows);
        AtomicLong done = new AtomicLong();
        ImportReport report = NewStudentImport.importInto(registry, actor, school, grade, file,
                options.withListener((row, outcome, problems) ->
                        progress.update(done.incrementAndGet())));
        progress.finish();
        return report;
    }
}
