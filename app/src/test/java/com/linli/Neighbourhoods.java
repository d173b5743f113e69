package com.linli;

import java.util.concurrent.atomic.AtomicInteger;

import com.linli.domain.community.Community;
import com.linli.domain.identity.Users;
import com.linli.domain.leader.ApproveApplication;
import com.linli.domain.leader.LeaderService;
import com.linli.domain.leader.Proposal;
import com.linli.domain.leader.SubmitApplication;

/** Communities with approved leaders, made the way the application makes them, each with fresh names. */
public final class Neighbourhoods {

    private static final AtomicInteger sequence = new AtomicInteger();

    private final Accounts accounts;
    private final Users users;
    private final LeaderService leaders;

    Neighbourhoods(Accounts accounts, Users users, LeaderService leaders) {
        this.accounts = accounts;
        this.users = users;
        this.leaders = leaders;
    }

    public record Led(String leader, long leaderId, Community community) {
    }

    /** A fresh city name, so a test's lists hold only its own communities. */
    static String newCity() {
        return "城" + sequence.incrementAndGet() + "市";
    }

    static Proposal proposal(String communityName, String city) {
        return new Proposal(communityName, city, "西湖区", "文三路 " + sequence.incrementAndGet() + " 号",
                communityName + "便利店", "每天 8:00-21:00", "13800138000", "我在小区开便利店五年了。");
    }

    Led ledCommunity(String communityName, String city) {
        var leader = accounts.newMember("团长" + sequence.incrementAndGet());
        var leaderId = id(leader);
        var application = leaders.submit(new SubmitApplication(leaderId, proposal(communityName, city)));
        var admin = id("admin");
        return new Led(leader, leaderId, leaders.approve(new ApproveApplication(application.getId(), admin)));
    }

    long id(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }
}
