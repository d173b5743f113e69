package com.linli.web.api;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The kinds of problem the API answers with: each a stable {@code type} URI (never to be changed,
 * clients branch on it), one HTTP status, and a title in {@code messages*.properties} under
 * {@code api.problem.<slug>}.
 */
public enum ProblemType {

    /** The request cannot be read: not JSON, a field it does not have, a number out of range, too large. */
    MALFORMED(HttpStatus.BAD_REQUEST, "malformed"),
    /** Fields break their rules; {@code errors} says which and why. */
    VALIDATION(HttpStatus.BAD_REQUEST, "validation"),
    /** No bearer token, or one that is invalid or has expired; or a wrong username or password. */
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized"),
    /** The caller's role or membership does not allow this. */
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden"),
    /** Nothing there, or nothing the caller may see (someone else's order looks the same). */
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable"),
    /** Not enough stock left of an item. */
    SOLD_OUT(HttpStatus.CONFLICT, "sold-out"),
    /** More of an item than one member may order. */
    LIMIT_EXCEEDED(HttpStatus.CONFLICT, "limit-exceeded"),
    /** The group-buy no longer takes orders or changes. */
    CUTOFF_PASSED(HttpStatus.CONFLICT, "cutoff-passed"),
    /** Not possible in the current state: already ordered, already cancelled, code already used, … */
    STATE_CONFLICT(HttpStatus.CONFLICT, "state-conflict"),
    /** An Idempotency-Key sent again with a different request. */
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused"),
    /** Too many attempts; the Retry-After header says when to try again. */
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited"),
    /** Something failed on Linli's side; nothing to fix in the request. */
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal");

    private static final String PREFIX = "urn:linli:problem:";

    private final HttpStatus status;
    private final String slug;

    ProblemType(HttpStatus status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public HttpStatus status() {
        return status;
    }

    public URI uri() {
        return URI.create(PREFIX + slug);
    }

    /** The message key of the title; details of this kind are under it too. */
    public String key() {
        return "api.problem." + slug;
    }

    /** The kind a bare HTTP error status stands for, where no more is known. */
    static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> STATE_CONFLICT;
            case 429 -> RATE_LIMITED;
            default -> status >= 500 ? INTERNAL : MALFORMED;
        };
    }
}
