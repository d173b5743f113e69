package com.linli.persistence.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.community.Communities;
import com.linli.domain.community.Community;
import com.linli.domain.community.FoundCommunity;
import com.linli.domain.community.InviteCode;
import com.linli.domain.community.Membership;
import com.linli.domain.community.Memberships;
import com.linli.domain.identity.User;
import com.linli.domain.identity.Users;
import com.linli.domain.shared.PageQuery;
import com.linli.persistence.testsupport.LockProbe;
import com.linli.persistence.testsupport.TestDatabaseConfiguration;

@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(TestDatabaseConfiguration.class)
class JpaCommunitiesTests {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Autowired
    Communities communities;

    @Autowired
    Memberships memberships;

    @Autowired
    Users users;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void communityIsFoundByInviteCodeWithItsPickupPoint() {
        var saved = communities.save(community("阳光花园", "杭州", "ABCDEFGH"));

        var found = communities.findByInviteCode("ABCDEFGH").orElseThrow();

        assertThat(found.getId()).isEqualTo(saved.getId());
        assertThat(found.getPickupPoint().getName()).isEqualTo("阳光花园 便利店");
        assertThat(communities.existsByInviteCode("ABCDEFGH")).isTrue();
        assertThat(communities.findByInviteCode("HGFEDCBA")).isEmpty();
    }

    @Test
    void databaseRefusesTwoCommunitiesWithOneInviteCode() {
        communities.save(community("阳光花园", "杭州", "JKMNPQRS"));

        assertThatThrownBy(() -> {
            communities.save(community("月光花园", "杭州", "JKMNPQRS"));
            communities.existsByInviteCode("flush-now");
        }).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void databaseRefusesASecondMembershipOfTheSameMember() {
        var community = communities.save(community("星河湾", "苏州", "TUVWXYZ2"));
        var member = users.save(user("member_a"));
        memberships.save(Membership.join(community, member.getId(), null, NOW));

        assertThatThrownBy(() -> {
            memberships.save(Membership.join(community, member.getId(), null, NOW));
            memberships.countByCommunityId(community.getId());
        }).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void finderListsActiveCommunitiesOfACityAndCountsMembersInOneQuery() {
        var first = communities.save(community("A 花园", "宁波", "ABCDEFG2"));
        var second = communities.save(community("B 花园", "宁波", "ABCDEFG3"));
        communities.save(community("C 花园", "温州", "ABCDEFG4"));
        var a = users.save(user("member_b"));
        var b = users.save(user("member_c"));
        memberships.save(Membership.join(first, a.getId(), null, NOW));
        memberships.save(Membership.join(first, b.getId(), a.getId(), NOW));
        memberships.save(Membership.join(second, a.getId(), null, NOW));

        var ningbo = communities.findActive("宁波", PageQuery.of(0));

        assertThat(ningbo.items()).extracting(Community::getName).containsExactly("A 花园", "B 花园");
        assertThat(ningbo.total()).isEqualTo(2);
        assertThat(communities.activeCities()).contains("宁波", "温州");
        assertThat(memberships.countByCommunityIds(List.of(first.getId(), second.getId())))
                .containsEntry(first.getId(), 2L).containsEntry(second.getId(), 1L);
        assertThat(communities.findJoinedBy(a.getId())).extracting(Community::getName).containsExactly("A 花园", "B 花园");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void joinsOfOneCommunityTakeTurnsSoTheSecondSeesTheFirstsMembership() {
        var community = communities.save(community("锁苑", "锁城", InviteCode.random()));
        var member = users.save(user("joiner_" + System.nanoTime()));

        var seenByTheSecond = new LockProbe(transactions, jdbc).secondWaitsForFirst(
                () -> memberships.save(Membership.join(communities.findForJoining(community.getId()).orElseThrow(),
                        member.getId(), null, NOW)),
                () -> {
                    communities.findForJoining(community.getId()).orElseThrow();
                    return memberships.existsByCommunityIdAndMemberId(community.getId(), member.getId());
                });

        assertThat(seenByTheSecond).isTrue();
    }

    static Community community(String name, String city, String code) {
        return Community.found(new FoundCommunity(name, city, "某区", "某路 1 号", name + " 便利店", "8:00-21:00",
                "13800000000"), code, NOW);
    }

    static User user(String username) {
        return User.register(username, "张三", "13800000000", "{noop}secret-password", NOW);
    }
}
