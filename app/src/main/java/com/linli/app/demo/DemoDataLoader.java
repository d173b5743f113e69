package com.linli.app.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import com.linli.app.Passwords;
import com.linli.domain.supplier.SupplierService;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Loads the demo platform into an empty database at start-up, when the configuration says so. */
@Component
@Order(1)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demo;
    private final DemoProperties properties;
    private final SupplierService suppliers;
    private final ObjectProvider<EmbeddedPostgres> embedded;

    DemoDataLoader(DemoData demo, DemoProperties properties, SupplierService suppliers,
                   ObjectProvider<EmbeddedPostgres> embedded) {
        this.demo = demo;
        this.properties = properties;
        this.suppliers = suppliers;
        this.embedded = embedded;
    }

    @Override
    public void run(ApplicationArguments args) {
        var wanted = properties.enabled() != null ? properties.enabled() : embedded.getIfAvailable() != null;
        if (!wanted || !suppliers.all().isEmpty()) {
            return;
        }
        var password = StringUtils.hasText(properties.password()) ? properties.password() : Passwords.generate();
        demo.load(password);
        // Shown once, when the demo accounts are created; set linli.demo.password to choose it.
        log.warn("Loaded demo data. Sign in at /login as leader1…leader3 or member1…member30 with password: {}",
                password);
    }
}
