package com.linli.web.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import com.linli.domain.idempotency.Answer;
import com.linli.domain.idempotency.IdempotencyService;
import com.linli.web.security.SignedInUser;

/**
 * The {@code Idempotency-Key} header of the calls that change orders: the first request with a key
 * is done and its answer kept; the same request again with that key, within a day, gets that answer
 * (status, location and body) without being done again, marked {@code Idempotent-Replayed: true}.
 * Without the header a call is simply done. Keys belong to the caller: two members never share one.
 */
@Component
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** What a key may be: 1 to 100 visible ASCII characters, e.g. a UUID. */
    public static final String KEY_PATTERN = "[\\x21-\\x7E]{1,100}";

    private final IdempotencyService service;
    private final JsonMapper json;

    Idempotency(IdempotencyService service, JsonMapper json) {
        this.service = service;
        this.json = json;
    }

    /**
     * Does {@code work} once per key; its answer must be a body of {@code type}.
     *
     * @param key  the header, or null to just do the work
     * @param body the request's body (null for none): with the method and path, what makes it the same request
     */
    public <T> ResponseEntity<T> once(SignedInUser caller, String key, HttpServletRequest request, Object body,
                                      Class<T> type, Supplier<ResponseEntity<T>> work) {
        if (key == null) {
            return work.get();
        }
        var answered = service.once(caller.getId(), key, fingerprint(request, body), () -> {
            var response = work.get();
            var location = response.getHeaders().getLocation();
            return new Answer(response.getStatusCode().value(), location == null ? null : location.toString(),
                    json.writeValueAsString(response.getBody()));
        });
        // the first answer too is given as kept, so that every answer to the key is the same
        var answer = answered.answer();
        var response = ResponseEntity.status(answer.status());
        if (answered.replayed()) {
            response.header(REPLAYED, "true");
        }
        if (answer.location() != null) {
            response.header(HttpHeaders.LOCATION, answer.location());
        }
        return response.body(json.readValue(answer.body(), type));
    }

    /** Method, path and body as JSON (field order and spacing as the API writes them), hashed. */
    private String fingerprint(HttpServletRequest request, Object body) {
        var described = request.getMethod() + " " + request.getRequestURI() + "\n" + json.writeValueAsString(body);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(described.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
