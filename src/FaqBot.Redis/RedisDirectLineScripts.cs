namespace FaqBot.Redis;

/// <summary>
/// The Lua scripts of <see cref="RedisDirectLineState"/>: each runs atomically in Redis, which is what
/// makes an append, a dedup check and a turn's completion one step across instances. Keys of one
/// conversation share a hash tag, so every script touches one slot.
/// </summary>
internal static class RedisDirectLineScripts
{
    // KEYS: meta, log, clientIds. append(json, visible, turn, now, maxCount, maxBytes) → seq, ts.
    // The stream id is "{seq}-0": the watermark is the stream's own id; the timestamp rises by at least 1 ms.
    private const string AppendFunction = """
        local function append(json, visible, turn, now, maxCount, maxBytes)
          local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
          local last = tonumber(redis.call('HGET', KEYS[1], 'ts') or '0')
          local ts = tonumber(now)
          if ts < last + 1 then ts = last + 1 end
          redis.call('HSET', KEYS[1], 'ts', string.format('%d', ts))
          local size = string.len(json)
          redis.call('XADD', KEYS[2], seq .. '-0', 'a', json, 't', string.format('%d', ts), 'v', visible, 'n', turn, 'b', size)
          local bytes = redis.call('HINCRBY', KEYS[1], 'bytes', size)
          local len = redis.call('XLEN', KEYS[2])
          while len > 1 and (len > tonumber(maxCount) or bytes > tonumber(maxBytes)) do
            local first = redis.call('XRANGE', KEYS[2], '-', '+', 'COUNT', 1)[1]
            local fields = first[2]
            local b = 0
            for i = 1, #fields, 2 do
              if fields[i] == 'b' then b = tonumber(fields[i + 1]) end
            end
            redis.call('XDEL', KEYS[2], first[1])
            bytes = redis.call('HINCRBY', KEYS[1], 'bytes', -b)
            len = len - 1
          end
          return seq, ts
        end
        local function touch(ttl, count)
          for i = 1, count do redis.call('PEXPIRE', KEYS[i], ttl) end
        end
        """;

    /// <summary>ARGV: user, ttl, now. → {created 0|1, user or false}.</summary>
    public const string Create = """
        if redis.call('EXISTS', KEYS[1]) == 1 then
          return {0, redis.call('HGET', KEYS[1], 'user')}
        end
        redis.call('HSET', KEYS[1], 'seq', 0, 'ts', 0, 'bytes', 0, 'done', 0, 'created', ARGV[3])
        if ARGV[1] ~= '' then redis.call('HSET', KEYS[1], 'user', ARGV[1]) end
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return {1, ARGV[1]}
        """;

    /// <summary>KEYS: meta, log, clientIds. ARGV: ttl. → 1, or 0 when gone.</summary>
    public const string Touch = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        for i = 1, #KEYS do redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
        return 1
        """;

    /// <summary>KEYS: meta. ARGV: user. → the user in force, or false when gone.</summary>
    public const string AdoptUser = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return false end
        if ARGV[1] ~= '' then redis.call('HSETNX', KEYS[1], 'user', ARGV[1]) end
        return redis.call('HGET', KEYS[1], 'user')
        """;

    /// <summary>KEYS: meta. → 1 the first time a known user is announced.</summary>
    public const string Announce = """
        if redis.call('HEXISTS', KEYS[1], 'user') == 0 then return 0 end
        return redis.call('HSETNX', KEYS[1], 'announced', 1)
        """;

    /// <summary>
    /// KEYS: meta, log, clientIds. ARGV: json, visible, turn, clientId, now, maxCount, maxBytes, ttl.
    /// → false when gone; {0, seq} for a repeated client id; {1, seq, ts}.
    /// </summary>
    public const string Append = AppendFunction + "\n" + """
        if redis.call('EXISTS', KEYS[1]) == 0 then return false end
        if ARGV[4] ~= '' then
          local prior = redis.call('ZSCORE', KEYS[3], ARGV[4])
          if prior then return {0, tonumber(prior)} end
        end
        local seq, ts = append(ARGV[1], ARGV[2], ARGV[3], ARGV[5], ARGV[6], ARGV[7])
        if ARGV[4] ~= '' then
          redis.call('ZADD', KEYS[3], seq, ARGV[4])
          local extra = redis.call('ZCARD', KEYS[3]) - tonumber(ARGV[6])
          if extra > 0 then redis.call('ZREMRANGEBYRANK', KEYS[3], 0, extra - 1) end
        end
        touch(ARGV[8], 3)
        return {1, seq, ts}
        """;

    /// <summary>KEYS: meta, log. ARGV: watermark field ('seq' or 'done'), from (exclusive; empty = the field's value). → {-1} when gone; {value, entries}.</summary>
    public const string Read = """
        local value = redis.call('HGET', KEYS[1], ARGV[1])
        if not value then return {-1} end
        local from = ARGV[2]
        if from == '' then from = value end
        return {tonumber(value), redis.call('XRANGE', KEYS[2], '(' .. from .. '-0', '+')}
        """;

    /// <summary>
    /// KEYS: meta, log, lease. ARGV: lease, turnWatermark, now, maxCount, maxBytes, ttl, replies... →
    /// false when the lease is not held; {1, pending turns left}.
    /// </summary>
    public const string Complete = AppendFunction + "\n" + """
        if redis.call('GET', KEYS[3]) ~= ARGV[1] then return false end
        if redis.call('EXISTS', KEYS[1]) == 0 then return false end
        for i = 7, #ARGV do append(ARGV[i], 1, 0, ARGV[3], ARGV[4], ARGV[5]) end
        local done = tonumber(redis.call('HGET', KEYS[1], 'done') or '0')
        if tonumber(ARGV[2]) > done then
          done = tonumber(ARGV[2])
          redis.call('HSET', KEYS[1], 'done', ARGV[2])
        end
        local left = 0
        for _, entry in ipairs(redis.call('XRANGE', KEYS[2], '(' .. string.format('%d', done) .. '-0', '+')) do
          local fields = entry[2]
          for i = 1, #fields, 2 do
            if fields[i] == 'n' and fields[i + 1] == '1' then left = left + 1 end
          end
        end
        touch(ARGV[6], 2)
        return {1, left}
        """;

    /// <summary>KEYS: lease. ARGV: lease. Deletes the lease only if it is still this one.</summary>
    public const string Release = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;
}
