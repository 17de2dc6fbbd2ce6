using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Passerelle.Web.Platform.Jobs;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>
/// Every case's deadlines are stored (<see cref="CaseDeadline"/>) and recomputed when the case's facts change. What
/// a start has to redo is only what a new version changed: the rules themselves. So the stored deadlines are
/// recomputed in the background, once across servers (<see cref="JobLeases"/>), when this build's rules
/// (the fingerprint of the Domain and Web assemblies) have not been applied yet — never on an ordinary restart, and
/// never before the port opens. Readiness says "degraded" (HTTP 200) while it runs in this process.
/// </summary>
public sealed class DeadlineRulesRecompute(IServiceScopeFactory scopes, JobLeases leases, ILogger<DeadlineRulesRecompute> logger) : IHealthCheck
{
    public const string Job = "deadline-rules";

    private Task running = Task.CompletedTask;

    /// <summary>The rules of this build: the module version ids of the assemblies that compute deadlines.</summary>
    public static string RulesFingerprint { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(
        typeof(Domain.Deadlines.DeadlineCalculator).Assembly.ManifestModule.ModuleVersionId.ToString() + typeof(DeadlineRecomputer).Assembly.ManifestModule.ModuleVersionId)))[..32];

    /// <summary>The last run's outcome, for tests and the log: cases recomputed, or null when nothing had to be.</summary>
    public Task<int?> Completion { get; private set; } = Task.FromResult<int?>(null);

    public void Start(CancellationToken ct)
    {
        var completion = RunAsync(ct);
        Completion = completion;
        running = completion;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(running.IsCompleted ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded("recomputing deadlines for new rules"));

    private async Task<int?> RunAsync(CancellationToken ct)
    {
        await Task.Yield();
        int? recomputed = null;
        try
        {
            await leases.RunOnceAsync(Job, RulesFingerprint, async token =>
            {
                await using var scope = scopes.CreateAsyncScope();
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                recomputed = await scope.ServiceProvider.GetRequiredService<DeadlineRecomputer>().RecomputeAllAsync(token);
                logger.LogInformation("Deadlines recomputed for new rules: {Cases} cases in {Seconds:0.0} s", recomputed,
                    System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
            }, ct);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The stored deadlines stay those of the previous rules; the next start tries again.
            logger.LogError(exception, "Recomputing the deadlines for new rules failed");
        }

        return recomputed;
    }
}
