package com.linli.persistence.fulfilment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.linli.domain.fulfilment.Deliveries;
import com.linli.domain.fulfilment.Delivery;

interface JpaDeliveries extends Repository<Delivery, Long>, Deliveries {

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Delivery d where d.communityId = :communityId and d.pickupDate = :pickupDate order by d.id")
    List<Delivery> lockAllOf(long communityId, LocalDate pickupDate);

    @Override
    @Query("select d.pickupDate from Delivery d where d.id = :id and d.communityId = :communityId")
    Optional<LocalDate> findPickupDate(Long id, long communityId);

    /** A purchase-order line not shipped yet, or shipped but not signed for, keeps its group-buy waiting. */
    @Override
    @Query(nativeQuery = true, value = """
            select l.group_buy_id from purchase_order_lines l
            left join delivery_lines dl on dl.purchase_order_line_id = l.id
            left join deliveries d on d.id = dl.delivery_id
            where l.group_buy_id in (:ids)
            group by l.group_buy_id
            having bool_and(coalesce(d.status = 'RECEIVED', false))
            order by l.group_buy_id""")
    List<Long> fullyReceived(Collection<Long> ids);
}
