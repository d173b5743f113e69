package com.linli.web.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code linli.api.*}: how the API's bearer tokens are signed and how long they hold.
 *
 * @param tokenSecret   the HMAC-SHA256 key that signs them, Base64, at least 32 bytes; when not given, a
 *                      generated one is kept in the database, shared by every node and restart
 * @param tokenLifetime how long a token holds, one hour unless configured
 */
@ConfigurationProperties("linli.api")
public record ApiProperties(String tokenSecret, @DefaultValue("PT1H") Duration tokenLifetime) {

    public ApiProperties {
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("linli.api.token-lifetime must be positive, not " + tokenLifetime);
        }
    }
}
