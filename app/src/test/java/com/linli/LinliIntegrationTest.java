package com.linli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import com.linli.persistence.testsupport.TestDatabaseConfiguration;

/**
 * The whole application on a real port and a real PostgreSQL. Every integration test uses exactly
 * this configuration so that they all share one Spring context; the shared {@link TestClock} is put
 * back after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"linli.admin.username=admin", "linli.admin.password=" + LinliIntegrationTest.ADMIN_PASSWORD})
@AutoConfigureMockMvc
@ExtendWith(TestClock.ResetAfterEachTest.class)
@Import({TestDatabaseConfiguration.class, StatementCounting.class, FailingController.class, Accounts.class,
        Neighbourhoods.class, Platform.class, TestClock.class, Fulfilments.class, Commissions.class})
public @interface LinliIntegrationTest {

    String ADMIN_PASSWORD = "admin-password-for-tests";
}
