package com.linli.domain.aftersale;

import java.util.List;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** What the after-sale pages list, each in one statement. Newest first, waiting ones before decided ones. */
public interface AfterSaleViews {

    Paged<RefundRow> ofMember(long memberId, PageQuery page);

    List<RefundRow> ofOrder(long orderId);

    /** @param pending waiting ones only, or decided ones only */
    Paged<RefundRow> ofCommunity(long communityId, boolean pending, PageQuery page);

    Paged<RefundRow> all(boolean pending, PageQuery page);
}
