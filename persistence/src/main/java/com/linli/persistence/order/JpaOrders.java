package com.linli.persistence.order;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.linli.domain.order.Order;
import com.linli.domain.order.OrderStatus;
import com.linli.domain.order.Orders;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;
import com.linli.persistence.shared.Pages;

interface JpaOrders extends Repository<Order, Long>, Orders {

    @Override
    @Query("select o.groupBuyId from Order o where o.id = :id and o.memberId = :memberId")
    Optional<Long> findGroupBuyIdByIdAndMemberId(Long id, long memberId);

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Order o where o.id = :id")
    Optional<Order> findForChange(Long id);

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Order o where o.groupBuyId = :groupBuyId and o.memberId = :memberId "
            + "and o.status <> com.linli.domain.order.OrderStatus.CANCELLED")
    Optional<Order> findLiveForChange(long groupBuyId, long memberId);

    @Override
    default Paged<Order> findMine(long memberId, PageQuery page) {
        return Pages.of(findByMemberId(memberId, Pages.request(page, Sort.by(Sort.Order.desc("placedAt"),
                Sort.Order.desc("id")))));
    }

    Page<Order> findByMemberId(long memberId, Pageable pageable);
}
