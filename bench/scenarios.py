"""The scenarios bench/run.sh measures, one row each. To add one, add a row (see bench/README.md).

path and body may name fixtures in braces ({community}, {hot_item}, ...): the values the fixtures
recorded in bench.fixture. body may also hold {csrf} and {quantity}, filled per request by wrk.lua.

who says whose sessions send the requests:
  None                      anonymous
  Members(fixture, count)   that many members of the community named by the fixture
  Users(prefix, count)      users prefix1 ... prefixN (the fixture members, e.g. heavy1..heavy64)
  Repeated(fixture, count)  the one user named by the fixture, logged in count times
  ApiMembers(fixture, count) that many members of the community named by the fixture, calling the
                            REST API with bearer tokens signed as the application signs them (JSON bodies)
  ApiSpread(count)          that many members calling the REST API, each with a body of its own
                            (body "{session}"): an order of one item of an open group-buy of their
                            community, spread evenly over the generated open group-buys

reset: a fixture file made again before every load level (and before the raw SQL), for
scenarios that change data. check: SQL run after each level; every row it returns is printed
with the result, and a row whose first column is false fails the check.
levels: the load levels of this scenario where its goal names its own (the dashboards: 4 connections).
raw_new_member: the raw SQL takes a member of its own for every transaction (an order placed
once per member), instead of the member of the session it replays; members from raw_members_from
on. The API's scenarios take their callers in turn instead, each with the group-buy and item of
its own order (bench.api_caller).
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
class ApiMembers:
    fixture: str
    count: int


@dataclass(frozen=True)
class ApiSpread:
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
    raw_members_from: int = 2001000001
    levels: Optional[tuple] = None  # connections to measure at, instead of BENCH_CONNECTIONS




def stock_invariant(item, sold_out=False):
    """Sold never exceeds stock, and equals what the live orders hold (sold_out: and is the whole stock)."""
    return f"""
select sold <= coalesce(stock_limit, sold) and sold = coalesce(held, 0){' and sold = stock_limit' if sold_out else ''} as holds,
       format('sold %s of stock %s, lines of live orders hold %s; %s orders placed', sold, stock_limit, held, orders)
from group_buy_items i,
     lateral (select sum(l.quantity) as held from order_lines l join orders o on o.id = l.order_id
              where l.item_id = i.id and o.status <> 'CANCELLED' and l.status = 'ACTIVE') h,
     lateral (select count(*) as orders from orders where group_buy_id = i.group_buy_id) o
where i.id = {{{item}}}
"""


STOCK_INVARIANT = stock_invariant("hot_item")

# the same over every item of the generated open group-buys
SPREAD_INVARIANT = """
select bool_and(sold <= coalesce(stock_limit, sold) and sold = coalesce(held, 0)) as holds,
       format('%s open items: %s where sold exceeds stock or differs from the live orders'' lines; %s orders placed '
              'through the API', count(*), count(*) filter (where not (sold <= coalesce(stock_limit, sold) and sold = coalesce(held, 0))),
              (select count(*) from orders where group_buy_id < 900000000 and id >= {generated_orders_end}))
from group_buy_items i join group_buys g on g.id = i.group_buy_id and g.status = 'OPEN' and g.id < 900000000,
     lateral (select sum(l.quantity) as held from order_lines l join orders o on o.id = l.order_id
              where l.item_id = i.id and o.status <> 'CANCELLED' and l.status = 'ACTIVE') h
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
    Scenario("api-hot-order", "hot item ordered through the REST API", "/api/v1/orders",
             who=ApiMembers("api_community", 20000), method="POST",
             body='{"groupBuyId": {api_hot_group_buy}, "lines": [{"itemId": {api_hot_item}, "quantity": 1}]}',
             reset="61_api_hot_item.sql", check=stock_invariant("api_hot_item"), raw_new_member=True),
    Scenario("api-sell-out", "item with a stock of 2,000 ordered through the REST API", "/api/v1/orders",
             who=ApiMembers("api_community", 20000), method="POST",
             body='{"groupBuyId": {api_sell_out_group_buy}, "lines": [{"itemId": {api_sell_out_item}, "quantity": 1}]}',
             reset="62_api_sell_out.sql", check=stock_invariant("api_sell_out_item", sold_out=True),
             raw_new_member=True),
    Scenario("api-spread", "orders over the open items through the REST API", "/api/v1/orders",
             who=ApiSpread(20000), method="POST", body="{session}",
             reset="63_api_spread.sql", check=SPREAD_INVARIANT, raw_new_member=True),
    Scenario("admin-dashboard", "admin dashboard, last 30 days over everything", "/admin?range=30d",
             who=Repeated("admin", 8), levels=(4,)),
    Scenario("admin-dashboard-community", "admin dashboard, last 30 days of the busiest community",
             "/admin?range=30d&community={community}", who=Repeated("admin", 8), levels=(4,)),
    Scenario("leader-dashboard", "leader dashboard of the busiest community", "/leader",
             who=Repeated("leader", 64), levels=(4,)),
]
