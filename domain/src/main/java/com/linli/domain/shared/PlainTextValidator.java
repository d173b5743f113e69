package com.linli.domain.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}: no character of Unicode's control category, bar line breaks and tabs where allowed. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
        multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        return text == null || text.chars().noneMatch(this::refused);
    }

    private boolean refused(int c) {
        if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
            return false;
        }
        return Character.getType(c) == Character.CONTROL;
    }
}
