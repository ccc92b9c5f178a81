package io.parley.ops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The ops package depends on no other Parley package and no framework, so any layer may report to it. */
class OpsArchitectureTest {

    private static final JavaClasses OPS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.parley.ops");

    @Test
    void dependsOnNoOtherParleyPackageNorQuarkusNorAws() {
        noClasses().that().resideInAPackage("io.parley.ops..")
                .should().dependOnClassesThat().resideInAnyPackage("io.parley.model..", "io.parley.extract..",
                        "io.parley.pipeline..", "io.parley.store..", "io.parley.query..", "io.parley.aws..",
                        "io.parley.functions..", "io.parley.cli..", "io.quarkus..", "jakarta..", "software.amazon..")
                .check(OPS);
    }
}
