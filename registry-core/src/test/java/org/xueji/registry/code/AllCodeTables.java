package org.xueji.registry.code;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Lists every code table of the package, for tests that must hold for each entry of each. */
final class AllCodeTables {

    static final List<Class<? extends CodeTable>> TABLES = List.of(
            Sex.class,
            SchoolCategory.class,
            SchoolOwnership.class,
            UrbanRuralType.class,
            SchoolSystem.class,
            ClassType.class,
            Ethnicity.class,
            OverseasChineseStatus.class,
            HealthStatus.class,
            Disability.class,
            InclusiveClass.class,
            HouseholdType.class,
            EntryMode.class,
            AttendanceMode.class,
            StudentSource.class);

    private AllCodeTables() {
    }

    static Stream<Class<? extends CodeTable>> tables() {
        return TABLES.stream();
    }

    static Stream<CodeTable> entries() {
        return TABLES.stream().flatMap(table -> Arrays.stream(table.getEnumConstants()));
    }
}
