package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;

/**
 * Issue 10: the OpenAPI 3 description at /v3/api-docs tells an integrator everything: every call of
 * the API (and nothing else), its body, its problem answers and the bearer scheme. A call added
 * without its description fails here.
 */
@LinliIntegrationTest
class ApiDocumentationIntegrationTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    private JsonNode description() {
        var docs = new ApiClient(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        return docs.json();
    }

    @Test
    void everyCallOfTheApiIsDescribedWithItsBodyAndItsProblems() {
        var paths = description().path("paths");
        var undocumented = new ArrayList<String>();
        var calls = 0;
        for (var mapping : mappings.getHandlerMethods().entrySet()) {
            for (var path : mapping.getKey().getPathPatternsCondition().getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                    calls++;
                    var call = method + " " + path;
                    var operation = paths.path(path).path(method.name().toLowerCase());
                    if (operation.isMissingNode()) {
                        undocumented.add(call + ": missing");
                        continue;
                    }
                    if (operation.path("summary").asString().isBlank()) {
                        undocumented.add(call + ": no summary");
                    }
                    for (var status : List.of("400", "500")) {
                        if (operation.path("responses").path(status).path("content")
                                .path("application/problem+json").isMissingNode()) {
                            undocumented.add(call + ": no problem answer " + status);
                        }
                    }
                    var takesBody = java.util.Arrays.stream(mapping.getValue().getMethodParameters())
                            .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
                    if (takesBody && operation.path("requestBody").path("content").path("application/json")
                            .path("schema").isMissingNode()) {
                        undocumented.add(call + ": body not described");
                    }
                }
            }
        }

        assertThat(calls).as("the calls of PRODUCT.md").isEqualTo(13);
        assertThat(undocumented).isEmpty();
        assertThat(paths.propertyNames()).allMatch(path -> path.startsWith("/api/v1/"));
    }

    @Test
    void theBearerSchemeAndEachCallsProblemsAreDescribed() {
        var docs = description();
        var paths = docs.path("paths");

        var bearer = docs.path("components").path("securitySchemes").path("bearer");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
        assertThat(bearer.path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(docs.path("security").path(0).has("bearer")).isTrue();
        assertThat(paths.path("/api/v1/auth/token").path("post").path("security").isEmpty()).as("public").isTrue();
        assertThat(paths.path("/api/v1/communities").path("get").path("security").isEmpty()).as("public").isTrue();

        var place = paths.path("/api/v1/orders").path("post");
        assertThat(place.path("responses").path("409").path("description").asString())
                .contains("urn:linli:problem:sold-out", "urn:linli:problem:limit-exceeded",
                        "urn:linli:problem:cutoff-passed", "urn:linli:problem:state-conflict");
        assertThat(place.path("responses").path("422").path("description").asString())
                .contains("urn:linli:problem:idempotency-key-reused");
        assertThat(place.path("responses").path("401").isMissingNode()).isFalse();
        assertThat(place.path("parameters").valueStream().map(parameter -> parameter.path("name").asString()))
                .contains("Idempotency-Key");
        assertThat(place.path("requestBody").path("content").path("application/json").path("schema").path("$ref")
                .asString()).endsWith("PlaceOrderRequest");
        assertThat(docs.path("components").path("schemas").path("Problem").path("properties").has("errors")).isTrue();
        assertThat(paths.path("/api/v1/leader/pickups").path("post").path("responses").path("429").isMissingNode())
                .isFalse();
        assertThat(paths.path("/api/v1/orders").path("get").path("parameters").valueStream()
                .map(parameter -> parameter.path("name").asString())).contains("page", "size");
    }

    @Test
    void swaggerUiServesTheDescriptionUnderItsOwnPolicy() {
        var visitor = new ApiClient(port);

        var redirect = visitor.send("GET", "/swagger-ui.html", null, java.util.Map.of("Accept", "text/html"));
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).endsWith("/swagger-ui/index.html");
        var ui = visitor.send("GET", "/swagger-ui/index.html", null, java.util.Map.of("Accept", "text/html"));
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        assertThat(ui.header("Content-Security-Policy")).contains("script-src 'self';", "style-src 'self' 'unsafe-inline'")
                .doesNotContain("unsafe-eval");
        assertThat(visitor.send("GET", "/", null, java.util.Map.of("Accept", "text/html")).header("Content-Security-Policy"))
                .as("the pages keep theirs").doesNotContain("unsafe-inline");
        assertThat(visitor.get("/v3/api-docs/swagger-config").json().path("url").asString()).isEqualTo("/v3/api-docs");
    }
}
