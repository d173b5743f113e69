package com.linli.persistence.groupbuy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuys;

interface JpaGroupBuys extends Repository<GroupBuy, Long>, GroupBuys {

    @Override
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select g from GroupBuy g where g.id = :id")
    Optional<GroupBuy> findForOrdering(Long id);

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from GroupBuy g where g.id = :id")
    Optional<GroupBuy> findForClosing(Long id);

    @Override
    @Query("select g.id from GroupBuy g where g.status = com.linli.domain.groupbuy.GroupBuyStatus.OPEN "
            + "and g.closesAt <= :now order by g.closesAt")
    List<Long> findDueIds(Instant now);
}
