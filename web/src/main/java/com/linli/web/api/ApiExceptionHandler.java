package com.linli.web.api;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import com.linli.domain.community.NotAMember;
import com.linli.domain.idempotency.IdempotencyKeyReused;
import com.linli.domain.leader.LeaderSuspended;
import com.linli.domain.order.CutoffPassed;
import com.linli.domain.order.LimitExceeded;
import com.linli.domain.order.SoldOut;
import com.linli.domain.shared.DomainException;
import com.linli.domain.shared.NotFound;
import com.linli.web.ratelimit.RateLimited;
import com.linli.web.security.LoginThrottled;

/**
 * The API's one answer to every failure of its controllers: an RFC 9457 problem of a stable type, in
 * the caller's language. Ahead of the pages' advice, which would otherwise answer with a page.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** Business rules about what the request says, by code, with the field of the request they concern. */
    private static final Map<String, String> INPUT_RULES = Map.of(
            "order.quantity-invalid", "lines", "order.quantity-too-large", "lines", "order.empty", "lines",
            "order.item-unknown", "lines", "registration.password.bytes", "password",
            "fulfilment.pickup.code-malformed", "pickupCode");

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> rejected(DomainException rejection, Locale locale) {
        var field = INPUT_RULES.get(rejection.code());
        if (field != null) {
            return answer(problems.invalid(locale, field, rejection.code(), rejection.arguments()));
        }
        if (rejection.code().equals("fulfilment.pickup.too-many-attempts")) {
            var minutes = ((Number) rejection.arguments()[0]).longValue();
            return answer(problem(ProblemType.RATE_LIMITED, rejection, locale),
                    Problems.retryAfter(Duration.ofMinutes(minutes)));
        }
        return answer(problem(typeOf(rejection), rejection, locale));
    }

    private static ProblemType typeOf(DomainException rejection) {
        if (rejection instanceof NotFound || rejection.code().equals("fulfilment.pickup.code-unknown")) {
            return ProblemType.NOT_FOUND;
        }
        if (rejection instanceof NotAMember || rejection instanceof LeaderSuspended) {
            return ProblemType.FORBIDDEN;
        }
        if (rejection instanceof IdempotencyKeyReused) {
            return ProblemType.IDEMPOTENCY_KEY_REUSED;
        }
        if (rejection instanceof SoldOut) {
            return ProblemType.SOLD_OUT;
        }
        if (rejection instanceof LimitExceeded) {
            return ProblemType.LIMIT_EXCEEDED;
        }
        if (rejection instanceof CutoffPassed) {
            return ProblemType.CUTOFF_PASSED;
        }
        return ProblemType.STATE_CONFLICT;
    }

    private ProblemDetail problem(ProblemType type, DomainException rejection, Locale locale) {
        return problems.of(type, locale, rejection.code(), rejection.arguments());
    }

    /** A body field that breaks its constraint, e.g. a text with control characters or a missing id. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException invalid, Locale locale) {
        var errors = invalid.getBindingResult().getAllErrors().stream()
                .map(error -> problems.field(error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        error, locale))
                .toList();
        return answer(problems.invalid(locale, errors));
    }

    /**
     * A parameter or header that breaks its constraint (a page size over 100, an overlong Idempotency-Key),
     * and with them the body's fields when a call checks both.
     */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException invalid, Locale locale) {
        var errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> problems.field(
                        error instanceof FieldError field ? field.getField() : parameterName(result.getMethodParameter()),
                        error, locale)))
                .toList();
        return answer(problems.invalid(locale, errors));
    }

    private static String parameterName(org.springframework.core.MethodParameter parameter) {
        var header = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return parameter.getParameterName();
    }

    /** A body that is not JSON, or JSON that does not fit: unknown fields, wrong types, numbers out of range. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) {
                return malformed(locale, "too-large", tooLarge.limitKilobytes());
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return malformed(locale, "unknown-field", path(unknown));
            }
            if (cause instanceof StreamReadException syntax && !(syntax instanceof InputCoercionException)) {
                return malformed(locale, "json");
            }
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                return malformed(locale, "value", path(json));
            }
        }
        return malformed(locale, "body");
    }

    /** "lines[0].quantity", as a client names the field. */
    private static String path(JacksonException json) {
        var path = new StringBuilder();
        for (var reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> notJson(Locale locale) {
        return malformed(locale, "media-type");
    }

    /** A value that cannot be converted: in the path it names nothing that exists, elsewhere it is unreadable. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException mismatch, Locale locale) {
        if (mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return answer(problems.of(ProblemType.NOT_FOUND, locale, "error.not-found"));
        }
        return malformed(locale, "value", mismatch.getName());
    }

    private ResponseEntity<ProblemDetail> malformed(Locale locale, String kind, Object... arguments) {
        return answer(problems.of(ProblemType.MALFORMED, locale, ProblemType.MALFORMED.key() + "." + kind, arguments));
    }

    /** The token endpoint: one answer for any wrong name or password. */
    @ExceptionHandler(BadCredentialsException.class)
    ResponseEntity<ProblemDetail> wrongCredentials(Locale locale) {
        return answer(problems.of(ProblemType.UNAUTHORIZED, locale, "login.failed"));
    }

    @ExceptionHandler(LoginThrottled.class)
    ResponseEntity<ProblemDetail> loginThrottled(LoginThrottled throttled, Locale locale) {
        return answer(problems.of(ProblemType.RATE_LIMITED, locale, "login.throttled",
                RateLimited.minutes(throttled.retryAfter())), Problems.retryAfter(throttled.retryAfter()));
    }

    @ExceptionHandler(RateLimited.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimited limited, Locale locale) {
        return answer(problems.of(ProblemType.RATE_LIMITED, locale, ProblemType.RATE_LIMITED.key() + ".wait",
                limited.minutes()), Problems.retryAfter(limited.retryAfter()));
    }

    /** Spring's own refusals (a missing header, a wrong method, …) by their status; anything else is ours. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception, HttpServletRequest request, Locale locale) {
        if (exception instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            var type = ProblemType.forStatus(known.getStatusCode().value());
            return answer(problems.of(type, locale, type.key() + ".detail"), known.getHeaders());
        }
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), exception);
        return answer(problems.of(ProblemType.INTERNAL, locale, ProblemType.INTERNAL.key() + ".detail"));
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return answer(problem, HttpHeaders.EMPTY);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }
}
