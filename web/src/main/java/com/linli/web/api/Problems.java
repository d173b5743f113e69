package com.linli.web.api;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the API's RFC 9457 problem documents, title and detail in the caller's language, and writes
 * them where no controller advice answers (security, filters).
 */
@Component
public class Problems {

    private static final String API_KEYS = "api.problem.";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    Problems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** A problem of this kind whose detail is the message {@code detailCode} with its arguments. */
    public ProblemDetail of(ProblemType type, Locale locale, String detailCode, Object... arguments) {
        var problem = ProblemDetail.forStatusAndDetail(type.status(),
                messages.getMessage(detailCode, arguments, locale));
        problem.setType(type.uri());
        problem.setTitle(messages.getMessage(type.key(), null, locale));
        problem.setProperty("code", code(detailCode));
        return problem;
    }

    /** A domain rule's code as it is ("order.sold-out"); the API's own without their key's prefix ("malformed.json"). */
    private static String code(String detailCode) {
        return detailCode.startsWith(API_KEYS) ? detailCode.substring(API_KEYS.length()).replace(".detail", "")
                : detailCode;
    }

    /** A validation problem listing each field and what is wrong with it. */
    public ProblemDetail invalid(Locale locale, List<FieldProblem> errors) {
        var problem = of(ProblemType.VALIDATION, locale, ProblemType.VALIDATION.key() + ".detail");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A validation problem of one business rule, by its code, about one field. */
    public ProblemDetail invalid(Locale locale, String field, String code, Object... arguments) {
        var problem = invalid(locale, List.of(field(field, locale, code, arguments)));
        problem.setProperty("code", code);
        return problem;
    }

    public FieldProblem field(String field, MessageSourceResolvable message, Locale locale) {
        return new FieldProblem(field, messages.getMessage(message, locale));
    }

    public FieldProblem field(String field, Locale locale, String code, Object... arguments) {
        return new FieldProblem(field, messages.getMessage(code, arguments, locale));
    }

    /** The {@code Retry-After} header of a refusal for too many attempts: whole seconds, rounded up. */
    public static HttpHeaders retryAfter(Duration wait) {
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)));
        return headers;
    }

    public Locale locale(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

    /** Writes the problem as the whole response, for answers given outside the MVC handlers. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** One field of a request that is not valid, and why, in the caller's language. */
    public record FieldProblem(String field, String message) {
    }
}
