package com.linli.web.api;

import io.swagger.v3.oas.annotations.media.Schema;

import com.linli.domain.shared.Money;

/** An amount of money in the API: exact fen (分) to compute with, and yuan (元) as people read it. */
@Schema(description = "An amount in CNY: fen to compute with, yuan to show", example = "{\"fen\": 1990, \"yuan\": \"19.90\"}")
public record Amount(@Schema(description = "In fen (分), exact", example = "1990") long fen,
                     @Schema(description = "In yuan (元), two decimals", example = "19.90") String yuan) {

    public static Amount of(Money money) {
        return money == null ? null : new Amount(money.fen(), money.toYuan());
    }
}
