namespace Passerelle.Web.Features.Deadlines;

/// <summary>
/// Once a day at <c>Digest:Hour</c> (UTC, default 6): notifies deadlines that came within a week or passed
/// (<see cref="Notifications.DeadlineNotifications"/>, mail or not), then sends the digest when mail is configured.
/// </summary>
public sealed class DigestScheduler(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<DigestScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var hour = Math.Clamp(configuration.GetValue("Digest:Hour", 6), 0, 23);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = new DateTimeOffset(now.UtcDateTime.Date.AddHours(hour), TimeSpan.Zero);
            if (next <= now)
            {
                next = next.AddDays(1);
            }

            await Task.Delay(next - now, clock, stoppingToken);
            try
            {
                await using (var notifying = scopes.CreateAsyncScope())
                {
                    var notified = await notifying.ServiceProvider.GetRequiredService<Notifications.DeadlineNotifications>().NotifyAsync(stoppingToken);
                    logger.LogInformation("Deadline notifications: {Notified} added.", notified);
                }

                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<DeadlineDigest>().SendAsync(stoppingToken);
                logger.LogInformation("Deadline digest: {Sent} e-mails sent.", report.Sent);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One failed day (SMTP down) must not stop tomorrow's digest.
                logger.LogError(e, "The deadline digest failed.");
            }
        }
    }
}
