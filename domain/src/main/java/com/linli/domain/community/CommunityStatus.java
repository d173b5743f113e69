package com.linli.domain.community;

public enum CommunityStatus {
    ACTIVE, SUSPENDED
}
