using Passerelle.Web.Platform.Jobs;

namespace Passerelle.Web.Features.Linkage;

/// <summary>
/// Links all cases once a night at <c>Linkage:NightlyHour</c> (0–23, UTC): once across every server of an
/// installation, and still that day when the server (re)starts after the hour (<see cref="DailySchedule"/>).
/// Without that setting, or with a value outside 0–23, it does nothing (tests, single-agency installations).
/// </summary>
public sealed class NightlyLinkage(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, JobLeases leases, ILogger<NightlyLinkage> logger)
    : BackgroundService
{
    public const string Job = "nightly-linkage";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!int.TryParse(configuration["Linkage:NightlyHour"], out var hour) || hour is < 0 or > 23)
        {
            return Task.CompletedTask;
        }

        return DailySchedule.RunAsync(leases, Job, hour, clock, logger, async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var run = await scope.ServiceProvider.GetRequiredService<LinkageRunner>().RunAsync(LinkageTrigger.Nightly, ct);
            logger.LogInformation("Nightly linkage: {Cases} cases, {Persons} persons, {Review} pairs to review", run.Cases, run.Persons, run.ReviewPairs);
        }, stoppingToken);
    }
}
