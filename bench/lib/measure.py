"""Measures the scenarios against the running application and database (started by bench/run.sh).

For each scenario: log its members in through the real /login form, capture the SQL one request
issues (PostgreSQL's log with log_statement=all) and turn it into a pgbench script, warm up, then
at each load level measure the static-file ceiling, the page itself with wrk and the page's own SQL
with pgbench, in that order, one right after the other. Then the cutoff at scale. Writes JSON.
"""
import base64
import concurrent.futures
import csv
import glob
import hashlib
import hmac
import http.client
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from scenarios import SCENARIOS, ApiMembers, ApiSpread, Members, Repeated, Users  # noqa: E402

BENCH = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
APP_PORT = int(os.environ["BENCH_APP_PORT"])
LEVELS = [int(c) for c in os.environ.get("BENCH_CONNECTIONS", "8 32 64").split()]
DURATION = int(os.environ.get("BENCH_DURATION", "20"))
CEILING_DURATION = int(os.environ.get("BENCH_CEILING_DURATION", "10"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "15"))  # seconds of one warm-up round
WARMUP_MAX = int(os.environ.get("BENCH_WARMUP_MAX", "300"))
THREADS = int(os.environ.get("BENCH_THREADS", "2"))
PASSWORD = "bench-password"
SESSIONS_DIR = os.path.join(os.environ.get("BENCH_HOME", tempfile.gettempdir()), "sessions")  # cookies: not for the results
STATIC_PATH = "/css/linli.css"
JDBC_APPLICATION = "PostgreSQL JDBC Driver"


def log(message):
    print(time.strftime("%H:%M:%S"), message, file=sys.stderr, flush=True)


# --- database -------------------------------------------------------------------------------

def psql(sql):
    # on standard input: statements listing thousands of sessions are too long for an argument
    return subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1"], input=sql,
                          check=True, capture_output=True, text=True).stdout.strip()


def rows(sql):
    return [line.split("\t") for line in psql(sql).splitlines() if line]


def run_fixture(name):
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-1", "-f", os.path.join(BENCH, "fixtures", name)],
                   check=True, capture_output=True, text=True)
    # the fixtures come back with the same ids every time: without a vacuum, the index entries of the rows
    # they replaced (and of every version of a hot item) stay in the way of each read of those ids
    psql("vacuum group_buys, group_buy_items, group_buy_item_tiers")


def fixtures():
    return dict(rows("select name, value from bench.fixture"))


def quote(value):
    return "'" + str(value).replace("'", "''") + "'"


# --- sessions -------------------------------------------------------------------------------

def request(method, path, cookie=None, body=None, timeout=600):
    """cookie: a session cookie, or "Bearer <token>" for the REST API (whose bodies are JSON)."""
    connection = http.client.HTTPConnection("localhost", APP_PORT, timeout=timeout)
    headers = {}
    api = bool(cookie) and cookie.startswith("Bearer ")
    if cookie:
        headers["Authorization" if api else "Cookie"] = cookie
    if body is not None:
        headers["Content-Type"] = "application/json" if api or body.startswith("{") else "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    content = response.read().decode("utf-8", "replace")
    connection.close()
    set_cookie = response.getheader("Set-Cookie") or ""
    match = re.search(r"SESSION=([^;]+)", set_cookie)
    return response.status, response.getheader("Location"), (f"SESSION={match.group(1)}" if match else cookie), content


def csrf_of(page):
    match = re.search(r'name="_csrf"\s+value="([^"]+)"', page) or re.search(r'value="([^"]+)"\s+name="_csrf"', page)
    if not match:
        raise RuntimeError("no CSRF token on the page")
    return match.group(1)


def log_in(username):
    """Logs in through the form, as a browser does; returns the session cookie."""
    _, _, cookie, page = request("GET", "/login")
    body = urllib.parse.urlencode({"username": username, "password": PASSWORD, "_csrf": csrf_of(page)})
    status, location, cookie, _ = request("POST", "/login", cookie, body)
    if status != 302 or "error" in (location or ""):
        raise RuntimeError(f"login of {username} failed: {status} {location}")
    return cookie


def csrf_token(cookie):
    """The session's CSRF token for later posts (login made a new one), from a page with a form."""
    _, _, _, page = request("GET", "/login", cookie)
    return csrf_of(page)


def api_token(username):
    """A bearer token from the API's token endpoint, as a mini-program gets one."""
    status, _, _, answer = request("POST", "/api/v1/auth/token", body=json.dumps({"username": username, "password": PASSWORD}))
    if status != 200:
        raise RuntimeError(f"no token for {username}: {status} {answer[:200]}")
    return "Bearer " + json.loads(answer)["accessToken"]


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt_parts(token):
    return [json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))) for part in token.split(".")[:2]]


class TokenMint:
    """Bearer tokens for thousands of callers at once, signed as the application signs them (ApiTokens: HS256
    over the same header and claims, with the key it keeps in token_keys or LINLI_API_TOKEN_SECRET). Getting
    each from POST /api/v1/auth/token costs a password check apiece, minutes for 20,000. Before minting, one
    token is taken from the real endpoint: its header, lifetime and claims must be exactly what is minted for
    the same user at the same instant, or the run stops; every token is minted when its scenario starts, with
    the application's lifetime, so none is used expired. The captured request, sent with a minted token,
    proves the application accepts them."""

    def __init__(self, reference_user):
        secret = os.environ.get("LINLI_API_TOKEN_SECRET", "").strip()
        self.key = base64.b64decode(secret) if secret else bytes.fromhex(
            psql("select encode(secret, 'hex') from token_keys where name = 'api-tokens-hs256'"))
        header, claims = jwt_parts(api_token(reference_user)[len("Bearer "):])
        self.header = b64url(json.dumps(header, separators=(",", ":")).encode())
        self.lifetime = claims["exp"] - claims["iat"]
        minted = self.claims(self.users([reference_user])[0], claims["iat"])
        if minted != claims:
            raise RuntimeError(f"the application's token claims {claims} differ from the minted ones {minted}: "
                               "fix TokenMint in bench/lib/measure.py to sign as ApiTokens does")

    @staticmethod
    def users(usernames):
        """(id, username, display name, roles in the order of the Role enum) per username, in order."""
        found = {row[1]: row for row in rows(
            "select u.id, u.username, u.display_name, string_agg(r.role, ',' order by array_position("
            "array['MEMBER', 'LEADER', 'ADMIN'], r.role::text)) from users u join user_roles r on r.user_id = u.id "
            f"where u.username in ({', '.join(quote(name) for name in usernames)}) group by u.id")}
        return [found[name] for name in usernames]

    def claims(self, user, issued_at):
        user_id, username, name, roles = user
        return {"iss": "linli", "sub": user_id, "iat": issued_at, "exp": issued_at + self.lifetime,
                "username": username, "name": name, "roles": roles.split(",")}

    def tokens(self, usernames):
        issued_at = int(time.time())
        result = []
        for user in self.users(usernames):
            payload = b64url(json.dumps(self.claims(user, issued_at), ensure_ascii=False, separators=(",", ":")).encode())
            signed = f"{self.header}.{payload}"
            signature = b64url(hmac.new(self.key, signed.encode(), hashlib.sha256).digest())
            result.append(f"Bearer {signed}.{signature}")
        return result


def api_callers(who, values, extra=0):
    """(username, body of its own or "") for an API scenario's callers."""
    if isinstance(who, ApiMembers):
        return [(row[0], "") for row in rows(
            f"select u.username from memberships m join users u on u.id = m.member_id "
            f"where m.community_id = {int(values[who.fixture])} order by m.member_id limit {who.count + extra}")]
    # each member once, with one item of an open group-buy of their community they have no live order in;
    # round-robin over the group-buys, so that the orders spread over all of them
    return [(row[0], json.dumps({"groupBuyId": int(row[1]), "lines": [{"itemId": int(row[2]), "quantity": 1}]}))
            for row in rows(f"""
        with open as (
            select g.id, g.community_id, array_agg(i.id order by i.id) as items
            from group_buys g join group_buy_items i on i.group_buy_id = g.id
            where g.status = 'OPEN' and g.id < 900000000 group by g.id),
        pairs as (
            select distinct on (m.member_id) u.username, o.id, o.items[1 + (m.k % cardinality(o.items))] as item,
                   row_number() over (partition by o.id order by m.k) as r
            from open o join bench.member_of m on m.c = o.community_id join users u on u.id = m.member_id
            where not exists (select 1 from orders x where x.group_buy_id = o.id and x.member_id = m.member_id
                              and x.status <> 'CANCELLED')
            order by m.member_id, hashint8(m.member_id + o.id))
        select username, id, item from pairs order by r, id limit {who.count + extra}""")]


def api_sessions(scenario, values, default_body, extra=0):
    """(username, "Bearer <token>", body of its own or "") for an API scenario's callers, the last `extra`
    kept out of the pool; the pool's callers are recorded in bench.api_caller (n = 1 …, with the member,
    group-buy, item and community of their order) for the raw SQL to replay one caller per transaction."""
    callers = api_callers(scenario.who, values, extra)
    started = time.time()
    tokens = TokenMint(callers[-1][0]).tokens([name for name, _ in callers])
    log(f"minted {len(tokens)} bearer tokens in {time.time() - started:.1f} s")
    psql("drop table if exists bench.api_caller")
    psql("create table bench.api_caller (scenario text, n int, member_id bigint, group_buy_id bigint, item_id bigint, "
         "community_id bigint, primary key (scenario, n))")
    pool = callers[:len(callers) - extra]
    orders = [json.loads(body or default_body) for _, body in pool]
    for start in range(0, len(pool), 5000):
        chunk = range(start, min(start + 5000, len(pool)))
        psql(f"insert into bench.api_caller select {quote(scenario.name)}, v.n, u.id, v.gb, v.item, g.community_id "
             "from (values " + ", ".join(f"({n + 1}, {quote(pool[n][0])}, {int(orders[n]['groupBuyId'])}, "
                                         f"{int(orders[n]['lines'][0]['itemId'])})" for n in chunk)
             + ") v(n, username, gb, item) join users u on u.username = v.username join group_buys g on g.id = v.gb")
    return [(name, token, body) for (name, body), token in zip(callers, tokens)]


class Sessions:
    """Logged-in sessions by username; a user logged in several times has several. They are kept in
    $BENCH_HOME/sessions/cookies.json for the next run on the same database, which takes those whose
    session is still stored there and an hour from expiring (logging 5,000 members in takes minutes)."""

    def __init__(self):
        self.file = os.path.join(SESSIONS_DIR, "cookies.json")
        self.by_user = {}
        try:
            with open(self.file) as file:
                kept = json.load(file)
        except (OSError, ValueError):
            kept = {}
        ids = {session_id(cookie) for sessions in kept.values() for cookie, _ in sessions}
        live = set()
        for chunk in [sorted(ids)[i:i + 5000] for i in range(0, len(ids), 5000)]:
            live |= {row[0] for row in rows(
                "select session_id from spring_session where expiry_time > extract(epoch from now() + interval '1 hour') * 1000 "
                f"and session_id in ({', '.join(quote(i) for i in chunk)})")}
        for name, sessions in kept.items():
            sessions = [session for session in sessions if session_id(session[0]) in live]
            if sessions:
                self.by_user[name] = sessions
        if self.by_user:
            log(f"reusing {sum(len(s) for s in self.by_user.values())} sessions of an earlier run")

    def keep(self):
        with open(self.file, "w") as file:
            json.dump(self.by_user, file)

    def get(self, usernames, csrf=False):
        """One (username, cookie, csrf token or None) per entry of usernames (repeated names get
        distinct sessions); with csrf, each with its token for posting forms."""
        needed = {}
        for name in usernames:
            needed[name] = needed.get(name, 0) + 1
        missing = [name for name, count in needed.items() for _ in range(count - len(self.by_user.get(name, [])))]
        if missing:
            log(f"logging in {len(missing)} sessions")
            started = time.time()
            with concurrent.futures.ThreadPoolExecutor(8) as pool:
                for name, cookie in zip(missing, pool.map(log_in, missing)):
                    self.by_user.setdefault(name, []).append([cookie, None])
            log(f"logged in {len(missing)} sessions in {time.time() - started:.1f} s")
        taken = {}
        result = []
        for name in usernames:
            index = taken.get(name, 0)
            taken[name] = index + 1
            result.append(self.by_user[name][index])
        if csrf:
            tokenless = [session for session in result if session[1] is None]
            with concurrent.futures.ThreadPoolExecutor(8) as pool:
                for session, token in zip(tokenless, pool.map(csrf_token, [session[0] for session in tokenless])):
                    session[1] = token
        if missing or (csrf and tokenless):
            self.keep()
        return [(name, cookie, token) for name, (cookie, token) in zip(usernames, result)]


def usernames(who, values, extra=0):
    """The usernames a scenario's sessions belong to (extra: that many more, kept out of the pool)."""
    if who is None:
        return []
    if isinstance(who, Members):
        return [row[0] for row in rows(
            f"select u.username from bench.member_of m join users u on u.id = m.member_id "
            f"where m.c = {int(values[who.fixture])} order by m.k limit {who.count + extra}")]
    if isinstance(who, Users):
        return [f"{who.prefix}{i}" for i in range(1, who.count + extra + 1)]
    if isinstance(who, Repeated):
        return [values[who.fixture]] * (who.count + extra)
    raise ValueError(who)


def register(scenario, sessions):
    """Records which database session and member each cookie is, for the raw SQL to replay."""
    psql("create table if not exists bench.session (scenario text, n int, primary_id text, session_id text, "
         "member_id bigint, primary key (scenario, n))")
    psql(f"delete from bench.session where scenario = {quote(scenario)}")
    if not sessions:
        return
    values = ", ".join(f"({n}, {quote(session_id(cookie))})" for n, (_, cookie, _) in enumerate(sessions, 1))
    psql(f"insert into bench.session select {quote(scenario)}, v.n, s.primary_id, s.session_id, u.id "
         f"from (values {values}) v(n, session_id) join spring_session s on s.session_id = v.session_id "
         f"join users u on u.username = s.principal_name")


def session_id(cookie):
    value = cookie.split("=", 1)[1]
    return base64.b64decode(value + "=" * (-len(value) % 4)).decode()


# --- capture: the SQL of one request, and a pgbench script replaying it ----------------------

def csv_logs():
    """PostgreSQL's CSV log files and their sizes, read through SQL so that any server will do."""
    return {name: int(size) for name, size in rows("select name, size from pg_ls_logdir() where name like '%.csv'")}


def capture(method, path, cookie, body):
    """The statements the application issued for one request, parameters inlined, in order."""
    before = csv_logs()
    psql("alter system set log_statement = 'all'")
    psql("select pg_reload_conf()")
    time.sleep(0.5)
    started = time.time()
    status, _, _, page = request(method, path, cookie, body)
    alone_ms = (time.time() - started) * 1000
    time.sleep(0.5)
    psql("alter system reset log_statement")
    psql("select pg_reload_conf()")
    time.sleep(1.0)  # the logging collector writes behind
    statements = []
    for name, size in csv_logs().items():
        offset = before.get(name, 0)
        if size <= offset:
            continue
        text = psql(f"select pg_read_file(current_setting('log_directory') || '/' || {quote(name)}, {offset}, {size - offset})")
        for record in csv.reader(io.StringIO(text)):
            if len(record) < 23 or record[22] != JDBC_APPLICATION:
                continue
            match = re.match(r"(?:statement|execute [^:]+): (.*)", record[13], re.S)
            if match and match.group(1).strip():
                statements.append(inline(match.group(1), record[14]))
    if not statements:
        log("no SQL captured: is PostgreSQL logging to CSV (logging_collector = on, log_destination = csvlog)?")
    return status, statements, alone_ms, len(page.encode())


def inline(sql, detail):
    params = {}
    if detail.startswith("Parameters:"):
        for number, value in re.findall(r"\$(\d+) = (NULL|'(?:[^']|'')*')", detail):
            params[number] = value
    return re.sub(r"\$(\d+)", lambda m: params.get(m.group(1), m.group(0)), sql).strip().rstrip(";")


CONTROL = re.compile(r"^(BEGIN|COMMIT|ROLLBACK|SET |SHOW |select 1$)", re.I)
UUID = re.compile(r"'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'")


def new_ids(statements):
    """Literals the request inserted as primary keys (id columns, or a new session's id)."""
    found = []
    for sql in statements:
        match = re.match(r"insert into (\w+)\s*\(([^)]*)\)\s*values\s*\((.*)\)", sql, re.I | re.S)
        if match:
            columns = [column.strip().lower() for column in match.group(2).split(",")]
            values = [value.strip() for value in split_values(match.group(3))]
            if "id" in columns and len(values) == len(columns):
                found.append(values[columns.index("id")])
    return found


def split_values(text):
    values, current, quoted, depth = [], "", False, 0
    for char in text:
        if char == "'":
            quoted = not quoted
        if not quoted and char == "(":
            depth += 1
        if not quoted and char == ")":
            depth -= 1
        if char == "," and not quoted and depth == 0:
            values.append(current)
            current = ""
        else:
            current += char
    values.append(current)
    return values


def pgbench_script(scenario, statements, session=None, member_id=None, caller=None):
    """The captured statements as a pgbench script: each transaction replays them for a random
    session of the scenario (its session row and member), with fresh ids where the request inserted.
    caller (the REST API's): the literals of the captured caller's order, {"member": …, "gb": …, "item": …,
    "community": …}; each transaction replays them for the next caller of bench.api_caller instead."""
    lines = [f"-- {scenario.name}: {len(statements)} statements captured from one request, replayed per transaction"]
    replaced = {}
    if session:
        spid, sid = session
        replaced = {quote(spid): ":spid", quote(sid): ":sid", quote(member_id): ":member"}
        count = int(psql(f"select count(*) from bench.session where scenario = {quote(scenario.name)}"))
        lines += [f"\\set n random(1, {count})",
                  f"select primary_id as spid, session_id as sid, member_id as member from bench.session "
                  f"where scenario = '{scenario.name}' and n = :n \\gset"]
    elif caller:
        # one caller per transaction, in turn: client c takes callers c + 1, c + 1 + clients, … (each orders once)
        replaced = {quote(value): f":{name}" for name, value in caller.items()}
        count = int(psql(f"select count(*) from bench.api_caller where scenario = {quote(scenario.name)}"))
        lines += ["\\set k :k + 1", f"\\set n 1 + (:client_id + :k * :clients) % {count}",
                  "select member_id as member, group_buy_id as gb, item_id as item, community_id as community "
                  f"from bench.api_caller where scenario = '{scenario.name}' and n = :n \\gset"]
    elif member_id:
        replaced = {quote(member_id): ":member"}
    if scenario.raw_new_member and not caller:
        # a member of its own per transaction: client c takes members c, c + clients, c + 2 clients ...
        lines += ["\\set k :k + 1", f"\\set member {scenario.raw_members_from} + :client_id + :k * :clients"]
    fresh = []
    for literal in new_ids(statements) + sorted(set(UUID.findall("\n".join(statements)))):
        if literal not in replaced:
            fresh.append(literal)
            replaced[literal] = f":new{len(fresh)}"
            lines.append(f"\\set new{len(fresh)} 100000000000000 + random(1, 100000000000000)")
    pattern = re.compile("|".join(re.escape(literal) for literal in sorted(replaced, key=len, reverse=True)) or "(?!)")
    stock_checks = 0  # conditional stock updates whose \if is open until the transaction ends
    for sql in statements:
        if re.match(r"select nextval\('\w+'\)$", sql):
            continue  # Hibernate takes 50 ids at a time: one request in 50 asks, the replay uses fresh ids
        sql = pattern.sub(lambda m: replaced[m.group(0)], sql)
        if re.match(r"INSERT INTO SPRING_SESSION_ATTRIBUTES", sql, re.I) and not re.search(r"ON CONFLICT", sql, re.I):
            # the request added an attribute to its session, which later requests of that session update
            sql += " ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES"
        if re.match(r"update group_buy_items\s+set sold = sold \+ .*\swhere\s.*<=", sql, re.I | re.S):
            # the stock taken only while there is stock: without it the application rolls back and refuses,
            # and so does the replay (else a sold-out item would be sold on in the raw SQL)
            stock_checks += 1
            lines += [f"with taken as ({sql} returning 1) select count(*) as stocked{stock_checks} from taken \\gset",
                      f"\\if :stocked{stock_checks}"]
            continue
        if re.match(r"(COMMIT|ROLLBACK)$", sql, re.I) and stock_checks:
            lines.append(sql + ";")
            for _ in range(stock_checks):
                lines += ["\\else", "ROLLBACK;", "\\endif"]
            stock_checks = 0
            continue
        lines.append(sql + ";")
    return "\n".join(lines) + "\n"


# --- load -------------------------------------------------------------------------------------

def wrk(path, connections, seconds, method="GET", sessions_file="-", body=None):
    command = ["wrk", "-t", str(THREADS), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "60s",
               "-s", os.path.join(BENCH, "lib", "wrk.lua"), f"http://localhost:{APP_PORT}", "--",
               method, path, sessions_file, str(THREADS)] + ([body] if body else [])
    cpu_before = app_cpu_seconds()
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    cpu_after = app_cpu_seconds()
    result = json.loads(output.split("BENCH-RESULT ", 1)[1])
    result["per_second"] = result["requests"] / result["seconds"]
    if cpu_before is not None and cpu_after is not None and result["requests"]:
        result["app_cpu_ms"] = (cpu_after - cpu_before) * 1000 / result["requests"]
    result["drain_seconds"] = quiesce()
    result["stalled"] = not alive()
    return result


def warm_up(scenario, path, sessions_arg, body):
    """Rounds of load until the application runs the request compiled: until the JIT's compiler threads
    spend less than a twentieth of a round on it, at most WARMUP_MAX seconds. On two cores they compile a
    request they have not seen for minutes, and one round of 15 s measured the compiler as much as the
    request (an API refusal cost the application 2.9 CPU ms in its first minute, 0.75 once compiled).
    A scenario with a fixture gets it fresh for every round, so that each round runs the request measured
    (orders placed, not refused as the callers' second). Returns the seconds it took."""
    spent = 0
    while spent < WARMUP_MAX:
        if scenario.reset:
            run_fixture(scenario.reset)
        compiling = jit_cpu_seconds()
        result = wrk(path, 32, WARMUP, scenario.method, sessions_arg, body)
        compiled = jit_cpu_seconds()
        spent += WARMUP
        log(f"{scenario.name}: warming up, {spent} s: {result.get('app_cpu_ms', 0):.2f} CPU ms/request, "
            f"the JIT {compiled - compiling:.1f} CPU s")
        if compiled - compiling < WARMUP / 20:
            break
    return spent


def jit_cpu_seconds():
    """The CPU time the application's JIT compiler threads have used so far (0 when it cannot be read)."""
    try:
        tasks = f"/proc/{app_pid()}/task"
        compilers = [task for task in os.listdir(tasks)
                     if open_read(f"{tasks}/{task}/comm").startswith(("C1 CompilerThre", "C2 CompilerThre"))]
        return sum(cpu_seconds(f"{tasks}/{task}/stat") for task in compilers)
    except (OSError, KeyError, ValueError, IndexError):
        return 0


def app_cpu_seconds():
    """The CPU time the application's JVM has used so far (all its threads), or None: divided by the requests
    of a measurement, what one request costs the application, which other load on the machine hardly moves."""
    try:
        return cpu_seconds(f"/proc/{app_pid()}/stat")
    except (OSError, KeyError, ValueError, IndexError):
        return None


def app_pid():
    return open_read(os.path.join(os.environ["BENCH_HOME"], "app.pid")).strip()


def open_read(path):
    with open(path) as file:
        return file.read()


def cpu_seconds(stat_path):
    """User and system time of a process or thread from its /proc stat file."""
    fields = open_read(stat_path).rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def quiesce(timeout=300):
    """Waits until the application has finished the requests wrk left in flight (no statement running
    and no transaction open on its connections for a second), so that nothing of one measurement
    runs into the next, or into a reset of the data. Returns how long that took, in seconds."""
    started = time.time()
    quiet_since = None
    while time.time() < started + timeout:
        busy = int(psql(f"select count(*) from pg_stat_activity where application_name = '{JDBC_APPLICATION}' "
                        "and state <> 'idle'"))
        if busy:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.time()
        elif time.time() - quiet_since >= 1:
            return round(quiet_since - started, 1)
        time.sleep(0.1)
    log("the application is still busy after the measurement")
    return round(time.time() - started, 1)


def alive():
    try:
        status, _, _, _ = request("GET", "/actuator/health", timeout=30)
        return status == 200
    except OSError:
        return False


def out_of_memory_errors():
    """How often the application logged an OutOfMemoryError so far in this run."""
    count = 0
    for name in glob.glob(os.path.join(os.environ["BENCH_LOG_DIR"], "app*.log")):
        with open(name, errors="replace") as file:
            count += sum(line.count("OutOfMemoryError") for line in file)
    return count


def restart_app():
    log("Linli stopped answering: restarting it")
    subprocess.run([os.path.join(BENCH, "lib", "restart-app.sh")], check=True)


def pgbench(script, clients, seconds):
    with tempfile.TemporaryDirectory() as directory:
        script_file = os.path.join(directory, "script.sql")
        with open(script_file, "w") as file:
            file.write(script)
        command = ["pgbench", "-n", "-M", "prepared", "-c", str(clients), "-j", str(min(THREADS, clients)),
                   "-T", str(seconds), "-D", "k=0", "-D", f"clients={clients}", "-f", script_file,
                   "-l", "--log-prefix", os.path.join(directory, "tx")]
        done = subprocess.run(command, capture_output=True, text=True)
        output = done.stdout + done.stderr
        latencies = []
        for name in glob.glob(os.path.join(directory, "tx.*")):
            with open(name) as file:
                latencies += [int(line.split()[2]) / 1000 for line in file if line.strip()]
    tps = re.search(r"tps = ([\d.]+) \(without initial connection time\)", output)
    failed = re.search(r"number of failed transactions: (\d+)", output)
    aborted = len(re.findall(r"aborted in command", output))
    latencies.sort()
    return {"per_second": float(tps.group(1)) if tps else 0.0, "transactions": len(latencies),
            "p50_ms": percentile(latencies, 50), "p99_ms": percentile(latencies, 99),
            "failed": int(failed.group(1)) if failed else 0, "aborted_clients": aborted,
            "error": None if tps and not aborted else output.strip().splitlines()[-5:]}


def percentile(values, p):
    return values[min(len(values) - 1, int(len(values) * p / 100))] if values else None


# --- scenarios --------------------------------------------------------------------------------

def measure_scenario(scenario, values, sessions, out_dir, results):
    fill = lambda text: re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), text) if text else text
    path, body = fill(scenario.path), fill(scenario.body)
    result = {"name": scenario.name, "title": scenario.title, "method": scenario.method, "path": path, "levels": []}
    results.append(result)
    errors_before = out_of_memory_errors()
    posts = scenario.method != "GET"
    api = isinstance(scenario.who, (ApiMembers, ApiSpread))
    if api:
        # bearer tokens instead of sessions; the request is captured from a caller outside the pool
        *pool, capturer = api_sessions(scenario, values, body, extra=1)
    else:
        pool = sessions.get(usernames(scenario.who, values), csrf=posts)
        capturer = pool[0] if pool else None
    if pool and posts and not api:
        # a request that changes data is captured from a session outside the pool (a member yet to order)
        capturer = sessions.get(usernames(scenario.who, values, extra=1)[-1:], csrf=True)[0]
    if scenario.reset:
        run_fixture(scenario.reset)

    # one request alone, then the SQL of one (not a session's first request: that one may set it up)
    cookie, csrf = (capturer[1], capturer[2]) if capturer else (None, None)
    request_body = body.replace("{session}", csrf or "").replace("{csrf}", csrf or "").replace("{quantity}", "1") if body else None
    if scenario.method == "GET":
        request(scenario.method, path, cookie, request_body)
        started = time.time()
        request(scenario.method, path, cookie, request_body)
        result["alone_ms"] = (time.time() - started) * 1000
    status, statements, alone_ms, result["response_bytes"] = capture(scenario.method, path, cookie, request_body)
    result.setdefault("alone_ms", alone_ms)  # a post is timed once, while its SQL is logged
    result["capture_status"] = status
    result["statements"] = len([s for s in statements if not CONTROL.match(s)])
    result["transactions"] = len([s for s in statements if re.match(r"^BEGIN", s, re.I)])
    with open(os.path.join(out_dir, f"{scenario.name}.sql"), "w") as file:
        file.write(f"-- {scenario.method} {path}: HTTP {status}, {result['statements']} statements "
                   f"in {result['transactions']} transactions (BEGIN … COMMIT), plus autocommit ones\n")
        file.writelines(sql + ";\n" for sql in statements)
    if api:
        order = json.loads(request_body)
        member, community = rows(f"select u.id, g.community_id from users u, group_buys g "
                                 f"where u.username = {quote(capturer[0])} and g.id = {int(order['groupBuyId'])}")[0]
        script = pgbench_script(scenario, statements, caller={
            "member": member, "gb": order["groupBuyId"], "item": order["lines"][0]["itemId"], "community": community})
    elif pool:
        register(scenario.name, pool)
        spid, sid = rows(f"select primary_id, session_id from spring_session where session_id = {quote(session_id(cookie))}")[0]
        member = psql(f"select id from users where username = {quote(capturer[0])}")
        script = pgbench_script(scenario, statements, (spid, sid), member)
    else:
        script = pgbench_script(scenario, statements)
    with open(os.path.join(out_dir, f"{scenario.name}.pgbench.sql"), "w") as file:
        file.write(script)
    log(f"{scenario.name}: {result['statements']} statements, {result['transactions']} transactions per request "
        f"(HTTP {status})")

    sessions_file = os.path.join(SESSIONS_DIR, f"{scenario.name}.sessions")
    with open(sessions_file, "w") as file:
        file.writelines(f"{cookie}\t{csrf}\n" for _, cookie, csrf in pool)
    sessions_arg = sessions_file if pool else "-"

    result["warmup_seconds"] = warm_up(scenario, path, sessions_arg, body)
    for connections in scenario.levels or LEVELS:
        level = {"connections": connections}
        level["static"] = wrk(STATIC_PATH, connections, CEILING_DURATION)
        if scenario.reset:
            run_fixture(scenario.reset)
        level["app"] = wrk(path, connections, DURATION, scenario.method, sessions_arg, body)
        if scenario.check:
            level["check"] = [{"holds": row[0] == "t", "detail": row[1]} for row in rows(fill(scenario.check))]
        if scenario.reset:
            run_fixture(scenario.reset)
        level["raw"] = pgbench(script, connections, CEILING_DURATION) if result["statements"] else None
        if scenario.check:
            level["raw_check"] = [{"holds": row[0] == "t", "detail": row[1]} for row in rows(fill(scenario.check))]
        result["levels"].append(level)
        app, static, raw = level["app"], level["static"], level["raw"]
        log(f"{scenario.name} @{connections}: {app['per_second']:.0f}/s p50 {app['p50_ms']:.0f} ms "
            f"{app.get('app_cpu_ms', 0):.1f} CPU ms/request "
            f"p99 {app['p99_ms']:.0f} ms {app['statuses']} | static {static['per_second']:.0f}/s "
            f"| raw SQL {raw['per_second'] if raw else 0:.0f}/s{' ' + str(level.get('check')) if scenario.check else ''}")
        if app["stalled"] or static["stalled"]:
            # more connections would only stall it again: on to the next scenario
            result["stalled_at"] = connections
            restart_app()
            break
    result["out_of_memory_errors"] = out_of_memory_errors() - errors_before
    if result["out_of_memory_errors"] and "stalled_at" not in result:
        # a full heap leaves the application slow for a while: the next scenario gets a fresh one
        restart_app()
    if scenario.reset:
        run_fixture(scenario.reset)


# --- the cutoff at scale ----------------------------------------------------------------------

def probe_lock(group_buy):
    """Starts a session that keeps taking the group-buy's row FOR SHARE, as an order does."""
    return subprocess.Popen(["psql", "-X", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c",
                             f"call bench.probe_lock({group_buy}, 600)"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def probe_result(probe):
    out, err = probe.communicate()
    if probe.returncode != 0:
        raise RuntimeError(err)
    longest, waits = out.strip().split("\t")
    return float(longest)


def measure_cutoff(values, sessions, out_dir):
    group_buy = values["cutoff_group_buy"]
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", os.path.join(BENCH, "sql", "probe.sql")],
                   check=True, capture_output=True)
    run_fixture("40_cutoff.sql")
    orders = int(psql(f"select count(*) from orders where group_buy_id = {group_buy}"))
    items = int(psql(f"select count(*) from group_buy_items where group_buy_id = {group_buy}"))
    _, cookie, csrf = sessions.get([values["leader"]], csrf=True)[0]
    log(f"cutoff: closing a group-buy of {orders} orders over {items} items through the leader's page")

    probe = probe_lock(group_buy)
    time.sleep(1.0)
    started = time.time()
    status, location, _, _ = request("POST", f"/leader/group-buys/{group_buy}/close", cookie,
                                     urllib.parse.urlencode({"_csrf": csrf}))
    request_ms = (time.time() - started) * 1000
    app_lock_ms = probe_result(probe)
    outcome = rows(f"select status, count(*) from orders where group_buy_id = {group_buy} group by status order by status")
    closed = psql(f"select status from group_buys where id = {group_buy}")

    run_fixture("40_cutoff.sql")
    probe = probe_lock(group_buy)
    time.sleep(1.0)
    with open(os.path.join(BENCH, "sql", "cutoff-set-based.sql")) as file:
        script = file.read()
    done = subprocess.run(["pgbench", "-n", "-M", "simple", "-c", "1", "-t", "1", "-D", f"gb={group_buy}", "-f", "/dev/stdin"],
                          input=script, capture_output=True, text=True)
    raw_lock_ms = probe_result(probe)
    raw_latency = re.search(r"latency average = ([\d.]+) ms", done.stdout)
    raw_outcome = rows(f"select status, count(*) from orders where group_buy_id = {group_buy} group by status order by status")
    run_fixture("40_cutoff.sql")
    result = {"orders": orders, "items": items, "http_status": status, "location": location, "group_buy_status": closed,
              "request_ms": request_ms, "lock_ms": app_lock_ms, "outcome": outcome,
              "raw_ms": float(raw_latency.group(1)) if raw_latency else None, "raw_lock_ms": raw_lock_ms,
              "raw_outcome": raw_outcome, "raw_error": None if raw_latency else (done.stdout + done.stderr)[-2000:]}
    log(f"cutoff: HTTP {status} in {request_ms:.0f} ms, group-buy locked {app_lock_ms:.0f} ms, {outcome}; "
        f"set-based SQL {result['raw_ms']} ms (locked {raw_lock_ms:.0f} ms), {raw_outcome}")
    return result


def main():
    out_dir = sys.argv[1]
    only = sys.argv[2].split(",") if len(sys.argv) > 2 and sys.argv[2] else None
    os.makedirs(out_dir, exist_ok=True)
    os.makedirs(SESSIONS_DIR, exist_ok=True)
    psql("alter system reset log_statement")  # in case an earlier run stopped while capturing
    psql("select pg_reload_conf()")
    values = fixtures()
    sessions = Sessions()
    results = {"levels": LEVELS, "duration": DURATION, "ceiling_duration": CEILING_DURATION, "warmup": WARMUP,
               "warmup_max": WARMUP_MAX, "scenarios": [], "cutoff": None}
    try:
        for scenario in SCENARIOS:
            if only and scenario.name not in only:
                continue
            measure_scenario(scenario, values, sessions, out_dir, results["scenarios"])
            write(out_dir, results)
        if not only or "cutoff" in only:
            results["cutoff"] = measure_cutoff(values, sessions, out_dir)
    except RuntimeError as e:  # the application died: report what was measured, and why it stopped
        log(f"measurements stopped: {e}")
        results["stopped"] = str(e)
    write(out_dir, results)


def write(out_dir, results):
    with open(os.path.join(out_dir, "measurements.json"), "w") as file:
        json.dump(results, file, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
