package com.linli.domain.shared;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text a person typed, without control characters: nobody types them, a NUL makes PostgreSQL fail,
 * and others garble pages and exports. A {@link #multiline()} text keeps its line breaks and tabs.
 * Every text input carries it (FormInputsTests checks). Null is valid.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    /** Whether line breaks and tabs are allowed, as in a pitch or an introduction. */
    boolean multiline() default false;

    String message() default "{validation.plain-text}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
