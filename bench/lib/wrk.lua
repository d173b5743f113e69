-- wrk script for every scenario: one request shape, sent with many different logged-in sessions.
--   wrk -t THREADS ... -s wrk.lua URL -- METHOD PATH SESSIONS_FILE THREADS [BODY]
-- SESSIONS_FILE has one session per line, "cookie<TAB>csrf token" ("-" for anonymous requests).
-- BODY (form-encoded) may hold {csrf} and {quantity}: the session's token, and 1 on the session's
-- first use, then 2, 1, 2 … so that after placing an order each later request changes it.
-- Threads take turns over the sessions, so no two requests in flight share a session unless there
-- are fewer sessions than connections. done() prints one line: "BENCH-RESULT {json}".

local threads = {}

function setup(thread)
    thread:set("thread_index", #threads)
    table.insert(threads, thread)
end

function init(args)
    method, path, sessions_file, step, body = args[1], args[2], args[3], tonumber(args[4]), args[5]
    sessions = {}
    if sessions_file ~= "-" then
        for line in io.lines(sessions_file) do
            local cookie, csrf = line:match("^([^\t]*)\t?(.*)$")
            table.insert(sessions, { cookie = cookie, csrf = csrf })
        end
    end
    statuses = {}
    sent = thread_index
end

function request()
    local headers = {}
    local request_body = nil
    if #sessions > 0 then
        local session = sessions[sent % #sessions + 1]
        local round = math.floor(sent / #sessions)
        headers["Cookie"] = session.cookie
        if body then
            request_body = body:gsub("{csrf}", session.csrf):gsub("{quantity}", tostring(1 + round % 2))
        end
    elseif body then
        request_body = body
    end
    if request_body then
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    end
    sent = sent + step
    return wrk.format(method, path, headers, request_body)
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local counts = {}
    for _, thread in ipairs(threads) do
        for status, count in pairs(thread:get("statuses")) do
            counts[status] = (counts[status] or 0) + count
        end
    end
    local parts = {}
    for status, count in pairs(counts) do
        table.insert(parts, string.format('"%d": %d', status, count))
    end
    io.write(string.format(
        'BENCH-RESULT {"requests": %d, "seconds": %.3f, "p50_ms": %.2f, "p90_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f, '
            .. '"statuses": {%s}, "socket_errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d}}\n',
        summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(90) / 1e3,
        latency:percentile(99) / 1e3, latency.max / 1e3, table.concat(parts, ", "),
        summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
