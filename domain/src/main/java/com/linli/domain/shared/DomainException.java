package com.linli.domain.shared;

import java.util.Arrays;

/**
 * A business rejection. {@link #code()} is stable: it is the message key the web layer resolves
 * in the user's language and the suffix of the API problem type.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    protected DomainException(String code, Object... arguments) {
        super(code + Arrays.toString(arguments));
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
