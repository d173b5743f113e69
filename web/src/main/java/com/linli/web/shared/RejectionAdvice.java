package com.linli.web.shared;

import java.util.Locale;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import com.linli.domain.shared.DomainException;
import com.linli.domain.shared.NotFound;

/**
 * Pages: a business rejection that a controller did not turn into a form error is shown in the
 * layout with its message in the user's language, and so is a request that cannot be read.
 * Controllers that show forms catch what they expect and re-render the form instead.
 */
@ControllerAdvice(basePackages = "com.linli.web", annotations = org.springframework.stereotype.Controller.class)
class RejectionAdvice {

    private final MessageSource messages;

    RejectionAdvice(MessageSource messages) {
        this.messages = messages;
    }

    /** A request parameter that breaks its constraint (control characters in a search, …), with the reasons. */
    @ExceptionHandler(HandlerMethodValidationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView invalidParameters(HandlerMethodValidationException invalid, Locale locale) {
        var view = new ModelAndView("error/400");
        view.addObject("reasons", invalid.getAllErrors().stream().map(error -> messages.getMessage(error, locale))
                .distinct().toList());
        return view;
    }

    /**
     * A value that cannot be converted: in the path it names nothing that exists ({@code /orders/abc}),
     * elsewhere the request is unreadable ({@code ?page=abc}).
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView unreadable(MethodArgumentTypeMismatchException mismatch) {
        var inPath = mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
        var view = new ModelAndView(inPath ? "error/404" : "error/400");
        view.setStatus(inPath ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
        return view;
    }

    /** A field the form does not have, like a row beyond its rows (items[300].price) or items[-1]. */
    @ExceptionHandler(InvalidPropertyException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView unknownField() {
        return new ModelAndView("error/400");
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound() {
        return new ModelAndView("error/404");
    }

    @ExceptionHandler(DomainException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ModelAndView rejected(DomainException rejection) {
        var view = new ModelAndView("error/rejected");
        view.addObject("rejection", rejection);
        return view;
    }
}
