package com.linli.domain.shared;

import java.util.Arrays;

/**
 * A business rejection. {@link #code()} is stable: it is the message key the web layer resolves
 * in the user's language and the suffix of the API problem type. It is an answer, not a fault, so it
 * carries no stack trace, which would walk the hundred frames of a request on every refusal (thousands
 * a second when a hot item sells out) for nobody to read.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    protected DomainException(String code, Object... arguments) {
        super(code + Arrays.toString(arguments), null, false, false);
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
