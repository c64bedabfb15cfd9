package org.xueji.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the core free of storage, spreadsheet and adapter code: it decides, adapters remember.
 */
@AnalyzeClasses(
        packages = "org.xueji.registry",
        importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreNeverTouchesJdbc = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("the core reaches storage only through its ports");

    @ArchTest
    static final ArchRule coreNeverTouchesSpreadsheetLibraries = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.poi..", "org.dhatim..", "com.alibaba.excel..", "cn.idev..")
            .because("spreadsheets are read and written by the Excel adapter");

    @ArchTest
    static final ArchRule coreNeverTouchesAdapters = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.xueji.registry.jdbc..", "org.xueji.registry.excel..",
                    "org.xueji.registry.testkit..", "org.xueji.examples..")
            .because("adapters depend on the core, never the other way round");

    @ArchTest
    static final ArchRule coreNeverImplementsBeanValidation = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..")
            .because("the core compiles against the Bean Validation API only");

    @ArchTest
    static final ArchRule useCasesReachStorageOnlyThroughPorts = noClasses()
            .that().resideOutsideOfPackage("org.xueji.registry.inmemory..")
            .should().dependOnClassesThat().resideInAPackage("org.xueji.registry.inmemory..")
            .because("use cases reach storage only through the spi ports; the in-memory "
                    + "adapter is one adapter among others");

    @ArchTest
    static final ArchRule portsDependOnNoUseCase = noClasses()
            .that().resideInAPackage("org.xueji.registry.spi..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Organisations")
            .orShould().dependOnClassesThat().resideInAPackage("org.xueji.registry.policy..")
            .because("ports describe storage, not the rules that use it");
}
