package com.linli.persistence.commission;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.linli.domain.commission.Settlement;
import com.linli.domain.commission.Settlements;

interface JpaSettlements extends Repository<Settlement, Long>, Settlements {

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Settlement s where s.id = :id")
    Optional<Settlement> findForChange(Long id);
}
