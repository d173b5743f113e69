package com.linli.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaxBytesValidatorTests {

    @Test
    void countsBytesInUtf8NotCharacters() {
        assertThat(MaxBytesValidator.fits("a".repeat(72), 72)).isTrue();
        assertThat(MaxBytesValidator.fits("a".repeat(73), 72)).isFalse();
        assertThat(MaxBytesValidator.fits("密".repeat(24), 72)).isTrue();
        assertThat(MaxBytesValidator.fits("密".repeat(25), 72)).as("75 bytes in 25 characters").isFalse();
        assertThat(MaxBytesValidator.fits("😀".repeat(18), 72)).isTrue();
        assertThat(MaxBytesValidator.fits("😀".repeat(19), 72)).isFalse();
        assertThat(MaxBytesValidator.fits(null, 72)).isTrue();
    }
}
