package com.linli.domain.identity;

public enum Role {
    MEMBER, LEADER, ADMIN
}
