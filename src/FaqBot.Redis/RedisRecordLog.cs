using System.Text.Json;
using FaqBot.Answers.Feedback;
using StackExchange.Redis;

namespace FaqBot.Redis;

/// <summary>
/// A record log as a Redis list (<c>RPUSH</c>, trimmed to the newest <c>State:MaxRecords</c>, no expiry)
/// that every instance appends to and <c>faqbot report</c> reads.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
public sealed class RedisRecordLog<TRecord>(RedisConnection connection, string name, int maxRecords) : IRecordLog<TRecord>
{
    private const int ReadPage = 1000;
    private readonly RedisKey _key = connection.KeyPrefix + name;

    /// <inheritdoc />
    public string Location => $"redis {connection.Endpoint} {_key}";

    /// <inheritdoc />
    public async Task AppendAsync(TRecord record, CancellationToken cancellationToken = default)
    {
        var batch = connection.Database.CreateTransaction();
        _ = batch.ListRightPushAsync(_key, JsonSerializer.Serialize(record, FeedbackJson.Options));
        _ = batch.ListTrimAsync(_key, -maxRecords, -1);
        if (!await batch.ExecuteAsync())
        {
            throw new IOException($"Redis did not store the record in {_key}.");
        }
    }

    /// <inheritdoc />
    public async Task<(IReadOnlyList<TRecord> Records, int SkippedLines)> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        var records = new List<TRecord>();
        var skipped = 0;
        for (long start = 0; ; start += ReadPage)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await connection.Database.ListRangeAsync(_key, start, start + ReadPage - 1);
            foreach (var value in page)
            {
                try
                {
                    if (JsonSerializer.Deserialize<TRecord>((string)value!, FeedbackJson.Options) is { } record)
                    {
                        records.Add(record);
                        continue;
                    }
                }
                catch (JsonException)
                {
                    // Counted below, as the file log counts a torn line.
                }

                skipped++;
            }

            if (page.Length < ReadPage)
            {
                return (records, skipped);
            }
        }
    }
}
