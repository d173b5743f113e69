package com.linli.domain.fulfilment;

import org.springframework.context.MessageSourceResolvable;

/** OPEN takes more lines from later cutoffs; SENT to the supplier, it takes none; SHIPPED, it became deliveries. */
public enum PurchaseOrderStatus implements MessageSourceResolvable {
    OPEN, SENT, SHIPPED;

    @Override
    public String[] getCodes() {
        return new String[] {"fulfilment.purchase-order.status." + name()};
    }
}
