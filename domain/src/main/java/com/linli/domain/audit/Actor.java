package com.linli.domain.audit;

/** The signed-in user behind an action. */
public record Actor(long userId, String username) {
}
