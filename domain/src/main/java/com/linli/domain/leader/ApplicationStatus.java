package com.linli.domain.leader;

public enum ApplicationStatus {
    PENDING, APPROVED, REJECTED
}
