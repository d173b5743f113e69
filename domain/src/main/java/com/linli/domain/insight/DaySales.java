package com.linli.domain.insight;

import java.time.LocalDate;

import com.linli.domain.shared.Money;

/** GMV and confirmed orders of one day in China. */
public record DaySales(LocalDate day, Money gmv, long orders) {
}
