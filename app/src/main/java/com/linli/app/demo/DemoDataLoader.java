package com.linli.app.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import com.linli.app.Passwords;
import com.linli.domain.catalog.CatalogService;
import com.linli.domain.identity.IdentityService;
import com.linli.domain.supplier.SupplierService;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Loads the demo platform into an empty database at start-up, when the configuration says so. */
@Component
public class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demo;
    private final DemoProperties properties;
    private final IdentityService identity;
    private final SupplierService suppliers;
    private final CatalogService catalog;
    private final ObjectProvider<EmbeddedPostgres> embedded;

    DemoDataLoader(DemoData demo, DemoProperties properties, IdentityService identity, SupplierService suppliers,
                   CatalogService catalog, ObjectProvider<EmbeddedPostgres> embedded) {
        this.demo = demo;
        this.properties = properties;
        this.identity = identity;
        this.suppliers = suppliers;
        this.catalog = catalog;
        this.embedded = embedded;
    }

    /** @param adminId the admin who approves the demo leaders */
    public void loadIfWanted(long adminId) {
        var wanted = properties.enabled() != null ? properties.enabled() : embedded.getIfAvailable() != null;
        if (!wanted || !empty()) {
            return;
        }
        var configured = StringUtils.hasText(properties.password());
        var password = configured ? properties.password() : Passwords.generate();
        demo.load(adminId, password);
        if (configured) {
            log.info("Loaded demo data. Sign in at /login as leader1…leader3 or member1…member30 "
                    + "with the password set in linli.demo.password");
        } else {
            // Shown once, when the demo accounts are created: the only way to learn it. Set linli.demo.password to choose it.
            log.warn("Loaded demo data. Sign in at /login as leader1…leader3 or member1…member30 "
                    + "with generated password: {}", password);
        }
    }

    /**
     * Nothing but admin accounts: nobody has registered and the catalog is empty. Everything else
     * Linli keeps hangs off a user or the catalog, so the demo neither mixes into real data nor
     * collides with it.
     */
    private boolean empty() {
        return !identity.anyoneButAdmins() && suppliers.all().isEmpty() && catalog.categories().isEmpty();
    }
}
