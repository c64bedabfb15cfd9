package org.xueji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xueji.registry.Registry;
import org.xueji.registry.inmemory.InMemoryStorage;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;

class ExitCodesTest {

    private static final String DAY = "2026-09-07";

    @TempDir
    Path dir;

    private final InMemoryStorage storage = new InMemoryStorage();
    private final StorageOpener opener = StorageOpener.of(storage);
    private final Registry registry = Registry.builder().storage(storage)
            .clock(new DemoClock(LocalDate.parse(DAY))).build();

    static Stream<String> subcommands() {
        return Stream.of("demo", "check x.xlsx", "import x.xlsx --school 2134000001",
                "review list", "review submit --school 2134000001", "review approve --all",
                "review return G1 --reason r", "graduate --school 2134000001",
                "rollover --date 2027-08-01", "student show G1", "stats", "generate x.xlsx");
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void anUnknownOptionIsBadUsage(String subcommand) {
        List<String> args = new ArrayList<>(List.of(subcommand.split(" ")));
        args.add("--no-such-option");

        Run run = Run.of(opener, args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-option");
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void everySubcommandHasHelpInBothLanguages(String subcommand) {
        List<String> args = new ArrayList<>(List.of(subcommand.split(" ")));
        args.add("--help");
        Run chinese = Run.of(opener, args.toArray(String[]::new));
        args.add("--lang=en");

        Run english = Run.of(opener, args.toArray(String[]::new));

        assertThat(chinese.exitCode()).isZero();
        assertThat(chinese.out()).contains("用法：").contains("退出码");
        assertThat(english.exitCode()).isZero();
        assertThat(english.out()).contains("Usage:").contains("Exit codes");
    }

    @Test
    void unreadableFilesAreBadUsage() throws Exception {
        Path garbage = java.nio.file.Files.writeString(dir.resolve("not.xlsx"), "not a workbook");
        county();

        assertThat(Run.of(opener, "check", dir.resolve("missing.xlsx").toString()).exitCode())
                .isEqualTo(2);
        assertThat(Run.of(opener, "check", garbage.toString()).exitCode()).isEqualTo(2);
        assertThat(Run.of(opener, "import", garbage.toString(), "--school", "2134000001",
                "--date", DAY).exitCode()).isEqualTo(2);
        assertThat(Run.of(opener, "import", dir.resolve("missing.xlsx").toString(),
                "--school", "2134000001", "--date", DAY).exitCode()).isEqualTo(2);
    }

    @Test
    void badActorsAndBadArgumentsAreBadUsage() {
        county();

        assertThat(Run.of(opener, "stats", "--as", "janitor").exitCode()).isEqualTo(2);
        assertThat(Run.of(opener, "stats", "--as", "county:340102").exitCode()).isEqualTo(2);
        assertThat(Run.of(opener, "stats", "--as", "school:2134000099").exitCode())
                .isEqualTo(2);
        assertThat(Run.of(opener, "import", "x.xlsx", "--school", "12").exitCode())
                .isEqualTo(2);
        assertThat(Run.of(opener, "rollover").exitCode()).isEqualTo(2);
        assertThat(Run.of(opener, "review", "approve", "--as", "county:340111").exitCode())
                .isEqualTo(2);
        assertThat(Run.of(opener, "check", "x.xlsx", "--format", "xml").exitCode())
                .isEqualTo(2);
        assertThat(Run.of(opener, "generate", dir.resolve("g.xlsx").toString(), "--rows", "0")
                .exitCode()).isEqualTo(2);
        assertThat(Run.of(opener).exitCode()).isEqualTo(2);
    }

    @Test
    void theDatabaseSubcommandsWalkTheYearWithTheirExitCodes() {
        DemoCounty county = county();
        Path clean = workbook("clean.xlsx", false, 0);
        Path faulty = workbook("faulty.xlsx", true, 1000);

        Run imported = Run.of(opener, "import", clean.toString(), "--school", "2134000001",
                "--date", DAY);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("100%");
        assertThat(Run.of(opener, "import", faulty.toString(), "--school", "2134000001",
                "--date", DAY).exitCode()).isEqualTo(1);
        assertThat(Run.of(opener, "import", clean.toString(), "--school", "2134000001",
                "--as", "school:2134000002", "--date", DAY).exitCode()).isEqualTo(1);
        assertThat(Run.of(opener, "review", "submit", "--school", "2134000001", "--date", DAY)
                .exitCode()).as("no photos yet").isEqualTo(1);

        for (Student student : registry.enrollment().list(county.central,
                DemoCounty.CENTRAL, RegistrationStatus.COLLECTED)) {
            registry.enrollment().storePhoto(county.central, student.id(),
                    Photo.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0},
                            LocalDate.parse(DAY)));
        }
        assertThat(Run.of(opener, "review", "submit", "--school", "2134000001", "--date", DAY)
                .exitCode()).isZero();
        Run listed = Run.of(opener, "review", "list", "--as", "county:340111", "--date", DAY);
        assertThat(listed.exitCode()).isZero();
        Student one = registry.reviews().listSubmitted(county.bureau).get(0);
        assertThat(Run.of(opener, "review", "return", one.registryNumber().value(), "--reason",
                "照片不清晰", "--as", "county:340111", "--date", DAY).exitCode()).isZero();
        assertThat(Run.of(opener, "review", "return", "G000000000000000000", "--reason", "-",
                "--as", "county:340111", "--date", DAY).exitCode()).isEqualTo(1);
        assertThat(Run.of(opener, "review", "approve", "--all", "--as", "county:340111",
                "--date", DAY).exitCode()).isZero();

        Student registered = registry.enrollment().list(county.central, DemoCounty.CENTRAL,
                RegistrationStatus.REGISTERED).get(0);
        Run shown = Run.of(opener, "student", "show", registered.registryNumber().value(),
                "--date", DAY);
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).contains(registered.details().name())
                .contains(registered.registryNumber().masked())
                .doesNotContain(registered.registryNumber().value());
        assertThat(Run.of(opener, "student", "show", "nobody", "--date", DAY).exitCode())
                .isEqualTo(1);
        Run stats = Run.of(opener, "stats", "--date", DAY);
        assertThat(stats.exitCode()).isZero();
        assertThat(stats.out()).contains("包河区中心小学");

        Run graduated = Run.of(opener, "graduate", "--school", "2134000001", "--date",
                "2027-07-05");
        assertThat(graduated.exitCode()).as(graduated.err()).isZero();
        assertThat(graduated.out()).contains("六（1）班");
        assertThat(Run.of(opener, "graduate", "--school", "2134000099", "--date",
                "2027-07-05").exitCode()).as("no such school").isEqualTo(2);
        assertThat(Run.of(opener, "rollover", "--date", "2027-07-01").exitCode())
                .as("before the rollover day").isEqualTo(1);
        Run rollover = Run.of(opener, "rollover", "--date", "2027-08-01");
        assertThat(rollover.exitCode()).as(rollover.err()).isZero();
        assertThat(rollover.out()).contains("COMPLETED");
        assertThat(Run.of(opener, "rollover", "--date", "2027-08-02").out())
                .contains("ALREADY_DONE");
    }

    private DemoCounty county() {
        DemoCounty county = DemoCounty.create(registry);
        for (int n = 1; n <= 3; n++) {
            DemoCounty.createClass(registry, county.central, DemoCounty.CENTRAL, 1, n);
        }
        DemoCounty.createClass(registry, county.central, DemoCounty.CENTRAL, 6, 1);
        return county;
    }

    private Path workbook(String name, boolean mistakes, int firstSerial) {
        Path file = dir.resolve(name);
        IntakeWorkbook.write(file, 1, List.of("一（1）班", "一（2）班", "一（3）班"), 60,
                firstSerial, YearMonth.of(2026, 9), mistakes);
        return file;
    }
}
