package com.linli.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CategoryTests {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    @Test
    void swappingTradesPositions() {
        var fruit = Category.create(" 水果 ", 1, NOW);
        var vegetables = Category.create("蔬菜", 2, NOW);

        fruit.swapPositionWith(vegetables, NOW);

        assertThat(fruit.getPosition()).isEqualTo(2);
        assertThat(vegetables.getPosition()).isEqualTo(1);
        assertThat(fruit.getName()).isEqualTo("水果");
    }
}
