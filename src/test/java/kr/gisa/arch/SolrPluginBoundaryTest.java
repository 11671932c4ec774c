package kr.gisa.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * solr-core is only {@code provided}: gisa.jar does not carry it, and the Solr plugin jar
 * (gisa-solr-plugin.jar) carries only kr.gisa.solr and kr.gisa.core. So only kr.gisa.solr may use
 * solr-core, and it may use nothing of Gisa beyond the core.
 */
class SolrPluginBoundaryTest {

    private final JavaClasses gisa = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("kr.gisa");

    private static final DescribedPredicate<JavaClass> FROM_SOLR_CORE = new DescribedPredicate<>("come from the solr-core jar") {
        @Override
        public boolean test(JavaClass c) {
            return c.getSource().map(s -> s.getUri().toString().contains("/solr-core-")).orElse(false);
        }
    };

    @Test
    void onlyThePluginUsesSolrCore() {
        noClasses().that().resideOutsideOfPackage("kr.gisa.solr..")
                .should().dependOnClassesThat(FROM_SOLR_CORE)
                .check(gisa);
    }

    @Test
    void thePluginUsesOnlyTheCoreOfGisa() {
        noClasses().that().resideInAPackage("kr.gisa.solr..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("kr.gisa..")
                        .and(JavaClass.Predicates.resideOutsideOfPackages("kr.gisa.core..", "kr.gisa.solr..")))
                .check(gisa);
    }

    @Test
    void solrCoreIsRecognised() {
        // the rule above is not vacuous: the query parser plugin does come from solr-core's API
        classes().that().haveFullyQualifiedName("kr.gisa.solr.GisaQParserPlugin")
                .should().dependOnClassesThat(FROM_SOLR_CORE)
                .check(gisa);
    }
}
