package kr.gisa.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The core (model, parsing, storage, later search and briefing) must run without JavaFX. */
class CoreIsFreeOfJavaFxTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("kr.gisa");

    @Test
    void coreDoesNotDependOnJavaFx() {
        assertFalse(classes.stream().noneMatch(c -> c.getPackageName().startsWith("kr.gisa.core")),
                "the core classes were imported");
        noClasses().that().resideInAPackage("kr.gisa.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "com.sun.javafx..",
                        "com.sun.glass..", "com.sun.prism..")
                .check(classes);
    }

    @Test
    void coreDoesNotDependOnTheAppOrCli() {
        noClasses().that().resideInAPackage("kr.gisa.core..")
                .should().dependOnClassesThat().resideInAnyPackage("kr.gisa.app..", "kr.gisa.cli..")
                .check(classes);
    }
}
