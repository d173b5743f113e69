package com.linli.domain.groupbuy;

/** What the cutoff decided for one item: its threshold was reached, or not. */
public enum ItemOutcome {
    PENDING, SUCCEEDED, FAILED
}
