package com.linli.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin account ({@code linli.admin.*}, environment {@code LINLI_ADMIN_USERNAME},
 * {@code LINLI_ADMIN_PASSWORD}). Without a password one is generated at first start.
 */
@ConfigurationProperties("linli.admin")
record AdminProperties(@DefaultValue("admin") String username, @DefaultValue("Admin") String displayName,
                       String password) {
}
