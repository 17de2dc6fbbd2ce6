namespace Passerelle.Web.Features.Linkage;

/// <summary>
/// Links all cases once a night at <c>Linkage:NightlyHour</c> (0–23, UTC). Without that setting, or with a
/// value outside 0–23, it does nothing (tests, single-agency installations).
/// </summary>
public sealed class NightlyLinkage(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<NightlyLinkage> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!int.TryParse(configuration["Linkage:NightlyHour"], out var hour) || hour is < 0 or > 23)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNext(hour, clock.GetUtcNow()), clock, stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<LinkageRunner>().RunAsync(LinkageTrigger.Nightly, stoppingToken);
                logger.LogInformation("Nightly linkage: {Cases} cases, {Persons} persons, {Review} pairs to review", run.Cases, run.Persons, run.ReviewPairs);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Nightly linkage failed; it will run again tomorrow");
            }
        }
    }

    public static TimeSpan UntilNext(int hour, DateTimeOffset now)
    {
        var next = new DateTimeOffset(now.UtcDateTime.Date.AddHours(hour), TimeSpan.Zero);
        return next > now ? next - now : next.AddDays(1) - now;
    }
}
