package com.linli.domain.leader;

public enum LeaderStatus {
    ACTIVE, SUSPENDED
}
