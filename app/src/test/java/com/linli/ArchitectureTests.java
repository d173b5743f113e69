package com.linli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of ARCHITECTURE.md: web → domain, persistence → domain, never back, never across. */
class ArchitectureTests {

    private static final JavaClasses LINLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.linli");

    static final ArchRule DOMAIN_KNOWS_NO_FRAMEWORK_BUT_CONTEXT_AND_TX = noClasses()
            .that().resideInAPackage("com.linli.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.linli.web..", "com.linli.persistence..", "com.linli.app..",
                    "org.springframework.web..", "org.springframework.data..", "org.springframework.security..",
                    "org.springframework.jdbc..", "org.springframework.orm..", "org.springframework.boot..",
                    "org.hibernate..", "jakarta.servlet..");

    static final ArchRule WEB_DOES_NOT_USE_PERSISTENCE = noClasses()
            .that().resideInAPackage("com.linli.web..")
            .should().dependOnClassesThat().resideInAnyPackage("com.linli.persistence..", "com.linli.app..");

    static final ArchRule PERSISTENCE_DOES_NOT_USE_WEB = noClasses()
            .that().resideInAPackage("com.linli.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("com.linli.web..", "com.linli.app..",
                    "org.springframework.web..", "jakarta.servlet..");

    @Test
    void domainDependsOnNoWebPersistenceOrFrameworkInfrastructure() {
        DOMAIN_KNOWS_NO_FRAMEWORK_BUT_CONTEXT_AND_TX.check(LINLI);
    }

    @Test
    void webAndPersistenceDoNotKnowEachOther() {
        WEB_DOES_NOT_USE_PERSISTENCE.check(LINLI);
        PERSISTENCE_DOES_NOT_USE_WEB.check(LINLI);
    }

    /** The rules are only worth something if they can fail: classes that break them, seen by them. */
    @Test
    void rulesCatchViolations() {
        var violators = new ClassFileImporter().importPackages(
                "com.linli.domain.archfixture", "com.linli.web.archfixture", "com.linli.persistence.archfixture");

        assertThatThrownBy(() -> DOMAIN_KNOWS_NO_FRAMEWORK_BUT_CONTEXT_AND_TX.check(violators))
                .hasMessageContaining("org.springframework.web.bind.annotation.GetMapping")
                .hasMessageContaining("org.springframework.data.repository.Repository")
                .hasMessageContaining("org.hibernate.Session")
                .hasMessageContaining("jakarta.servlet.http.HttpServletRequest");
        assertThatThrownBy(() -> WEB_DOES_NOT_USE_PERSISTENCE.check(violators))
                .hasMessageContaining("com.linli.persistence.archfixture.Adapter");
        assertThatThrownBy(() -> PERSISTENCE_DOES_NOT_USE_WEB.check(violators))
                .hasMessageContaining("com.linli.web.archfixture.Page");
    }
}
