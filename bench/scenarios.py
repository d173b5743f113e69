"""The scenarios bench/run.sh measures, one row each. To add one, add a row (see bench/README.md).

path and body may name fixtures in braces ({community}, {hot_item}, ...): the values the fixtures
recorded in bench.fixture. body may also hold {csrf} and {quantity}, filled per request by wrk.lua.

who says whose sessions send the requests:
  None                      anonymous
  Members(fixture, count)   that many members of the community named by the fixture
  Users(prefix, count)      users prefix1 ... prefixN (the fixture members, e.g. heavy1..heavy64)
  Repeated(fixture, count)  the one user named by the fixture, logged in count times

reset: a fixture file made again before every load level (and before the raw SQL), for
scenarios that change data. check: SQL run after each level; every row it returns is printed
with the result, and a row whose first column is false fails the check.
raw_new_member: the raw SQL takes a member of its own for every transaction (an order placed
once per member), instead of the member of the session it replays.
"""
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class Members:
    fixture: str
    count: int


@dataclass(frozen=True)
class Users:
    prefix: str
    count: int


@dataclass(frozen=True)
class Repeated:
    fixture: str
    count: int


@dataclass(frozen=True)
class Scenario:
    name: str
    title: str
    path: str
    who: object = None
    method: str = "GET"
    body: Optional[str] = None
    reset: Optional[str] = None
    check: Optional[str] = None
    raw_new_member: bool = False


# sold never exceeds stock, and equals what the live orders hold
STOCK_INVARIANT = """
select sold <= coalesce(stock_limit, sold) and sold = coalesce(held, 0) as holds,
       format('sold %s of stock %s, lines of live orders hold %s; %s orders placed', sold, stock_limit, held, orders)
from group_buy_items i,
     lateral (select sum(l.quantity) as held from order_lines l join orders o on o.id = l.order_id
              where l.item_id = i.id and o.status <> 'CANCELLED' and l.status = 'ACTIVE') h,
     lateral (select count(*) as orders from orders where group_buy_id = i.group_buy_id) o
where i.id = {hot_item}
"""

SCENARIOS = [
    Scenario("community-home", "community home of the busiest community", "/c/{community}",
             who=Members("community", 256)),
    Scenario("group-buy", "group-buy page, 接龙 of 300 orders", "/group-buys/{chain_group_buy}",
             who=Members("community", 256)),
    Scenario("my-orders", "my orders, a member with 100 orders", "/orders",
             who=Users("heavy", 64)),
    Scenario("leader-live-list", "leader's live list, 500 orders", "/leader/group-buys/{live_group_buy}",
             who=Repeated("leader", 64)),
    Scenario("hot-order", "hot item ordered through the page form", "/group-buys/{hot_group_buy}/order",
             who=Members("community", 5000), method="POST",
             body="_csrf={csrf}&quantities%5B{hot_item}%5D={quantity}",
             reset="30_hot_item.sql", check=STOCK_INVARIANT, raw_new_member=True),
    Scenario("landing", "landing page, anonymous", "/"),
    Scenario("admin-dashboard", "admin dashboard, last 30 days over everything", "/admin?range=30d",
             who=Repeated("admin", 8)),
    Scenario("admin-dashboard-community", "admin dashboard, last 30 days of the busiest community",
             "/admin?range=30d&community={community}", who=Repeated("admin", 8)),
    Scenario("leader-dashboard", "leader dashboard of the busiest community", "/leader",
             who=Repeated("leader", 64)),
]
