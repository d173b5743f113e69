package com.linli.persistence.leader;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import com.linli.domain.leader.CommunityOverview;
import com.linli.domain.leader.Leader;
import com.linli.domain.leader.Leaders;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;
import com.linli.persistence.shared.Pages;

interface JpaLeaders extends Repository<Leader, Long>, Leaders {

    @Override
    default Paged<CommunityOverview> overview(String city, PageQuery page) {
        return Pages.of(overviewPage(city, Pages.request(page, Sort.unsorted())));
    }

    /** One query for the page: leader and member count come with each community, no query per line. */
    @Query(value = """
            select new com.linli.domain.leader.CommunityOverview(c.id, c.name, c.city, c.district, c.status,
                l.id, u.displayName, l.status,
                (select count(m) from Membership m where m.communityId = c.id))
            from Community c
            left join Leader l on l.communityId = c.id
            left join User u on u.id = l.userId
            where :city = '' or c.city = :city
            order by c.city, c.name, c.id""",
            countQuery = "select count(c) from Community c where :city = '' or c.city = :city")
    Page<CommunityOverview> overviewPage(@Param("city") String city, Pageable pageable);
}
