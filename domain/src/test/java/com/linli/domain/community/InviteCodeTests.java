package com.linli.domain.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;

import org.junit.jupiter.api.Test;

class InviteCodeTests {

    @Test
    void codesAreEightCharactersWithoutLookAlikes() {
        var random = new Random(42);
        for (int i = 0; i < 1_000; i++) {
            var code = InviteCode.random(random);
            assertThat(code).hasSize(8).doesNotContainPattern("[0O1IL]").matches("[A-Z2-9]{8}");
            assertThat(InviteCode.isWellFormed(code)).isTrue();
        }
    }

    @Test
    void codesDifferFromOneAnother() {
        var codes = new HashSet<String>();
        for (int i = 0; i < 1_000; i++) {
            codes.add(InviteCode.random());
        }
        assertThat(codes).hasSize(1_000);
    }

    @Test
    void lookAlikesLowerCaseAndWrongLengthsAreNotCodes() {
        assertThat(InviteCode.isWellFormed("ABCDEFG0")).isFalse();
        assertThat(InviteCode.isWellFormed("ABCDEFGL")).isFalse();
        assertThat(InviteCode.isWellFormed("abcdefgh")).isFalse();
        assertThat(InviteCode.isWellFormed("ABCDEFG")).isFalse();
        assertThat(InviteCode.isWellFormed(null)).isFalse();
    }
}
