package com.linli.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextValidatorTests {

    @Test
    void refusesControlCharactersInOneLine() {
        var oneLine = validator(false);

        assertThat(oneLine.isValid("王芳 Wang-Fang（302 室）😀", null)).isTrue();
        assertThat(oneLine.isValid(null, null)).isTrue();
        for (var refused : new String[] {"\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009f", "a\nb", "a\rb",
                "a\tb"}) {
            assertThat(oneLine.isValid("王" + refused + "芳", null)).as("%04x", (int) refused.charAt(0)).isFalse();
        }
    }

    @Test
    void aMultilineTextKeepsItsLineBreaksAndTabsOnly() {
        var multiline = validator(true);

        assertThat(multiline.isValid("砂糖橘现摘\r\n鸡蛋散养\t五天一批", null)).isTrue();
        assertThat(multiline.isValid("砂糖橘\u0000", null)).isFalse();
        assertThat(multiline.isValid("砂糖橘\u000b", null)).isFalse();
    }

    private static PlainTextValidator validator(boolean multiline) {
        try {
            var validator = new PlainTextValidator();
            validator.initialize(Samples.class.getDeclaredField(multiline ? "pitch" : "title").getAnnotation(PlainText.class));
            return validator;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Samples {
        @PlainText
        String title;
        @PlainText(multiline = true)
        String pitch;
    }
}
