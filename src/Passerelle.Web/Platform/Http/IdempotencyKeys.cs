using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Platform.Http;

/// <summary>
/// <c>Idempotency-Key</c> on the API's POSTs (every create: cases, referrals, notes, attachments…; and the other
/// POST actions): a client that did not get the answer (time-out, lost connection) sends the request again with the
/// same key and gets the first answer back — same status, body and <c>Location</c>, header
/// <c>Idempotency-Replayed: true</c> — without a second write. The same key with another request is refused (422);
/// a key whose first request is still being served answers 409. Keys belong to the signed-in user and are kept
/// <c>Api:IdempotencyHours</c> (24). Answers of 500 and above are not kept: the request may be retried. A request
/// interrupted by a crash (no answer stored) can be retried after <see cref="AbandonedAfter"/>. Without the header,
/// nothing changes.
/// </summary>
public sealed class IdempotencyKeys(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";
    public const int MaxKeyLength = IdempotencyRecord.MaxKeyLength;
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(5);

    public async Task InvokeAsync(HttpContext context, PasserelleDbContext db, IDataProtectionProvider protection, TimeProvider clock, IConfiguration configuration)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.StartsWithSegments("/api")
            || !context.Request.Headers.TryGetValue(Header, out var values)
            || !Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            await next(context);
            return;
        }

        var key = values.ToString();
        if (values.Count != 1 || key.Length is 0 or > MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            await Problem(context, StatusCodes.Status400BadRequest, ProblemTexts.IdempotencyKeyInvalid, ProblemTexts.IdempotencyKeyInvalidDetail);
            return;
        }

        var hash = await HashAsync(context.Request);
        var protector = protection.CreateProtector("Passerelle.Idempotency.v1");
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.IdempotencyRecords.SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key, context.RequestAborted);
        if (existing is not null && existing.ExpiresAt > now)
        {
            if (!string.Equals(existing.RequestHash, hash, StringComparison.Ordinal))
            {
                await Problem(context, StatusCodes.Status422UnprocessableEntity, ProblemTexts.IdempotencyKeyReused, ProblemTexts.IdempotencyKeyReusedDetail);
                return;
            }

            if (existing.Status != 0)
            {
                await ReplayAsync(context, existing, protector);
                return;
            }

            if (existing.CreatedAt > now - AbandonedAfter)
            {
                await Problem(context, StatusCodes.Status409Conflict, ProblemTexts.IdempotencyKeyInProgress, ProblemTexts.IdempotencyKeyInProgressDetail);
                return;
            }
        }

        if (!await ClaimAsync(db, existing, userId, key, hash, now, configuration, context.RequestAborted))
        {
            await Problem(context, StatusCodes.Status409Conflict, ProblemTexts.IdempotencyKeyInProgress, ProblemTexts.IdempotencyKeyInProgressDetail);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var stored = false;
        try
        {
            await next(context);
            if (context.Response.StatusCode < 500)
            {
                var answer = new StoredAnswer(context.Response.ContentType, context.Response.Headers.Location.ToString(), Convert.ToBase64String(buffer.ToArray()));
                await db.IdempotencyRecords.Where(r => r.UserId == userId && r.Key == key)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, context.Response.StatusCode)
                        .SetProperty(r => r.ProtectedAnswer, protector.Protect(JsonSerializer.Serialize(answer))), CancellationToken.None);
                stored = true;
            }
        }
        finally
        {
            context.Response.Body = original;
            if (!stored)
            {
                // No answer to keep (a 5xx, an exception): the key is free for a retry.
                await db.IdempotencyRecords.Where(r => r.UserId == userId && r.Key == key).ExecuteDeleteAsync(CancellationToken.None);
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>Takes the key for this request: a new row, or the row of an expired key or an abandoned request.</summary>
    private static async Task<bool> ClaimAsync(
        PasserelleDbContext db, IdempotencyRecord? existing, Guid userId, string key, string hash, DateTime now, IConfiguration configuration, CancellationToken ct)
    {
        var expires = now.AddHours(Math.Max(1, configuration.GetValue("Api:IdempotencyHours", 24.0)));
        if (existing is not null)
        {
            var stale = existing.CreatedAt;
            return await db.IdempotencyRecords.Where(r => r.UserId == userId && r.Key == key && r.CreatedAt == stale)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.RequestHash, hash).SetProperty(r => r.CreatedAt, now)
                    .SetProperty(r => r.ExpiresAt, expires).SetProperty(r => r.Status, 0).SetProperty(r => r.ProtectedAnswer, (string?)null), ct) == 1;
        }

        // Expired keys of anyone go with the first new key of the minute: cheap, and the table stays small.
        await db.IdempotencyRecords.Where(r => r.ExpiresAt < now).ExecuteDeleteAsync(ct);
        db.IdempotencyRecords.Add(new IdempotencyRecord { UserId = userId, Key = key, RequestHash = hash, CreatedAt = now, ExpiresAt = expires });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // The same key arrived twice at once: the first one serves it.
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static async Task<string> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.Path}{request.QueryString}\n{request.ContentType}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord record, IDataProtector protector)
    {
        var answer = JsonSerializer.Deserialize<StoredAnswer>(protector.Unprotect(record.ProtectedAnswer!))!;
        context.Response.StatusCode = record.Status;
        context.Response.Headers[ReplayedHeader] = "true";
        if (!string.IsNullOrEmpty(answer.Location))
        {
            context.Response.Headers.Location = answer.Location;
        }

        if (answer.ContentType is not null)
        {
            context.Response.ContentType = answer.ContentType;
        }

        await context.Response.Body.WriteAsync(Convert.FromBase64String(answer.Body), context.RequestAborted);
    }

    private static Task Problem(HttpContext context, int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);

    private sealed record StoredAnswer(string? ContentType, string? Location, string Body);
}
