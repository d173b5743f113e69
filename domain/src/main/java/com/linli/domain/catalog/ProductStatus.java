package com.linli.domain.catalog;

/** Archived products stay for the group-buys and orders that name them but cannot be offered again. */
public enum ProductStatus {
    ACTIVE, ARCHIVED
}
