package id.kawal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages point one way (see STYLE.md): the top layer ({@code web}'s home page and task API, the
 * {@code demo} loader) composes the features; the features ({@code actionplan}, {@code competition},
 * {@code certificate}) use the shared packages below them ({@code document}, {@code identity},
 * {@code notification}, {@code pdf}, {@code report}, {@code system} with the shared web helpers in
 * {@code system.web}); nothing below imports what is above. A new package must take a place here.
 */
class ArchitectureTest {

    private static final String[] TOP = {"id.kawal.web..", "id.kawal.demo.."};
    private static final String[] FEATURES = {"id.kawal.actionplan..", "id.kawal.certificate..", "id.kawal.competition..",
            "id.kawal.innovation.."};
    private static final String[] SHARED = {"id.kawal.document..", "id.kawal.identity..", "id.kawal.notification..",
            "id.kawal.pdf..", "id.kawal.report..", "id.kawal.system.."};

    private static final JavaClasses KAWAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("id.kawal");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("id.kawal.(*)..").should().beFreeOfCycles().check(KAWAL);
    }

    @Test
    void nothingImportsTheTopLayer() {
        layers().whereLayer("Top").mayNotBeAccessedByAnyLayer().check(KAWAL);
    }

    @Test
    void onlyTheTopLayerAndOtherFeaturesImportAFeature() {
        layers().whereLayer("Features").mayOnlyBeAccessedByLayers("Top").check(KAWAL);
    }

    @Test
    void sharedPackagesImportNoFeature() {
        layers().whereLayer("Shared").mayOnlyAccessLayers("Shared").check(KAWAL);
    }

    @Test
    void everyPackageHasItsPlaceInTheLayers() {
        String[] placed = Stream.of(new String[] {"id.kawal"}, TOP, FEATURES, SHARED).flatMap(Arrays::stream)
                .toArray(String[]::new);
        classes().should().resideInAnyPackage(placed).check(KAWAL);
    }

    /** Dependencies within a layer are always allowed: features may use each other, so may shared packages. */
    private static LayeredArchitecture layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Top").definedBy(TOP)
                .layer("Features").definedBy(FEATURES)
                .layer("Shared").definedBy(SHARED);
    }
}
