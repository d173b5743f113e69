package com.linli.persistence.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hand-written SQL beside JPA in one transaction. JPA writes what it holds before such SQL runs, so
 * the SQL sees it; after SQL that wrote rows JPA maps, JPA forgets what it had loaded, so nothing in
 * the transaction reads those rows stale or overwrites them.
 */
@Component
public class SqlBesideJpa {

    private final EntityManager entityManager;

    SqlBesideJpa(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void beforeSql() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            entityManager.flush();
        }
    }

    public void afterWritingMappedRows() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            entityManager.clear();
        }
    }

    /** An instant as PostgreSQL's driver binds it to a {@code timestamptz}. */
    public static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        var value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
