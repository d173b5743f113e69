package com.linli.persistence.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data when no {@code spring.datasource.url} is given
 * ({@code linli.database.data-dir}, environment {@code LINLI_DATABASE_DATA_DIR}).
 */
@ConfigurationProperties("linli.database")
public record DatabaseProperties(@DefaultValue("${user.home}/.linli/postgres") Path dataDir) {
}
