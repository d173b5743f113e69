package com.linli.web.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked: too many wrong passwords for the account or from the address. */
public class LoginThrottled extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottled(Duration retryAfter) {
        super("Too many failed sign-ins; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
