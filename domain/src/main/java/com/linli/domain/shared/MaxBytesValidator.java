package com.linli.domain.shared;

import java.nio.charset.StandardCharsets;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link MaxBytes}; {@link #fits} serves code that checks without a validator. */
public class MaxBytesValidator implements ConstraintValidator<MaxBytes, CharSequence> {

    private int max;

    @Override
    public void initialize(MaxBytes annotation) {
        max = annotation.value();
    }

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        return fits(text, max);
    }

    /** Whether the text takes at most {@code max} bytes in UTF-8; null fits. */
    public static boolean fits(CharSequence text, int max) {
        // a character takes at most four bytes: short texts need no encoding
        return text == null || text.length() * 4 <= max
                || text.toString().getBytes(StandardCharsets.UTF_8).length <= max;
    }
}
