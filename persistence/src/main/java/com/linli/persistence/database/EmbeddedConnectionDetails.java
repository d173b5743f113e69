package com.linli.persistence.database;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** How to reach an embedded PostgreSQL: its superuser on the {@code postgres} database. */
public record EmbeddedConnectionDetails(String getJdbcUrl) implements JdbcConnectionDetails {

    public EmbeddedConnectionDetails(EmbeddedPostgres postgres) {
        this(postgres.getJdbcUrl("postgres", "postgres"));
    }

    @Override
    public String getUsername() {
        return "postgres";
    }

    @Override
    public String getPassword() {
        return "postgres";
    }
}
