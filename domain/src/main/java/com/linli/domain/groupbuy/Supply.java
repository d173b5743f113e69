package com.linli.domain.groupbuy;

import com.linli.domain.shared.Money;

/** Who supplies a catalog product and at what price, as a group-buy is published: its purchase orders buy at this. */
public record Supply(long supplierId, Money supplyPrice) {
}
