package com.linli.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import com.linli.domain.identity.IdentityService;

/** Puts the configured admin account in place at every start. */
@Component
class AdminAccount {

    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private final IdentityService identity;
    private final AdminProperties properties;

    AdminAccount(IdentityService identity, AdminProperties properties) {
        this.identity = identity;
        this.properties = properties;
    }

    /** @return the admin's id */
    long provide() {
        if (StringUtils.hasText(properties.password())) {
            // never logged: whoever configured it knows it
            identity.provideAdmin(properties.username(), properties.displayName(), properties.password());
        } else {
            var generated = Passwords.generate();
            if (identity.createAdminIfAbsent(properties.username(), properties.displayName(), generated)) {
                // Shown once, on purpose: the only way to learn a generated password. Set linli.admin.password to choose one.
                log.warn("Created admin account '{}' with generated password: {}", properties.username(), generated);
            }
        }
        return identity.user(properties.username()).getId();
    }
}
