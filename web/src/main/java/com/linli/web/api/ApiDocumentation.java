package com.linli.web.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI 3 description at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): every
 * call with its body, the bearer scheme, and each call's problem answers, listed by kind from
 * {@link Refusals} and the kinds every call may answer with.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearer";
    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI linliApi() {
        return new OpenAPI()
                .info(new Info().title("Linli API").version("v1").description("""
                        Orders of community group-buys for mini-programs, chat bots and partner systems.

                        **Tokens.** `POST /api/v1/auth/token` exchanges a username and password for a bearer
                        token (a signed JWT, valid one hour unless configured); send it as
                        `Authorization: Bearer <token>`. Roles granted later are in the next token.

                        **Retries.** `POST /api/v1/orders`, `PUT /api/v1/orders/{id}/lines` and
                        `POST /api/v1/orders/{id}/cancel` take an `Idempotency-Key` header (1 to 100 visible
                        ASCII characters, e.g. a UUID): the same request again with the same key within 24 hours
                        gets the first answer (same status and body, `Idempotent-Replayed: true`) without being
                        done again, also when both arrive at once; the same key with a different request is
                        refused (422). A refused request keeps nothing: sending it again asks again.

                        **Errors** are `application/problem+json` (RFC 9457): `type` is stable, one of
                        `urn:linli:problem:` followed by malformed, validation, unauthorized, forbidden,
                        not-found, method-not-allowed, not-acceptable, sold-out, limit-exceeded, cutoff-passed,
                        state-conflict, idempotency-key-reused, rate-limited or internal; `title` and `detail`
                        are in the language of `Accept-Language` (zh-CN or en); `code` names the exact rule;
                        `errors` lists the fields of a validation problem. Someone else's order is not found
                        (404), never forbidden.

                        **Money** is in CNY, as `{"fen": 1990, "yuan": "19.90"}`; times are ISO 8601 in UTC.
                        **Lists** are paged with `page` (from 0) and `size` (1 to 100)."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("A token from POST /api/v1/auth/token"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    private static Schema<?> problemSchema() {
        var fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().example("lines[0].quantity"))
                .addProperty("message", new StringSchema().example("Enter a whole number within range."));
        return new ObjectSchema().description("An RFC 9457 problem")
                .addProperty("type", new StringSchema().format("uri").example("urn:linli:problem:sold-out"))
                .addProperty("title", new StringSchema().example("Sold out"))
                .addProperty("status", new IntegerSchema().example(409))
                .addProperty("detail", new StringSchema().example("Not enough 赣南脐橙 left for that quantity."))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/orders"))
                .addProperty("code", new StringSchema().description("The exact rule, stable").example("order.sold-out"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("Validation problems only: each field and what is wrong with it"));
    }

    /** Each call's problem answers: those it declares, and those every call may give. */
    @Bean
    OperationCustomizer problemResponses(MessageSource messages) {
        return (operation, handler) -> {
            var kinds = EnumSet.of(ProblemType.MALFORMED, ProblemType.VALIDATION, ProblemType.INTERNAL);
            if (!isPublic(operation)) {
                kinds.add(ProblemType.UNAUTHORIZED);
            }
            var declared = handler.getMethodAnnotation(Refusals.class);
            if (declared != null) {
                kinds.addAll(Arrays.asList(declared.value()));
            }
            var byStatus = kinds.stream().collect(Collectors.groupingBy(kind -> kind.status().value(), TreeMap::new,
                    Collectors.toList()));
            byStatus.forEach((status, ofStatus) -> operation.getResponses().addApiResponse(String.valueOf(status),
                    new ApiResponse().description(ofStatus.stream()
                                    .map(kind -> "`" + kind.uri() + "`: " + messages.getMessage(kind.key(), null, Locale.ENGLISH))
                                    .collect(Collectors.joining("; ")))
                            .content(new Content().addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    new io.swagger.v3.oas.models.media.MediaType()
                                            .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
            return operation;
        };
    }

    /** Marked public with an empty {@code @SecurityRequirements}. */
    private static boolean isPublic(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().isEmpty();
    }
}
