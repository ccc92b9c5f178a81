package io.parley.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps {@code io.parley.ingest} pure: no NLP pipeline, no AWS, no Quarkus, no network. */
class IngestArchitectureTest {

    private static final JavaClasses INGEST = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.parley.ingest");

    @Test
    void ingestDependsOnNeitherExtractNorAwsNorQuarkus() {
        noClasses().that().resideInAPackage("io.parley.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.parley.extract..", "software.amazon..", "io.quarkus..")
                .check(INGEST);
    }

    @Test
    void ingestNeverTouchesTheNetwork() {
        noClasses().that().resideInAPackage("io.parley.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..")
                .orShould().callMethod(org.jsoup.Jsoup.class, "connect", String.class)
                .check(INGEST);
    }
}
