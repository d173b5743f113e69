package com.linli.domain.commission;

import java.time.LocalDate;

/** A rule as the explanation shows it: which one, its rate and days. */
public record RuleInForce(long id, CommissionScope scope, Rate rate, LocalDate firstDay, LocalDate lastDay) {
}
