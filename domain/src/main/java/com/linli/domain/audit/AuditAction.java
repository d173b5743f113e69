package com.linli.domain.audit;

/** What an admin did, each to one kind of record. */
public enum AuditAction {

    SUPPLIER_CREATED(AuditTarget.SUPPLIER),
    SUPPLIER_EDITED(AuditTarget.SUPPLIER),
    SUPPLIER_DEACTIVATED(AuditTarget.SUPPLIER),
    SUPPLIER_REACTIVATED(AuditTarget.SUPPLIER),
    CATEGORY_CREATED(AuditTarget.CATEGORY),
    CATEGORY_RENAMED(AuditTarget.CATEGORY),
    CATEGORY_MOVED_UP(AuditTarget.CATEGORY),
    CATEGORY_MOVED_DOWN(AuditTarget.CATEGORY),
    PRODUCT_CREATED(AuditTarget.PRODUCT),
    PRODUCT_EDITED(AuditTarget.PRODUCT),
    PRODUCT_ARCHIVED(AuditTarget.PRODUCT),
    PRODUCT_REACTIVATED(AuditTarget.PRODUCT),
    LEADER_APPLICATION_APPROVED(AuditTarget.LEADER_APPLICATION),
    LEADER_APPLICATION_REJECTED(AuditTarget.LEADER_APPLICATION),
    COMMUNITY_SUSPENDED(AuditTarget.COMMUNITY),
    COMMUNITY_REINSTATED(AuditTarget.COMMUNITY),
    LEADER_SUSPENDED(AuditTarget.LEADER),
    LEADER_REINSTATED(AuditTarget.LEADER),
    GROUP_BUY_CANCELLED(AuditTarget.GROUP_BUY),
    PURCHASE_ORDER_SENT(AuditTarget.PURCHASE_ORDER),
    PURCHASE_ORDER_SHIPPED(AuditTarget.PURCHASE_ORDER),
    COMMISSION_RULE_CREATED(AuditTarget.COMMISSION_RULE),
    COMMISSION_RULE_ENDED(AuditTarget.COMMISSION_RULE),
    SETTLEMENT_CREATED(AuditTarget.SETTLEMENT),
    SETTLEMENT_APPROVED(AuditTarget.SETTLEMENT),
    SETTLEMENT_PAID(AuditTarget.SETTLEMENT),
    REFUND_APPROVED(AuditTarget.REFUND_REQUEST),
    REFUND_REJECTED(AuditTarget.REFUND_REQUEST);

    private final AuditTarget target;

    AuditAction(AuditTarget target) {
        this.target = target;
    }

    public AuditTarget target() {
        return target;
    }
}
