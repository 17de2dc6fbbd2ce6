using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Passerelle.Web.Platform.Security;

/// <summary>
/// Rate limits, with the framework's rate limiter (System.Threading.RateLimiting): sign-in attempts per client
/// address (middleware policy <see cref="SignIn"/>) and per account (<see cref="SignInThrottle"/>, checked by the
/// sign-in handlers once they know which account is aimed at), case creation per account (policy
/// <see cref="CaseCreation"/>). Every refusal answers 429 with <c>Retry-After</c> in seconds.
/// A limit of 0 or less turns that limit off.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string CaseCreation = "case-creation";

    public static IServiceCollection AddPasserelleRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perAddress = configuration.GetValue("RateLimiting:SignInPerAddress", 20);
        var perAddressWindow = TimeSpan.FromMinutes(configuration.GetValue("RateLimiting:SignInPerAddressMinutes", 1.0));
        var cases = configuration.GetValue("RateLimiting:CaseCreationsPerAccount", 60);
        var casesWindow = TimeSpan.FromMinutes(configuration.GetValue("RateLimiting:CaseCreationsMinutes", 60.0));

        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                return WriteTooManyAsync(context.HttpContext, retryAfter, ct);
            };

            // Only attempts count: showing the sign-in page is free.
            options.AddPolicy(SignIn, context =>
                HttpMethods.IsGet(context.Request.Method) || perAddress <= 0
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetSlidingWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => Window(perAddress, perAddressWindow)));

            options.AddPolicy(CaseCreation, context =>
                HttpMethods.IsGet(context.Request.Method) || cases <= 0
                    ? RateLimitPartition.GetNoLimiter("")
                    : RateLimitPartition.GetSlidingWindowLimiter(
                        context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => Window(cases, casesWindow)));
        });
        return services;
    }

    internal static SlidingWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        SegmentsPerWindow = 6,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>429 with Retry-After (whole seconds, at least 1), as problem details for the API and a short page otherwise.</summary>
    public static async ValueTask WriteTooManyAsync(HttpContext context, TimeSpan retryAfter, CancellationToken ct)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                detail: $"Too many attempts. Try again in {seconds} seconds.").ExecuteAsync(context);
        }
        else
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                $"Trop de tentatives : réessayez dans {seconds} secondes. / Too many attempts: try again in {seconds} seconds.", ct);
        }
    }
}

/// <summary>
/// Sign-in attempts per account, whatever the client address, known account or not (so the answer reveals
/// nothing): a sliding window of <c>RateLimiting:SignInPerAccount</c> attempts (10) per
/// <c>RateLimiting:SignInPerAccountMinutes</c> (15). It replaces a lockout on wrong passwords: an attacker can
/// slow an account down for one window, not lock it until an administrator steps in.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> perAccount;
    private readonly TimeSpan window;

    public SignInThrottle(IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:SignInPerAccount", 10);
        window = TimeSpan.FromMinutes(configuration.GetValue("RateLimiting:SignInPerAccountMinutes", 15.0));
        perAccount = PartitionedRateLimiter.Create<string, string>(
            key => permits <= 0
                ? RateLimitPartition.GetNoLimiter(key)
                : RateLimitPartition.GetSlidingWindowLimiter(key, _ => RateLimits.Window(permits, window)),
            StringComparer.Ordinal);
    }

    /// <summary>Takes one attempt for this account; null when allowed, otherwise how long to wait.</summary>
    public TimeSpan? TryAttempt(string? email)
    {
        var key = (email ?? "").Trim().ToUpperInvariant();
        if (key.Length > 256)
        {
            key = key[..256];
        }

        using var lease = perAccount.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
    }

    public void Dispose() => perAccount.Dispose();
}
