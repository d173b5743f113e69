package com.linli.domain.commission;

/** Where a rule stands today. */
public enum RuleState {
    PLANNED, IN_FORCE, ENDED
}
