package com.linli.domain.supplier;

/** Only an active supplier's products can be put into new group-buys. */
public enum SupplierStatus {
    ACTIVE, INACTIVE
}
