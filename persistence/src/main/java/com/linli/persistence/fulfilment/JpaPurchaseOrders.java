package com.linli.persistence.fulfilment;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.linli.domain.fulfilment.PurchaseOrder;
import com.linli.domain.fulfilment.PurchaseOrders;

interface JpaPurchaseOrders extends Repository<PurchaseOrder, Long>, PurchaseOrders {

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PurchaseOrder p where p.id = :id")
    Optional<PurchaseOrder> findForUpdate(Long id);
}
