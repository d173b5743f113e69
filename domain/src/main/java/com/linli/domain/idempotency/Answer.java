package com.linli.domain.idempotency;

/**
 * What a request was answered, kept to answer its retries the same: a status, where the created
 * thing is (or null) and the body, as the caller's protocol writes them.
 */
public record Answer(int status, String location, String body) {
}
