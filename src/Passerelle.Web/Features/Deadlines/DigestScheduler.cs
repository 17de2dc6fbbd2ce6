using Passerelle.Web.Platform.Jobs;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>
/// Once a day at <c>Digest:Hour</c> (UTC, default 6; <c>off</c> or any other non-number: never): notifies deadlines
/// that came within a week or passed (<see cref="Notifications.DeadlineNotifications"/>, mail or not), then sends the
/// deadline digest when mail is configured: once
/// across every server of an installation, and still that day when the server (re)starts after the hour
/// (<see cref="DailySchedule"/>).
/// </summary>
public sealed class DigestScheduler(
    IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, JobLeases leases, Platform.Mail.IMailSender mail, ILogger<DigestScheduler> logger)
    : BackgroundService
{
    public const string Job = "deadline-digest";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var setting = configuration["Digest:Hour"] ?? "6";
        if (!int.TryParse(setting, System.Globalization.CultureInfo.InvariantCulture, out var configured))
        {
            return Task.CompletedTask;
        }

        var hour = Math.Clamp(configured, 0, 23);
        return DailySchedule.RunAsync(leases, Job, hour, clock, logger, async ct =>
        {
            await using (var notifying = scopes.CreateAsyncScope())
            {
                var notified = await notifying.ServiceProvider.GetRequiredService<Notifications.DeadlineNotifications>().NotifyAsync(ct);
                logger.LogInformation("Deadline notifications: {Notified} added.", notified);
            }

            if (mail.IsEnabled)
            {
                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<DeadlineDigest>().SendAsync(ct);
                logger.LogInformation("Deadline digest: {Sent} e-mails sent.", report.Sent);
            }
        }, stoppingToken);
    }
}
