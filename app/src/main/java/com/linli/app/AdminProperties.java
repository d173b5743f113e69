package com.linli.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.linli.domain.identity.PasswordHasher;
import com.linli.domain.shared.MaxBytesValidator;

/**
 * The admin account ({@code linli.admin.*}, environment {@code LINLI_ADMIN_USERNAME},
 * {@code LINLI_ADMIN_PASSWORD}). Without a password one is generated at first start.
 */
@ConfigurationProperties("linli.admin")
record AdminProperties(@DefaultValue("admin") String username, @DefaultValue("Admin") String displayName,
                       String password) {

    /** A password the hasher cannot take stops the start here, with the reason, not at the first sign-in. */
    AdminProperties {
        if (!MaxBytesValidator.fits(password, PasswordHasher.MAX_BYTES)) {
            throw new IllegalArgumentException("linli.admin.password must take at most " + PasswordHasher.MAX_BYTES
                    + " bytes in UTF-8 (a Chinese character takes 3)");
        }
    }
}
