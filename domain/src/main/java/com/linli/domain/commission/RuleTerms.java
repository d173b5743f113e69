package com.linli.domain.commission;

import java.time.LocalDate;

/**
 * A new commission rule as an admin states it: what it applies to, the rate, and the days in
 * business time it is in force, the last one included.
 *
 * @param targetId the supplier, category, product or leader (user) it applies to; null for DEFAULT
 * @param lastDay  null: until further notice
 */
public record RuleTerms(CommissionScope scope, Long targetId, Rate rate, LocalDate firstDay, LocalDate lastDay) {
}
