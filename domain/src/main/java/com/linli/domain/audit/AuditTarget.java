package com.linli.domain.audit;

/** The kinds of record an admin acts on. */
public enum AuditTarget {
    SUPPLIER, CATEGORY, PRODUCT, LEADER_APPLICATION, COMMUNITY, LEADER, GROUP_BUY, PURCHASE_ORDER, COMMISSION_RULE, SETTLEMENT,
    REFUND_REQUEST
}
