package com.linli.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AdminPropertiesTests {

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withUserConfiguration(Bound.class);

    @Test
    void anAdminPasswordTheHasherCannotTakeStopsTheStartWithTheReasonButNotThePassword() {
        application.withPropertyValues("linli.admin.password=" + "密".repeat(25))
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("linli.admin.password must take at most 72 bytes")
                        .hasMessageNotContaining("密"));
        application.withPropertyValues("linli.admin.password=" + "密".repeat(24))
                .run(started -> assertThat(started).hasNotFailed());
    }

    @EnableConfigurationProperties(AdminProperties.class)
    static class Bound {
    }
}
