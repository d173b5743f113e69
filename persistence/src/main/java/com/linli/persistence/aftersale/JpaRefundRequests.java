package com.linli.persistence.aftersale;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.linli.domain.aftersale.RefundRequest;
import com.linli.domain.aftersale.RefundRequests;

interface JpaRefundRequests extends Repository<RefundRequest, Long>, RefundRequests {

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RefundRequest r where r.id = :id")
    Optional<RefundRequest> findForDecision(Long id);
}
