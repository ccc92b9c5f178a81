package io.parley.scrape;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The scrape package stays plain Java under the functions and the command line, and leaves AWS types to the store. */
class ScrapeArchitectureTest {

    private static final JavaClasses SCRAPE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.parley.scrape");

    @Test
    void dependsOnNeitherTheAdaptersNorQuarkusNorAws() {
        noClasses().that().resideInAPackage("io.parley.scrape..")
                .should().dependOnClassesThat().resideInAnyPackage("io.parley.functions..", "io.parley.cli..",
                        "io.quarkus..", "jakarta..", "software.amazon..")
                .check(SCRAPE);
    }
}
