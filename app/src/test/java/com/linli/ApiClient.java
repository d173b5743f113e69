package com.linli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the REST API over real HTTP, as a mini-program or a partner system is: JSON in and out,
 * a bearer token, no cookies. Bodies are given as maps (or raw text, to send what a careless client
 * sends); answers are read as JSON.
 */
final class ApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String language;
    private final String token;
    private final HttpClient client;

    private ApiClient(String base, String language, String token, HttpClient client) {
        this.base = base;
        this.language = language;
        this.token = token;
        this.client = client;
    }

    ApiClient(int port) {
        this("http://localhost:" + port, "en", null, HttpClient.newHttpClient());
    }

    /** The same client in another language (Accept-Language). */
    ApiClient in(String language) {
        return new ApiClient(base, language, token, client);
    }

    /** The same client sending this bearer token. */
    ApiClient withToken(String token) {
        return new ApiClient(base, language, token, client);
    }

    /** Signs in through the token endpoint as that test account (password {@link Accounts#PASSWORD}). */
    ApiClient as(String username) {
        return as(username, Accounts.PASSWORD);
    }

    ApiClient as(String username, String password) {
        var answer = post("/api/v1/auth/token", Map.of("username", username, "password", password));
        if (answer.status() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + answer);
        }
        return withToken(answer.json().path("accessToken").asString());
    }

    String token() {
        return token;
    }

    Answer get(String path) {
        return send("GET", path, null, Map.of());
    }

    Answer post(String path, Object body) {
        return send("POST", path, body, Map.of());
    }

    Answer post(String path, Object body, String idempotencyKey) {
        return send("POST", path, body, Map.of("Idempotency-Key", idempotencyKey));
    }

    Answer put(String path, Object body) {
        return send("PUT", path, body, Map.of());
    }

    Answer put(String path, Object body, String idempotencyKey) {
        return send("PUT", path, body, Map.of("Idempotency-Key", idempotencyKey));
    }

    /**
     * Sends a request: a body that is a {@link String} goes as it is, anything else as JSON; headers
     * given replace the client's own (e.g. another Content-Type).
     */
    Answer send(String method, String path, Object body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        var all = new LinkedHashMap<String, String>();
        all.put("Accept", "application/json");
        all.put("Accept-Language", language);
        if (token != null) {
            all.put("Authorization", "Bearer " + token);
        }
        if (body != null) {
            all.put("Content-Type", "application/json");
        }
        all.putAll(headers);
        all.forEach(request::header);
        var text = body == null ? null : body instanceof String raw ? raw : JSON.writeValueAsString(body);
        request.method(method, text == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(text));
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The number of SQL statements the request issues on the server, security included. */
    int statements(String method, String path, Object body, Map<String, String> headers) {
        var id = UUID.randomUUID().toString();
        var all = new LinkedHashMap<>(headers);
        all.put(StatementCounting.HEADER, id);
        send(method, path, body, all);
        return StatementCounting.of(id);
    }

    int statements(String method, String path, Object body) {
        return statements(method, path, body, Map.of());
    }

    /** An answer: status, headers and body, with the body read as JSON on demand. */
    record Answer(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        /** The problem's type, e.g. "sold-out" for urn:linli:problem:sold-out. */
        String problem() {
            return json().path("type").asString().replace("urn:linli:problem:", "");
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        long id() {
            return json().path("id").asLong();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
