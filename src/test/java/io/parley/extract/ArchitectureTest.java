package io.parley.extract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.parley");

    @Test
    void extractDependsOnNoCloudFrameworkNetworkOrFiles() {
        noClasses().that().resideInAPackage("io.parley.extract..").should().dependOnClassesThat()
                .resideInAnyPackage("software.amazon..", "io.quarkus..", "java.net..", "java.nio.file..",
                        "io.parley.eval..")
                .check(CLASSES);
    }
}
