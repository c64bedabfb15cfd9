package org.xueji.cli;

import java.util.ArrayList;
import java.util.List;
import org.xueji.registry.access.Actor;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.review.ReviewOutcome;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code xueji review}: the review of new students. A school submits its collected students
 * (预审核后上报); the authority lists what was submitted to it, approves (registers) or returns
 * with a reason.
 */
@Command(name = "review", mixinStandardHelpOptions = true, subcommands = {
    ReviewCommand.ListSubmitted.class, ReviewCommand.Submit.class, ReviewCommand.Approve.class,
    ReviewCommand.Return.class})
final class ReviewCommand implements Runnable {

    @ParentCommand
    Xueji tool;

    @Override
    public void run() {
        tool.run();
    }

    /** The frame of the review subcommands. */
    abstract static class Step extends DatabaseCommand {

        @ParentCommand
        ReviewCommand parent;

        @Override
        Xueji tool() {
            return parent.tool;
        }

        List<Student> submitted(Actor actor) {
            return registry.reviews().listSubmitted(actor);
        }

        /** Picks the submitted students named by registry number, or all of them. */
        List<StudentId> chosen(Actor actor, List<String> numbers, boolean all) {
            if (all == (numbers != null && !numbers.isEmpty())) {
                throw CliException.usage(messages().get("review.choose"));
            }
            List<StudentId> ids = new ArrayList<>();
            for (Student student : submitted(actor)) {
                if (all || numbers.contains(student.registryNumber().value())
                        || numbers.contains(student.regionalNumber().value())) {
                    ids.add(student.id());
                }
            }
            if (!all && ids.size() < numbers.size()) {
                throw CliException.refused(messages().get("review.unknown"));
            }
            return ids;
        }

        int report(List<ReviewOutcome> outcomes, String key) {
            long done = outcomes.stream().filter(ReviewOutcome::isDone).count();
            println(key, done, outcomes.size() - done);
            for (ReviewOutcome outcome : outcomes) {
                outcome.refused().ifPresent(refusal -> println("review.refusal",
                        outcome.student() != null ? outcome.student().registryNumber() : "-",
                        refusal.message(messages().locale())));
            }
            return done == outcomes.size() ? CliException.OK : CliException.REFUSED;
        }
    }

    /** {@code xueji review list}: the students submitted to the actor. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListSubmitted extends Step {

        @Override
        int run(Actor actor) {
            Table table = new Table(List.of(messages().get("review.column.number"),
                    messages().get("review.column.name"), messages().get("summary.school")));
            for (Student student : submitted(actor)) {
                table.add(List.of(student.registryNumber(), student.details().name(),
                        student.school()));
            }
            println("review.count", table.size());
            table.print(tool().out);
            return CliException.OK;
        }
    }

    /** {@code xueji review submit --school ID}: a school submits all its collected students. */
    @Command(name = "submit", mixinStandardHelpOptions = true)
    static final class Submit extends Step {

        @Option(names = "--school", paramLabel = "ID", required = true)
        SchoolIdentifier school;

        @Override
        String defaultActor() {
            return "school:" + school.value();
        }

        @Override
        int run(Actor actor) {
            List<StudentId> collected = registry.enrollment()
                    .list(actor, school, RegistrationStatus.COLLECTED).stream()
                    .map(Student::id).toList();
            return report(registry.reviews().submitAll(actor, collected), "review.submitted");
        }
    }

    /** {@code xueji review approve (NUMBER… | --all)}: registers submitted students. */
    @Command(name = "approve", mixinStandardHelpOptions = true)
    static final class Approve extends Step {

        @Parameters(paramLabel = "NUMBER", arity = "0..*", descriptionKey = "numbers")
        List<String> numbers;

        @Option(names = "--all")
        boolean all;

        @Override
        int run(Actor actor) {
            return report(registry.reviews().approveAll(actor, chosen(actor, numbers, all)),
                    "review.approved");
        }
    }

    /** {@code xueji review return NUMBER… --reason TEXT}: returns students to their school. */
    @Command(name = "return", mixinStandardHelpOptions = true)
    static final class Return extends Step {

        @Parameters(paramLabel = "NUMBER", arity = "1..*", descriptionKey = "numbers")
        List<String> numbers;

        @Option(names = "--reason", paramLabel = "TEXT", required = true)
        String reason;

        @Override
        int run(Actor actor) {
            List<StudentId> ids = chosen(actor, numbers, false);
            for (StudentId id : ids) {
                registry.reviews().returnToSchool(actor, id, reason);
            }
            println("review.returned", ids.size());
            return CliException.OK;
        }
    }
}
