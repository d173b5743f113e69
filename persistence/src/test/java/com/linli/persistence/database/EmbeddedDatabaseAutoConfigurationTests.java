package com.linli.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

class EmbeddedDatabaseAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class,
                    DataSourceAutoConfiguration.class));

    @Test
    void dataSurvivesARestartInTheSameDataDirectory(@TempDir Path dataDir) {
        var withDataDir = runner.withPropertyValues("linli.database.data-dir=" + dataDir);

        withDataDir.run(context -> {
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            jdbc.execute("create table neighbours (name text)");
            jdbc.update("insert into neighbours values ('张三')");
        });
        withDataDir.run(context -> {
            var jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("select name from neighbours", String.class)).isEqualTo("张三");
            assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("18.");
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        });
    }

    @Test
    void startsNoEmbeddedDatabaseWhenAUrlIsConfigured() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/linli")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
                    assertThat(context.getBean(JdbcConnectionDetails.class).getJdbcUrl())
                            .isEqualTo("jdbc:postgresql://db.example:5432/linli");
                });
    }
}
