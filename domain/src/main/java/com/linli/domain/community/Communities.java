package com.linli.domain.community;

import java.util.List;
import java.util.Optional;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** The communities of Linli. */
public interface Communities {

    Optional<Community> findById(Long id);

    /** Loads a community holding an exclusive lock until the transaction ends: its joins take turns. */
    Optional<Community> findForJoining(Long id);

    /** The community with its pickup point, in one statement, when that user is a member of it. */
    Optional<Community> findForMember(long id, long memberId);

    /** Whether that user is the community's leader (suspended or not). */
    boolean isLedBy(long communityId, long userId);

    Optional<Community> findByInviteCode(String inviteCode);

    boolean existsByInviteCode(String inviteCode);

    /** Active communities, of one city or of all when {@code city} is blank, by name. */
    Paged<Community> findActive(String city, PageQuery page);

    /** Cities that have at least one active community, in order. */
    List<String> activeCities();

    /** The communities a member belongs to, by name. */
    List<Community> findJoinedBy(long memberId);

    Community save(Community community);
}
