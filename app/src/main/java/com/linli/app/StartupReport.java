package com.linli.app;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One line at start-up: which database Linli uses and where to open it. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedPostgres> embedded;

    StartupReport(DataSource dataSource, ObjectProvider<EmbeddedPostgres> embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) throws SQLException {
        String database;
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            database = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + meta.getURL();
        }
        var kind = embedded.getIfAvailable() != null ? "embedded " : "";
        var port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        log.info("Linli is ready: open http://localhost:{}/ — using {}{}", port, kind, database);
    }
}
