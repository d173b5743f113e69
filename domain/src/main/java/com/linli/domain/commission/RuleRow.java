package com.linli.domain.commission;

import java.time.LocalDate;

/** A rule in the admin's list, named by what it applies to. */
public record RuleRow(long id, CommissionScope scope, Long targetId, String targetName, Rate rate, LocalDate firstDay,
                      LocalDate lastDay, RuleState state) {
}
