package com.linli.domain.leader;

import java.util.Optional;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** The leaders of Linli's communities. */
public interface Leaders {

    Optional<Leader> findById(Long id);

    Optional<Leader> findByUserId(long userId);

    boolean existsByUserId(long userId);

    /** All communities, of one city or all when {@code city} is blank, with leader and member count, by name. */
    Paged<CommunityOverview> overview(String city, PageQuery page);

    Leader save(Leader leader);
}
