package com.linli.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem kinds an API call may answer with beyond those every call may (a malformed or invalid
 * request, a missing token, an internal error); its OpenAPI description lists them (ApiDocumentation).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Refusals {

    ProblemType[] value();
}
