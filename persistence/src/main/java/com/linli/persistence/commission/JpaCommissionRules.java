package com.linli.persistence.commission;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.linli.domain.commission.CommissionRule;
import com.linli.domain.commission.CommissionRules;
import com.linli.domain.commission.CommissionScope;

interface JpaCommissionRules extends Repository<CommissionRule, Long>, CommissionRules {

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from CommissionRule r where r.id = :id")
    Optional<CommissionRule> findForChange(Long id);

    List<CommissionRule> findByScopeAndTargetId(CommissionScope scope, Long targetId);

    List<CommissionRule> findByScopeAndTargetIdIsNull(CommissionScope scope);

    @Override
    default List<CommissionRule> findSameTarget(CommissionScope scope, Long targetId) {
        return targetId == null ? findByScopeAndTargetIdIsNull(scope) : findByScopeAndTargetId(scope, targetId);
    }
}
