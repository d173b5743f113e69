package com.linli.domain.order;

import java.util.Map;

import com.linli.domain.community.Community;
import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.identity.User;

/** One order in full for an admin: its member, group-buy and pickup point, and who took each step. */
public record AdminOrder(Order order, User member, GroupBuy groupBuy, Community community, Map<Long, String> actors) {

    public AdminOrder {
        actors = Map.copyOf(actors);
    }

    /** The username of the step's actor, or null for the platform's own. */
    public String actorOf(OrderTransition step) {
        return step.getActorId() == null ? null : actors.get(step.getActorId());
    }
}
