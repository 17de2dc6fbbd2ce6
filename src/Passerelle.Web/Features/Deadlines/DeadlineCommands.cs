using System.CommandLine;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>Operator commands: <c>deadlines recompute</c> and <c>digest send</c>.</summary>
public static class DeadlineCommands
{
    public static IEnumerable<Command> Create(Func<Func<IServiceProvider, Task<int>>, Task<int>> withServices)
    {
        var deadlines = new Command("deadlines", "Derived deadlines.");
        var recompute = new Command("recompute", "Recompute every case's deadlines from its facts.");
        recompute.SetAction((_, ct) => withServices(async services =>
        {
            var count = await services.GetRequiredService<DeadlineRecomputer>().RecomputeAllAsync(ct);
            Console.WriteLine($"Deadlines recomputed for {count} cases.");
            return 0;
        }));
        deadlines.Subcommands.Add(recompute);

        var digest = new Command("digest", "The daily deadline digest e-mail.");
        var send = new Command("send", "Send the digest now; exit code 1 when no SMTP host is configured.");
        send.SetAction((_, ct) => withServices(async services =>
        {
            var report = await services.GetRequiredService<DeadlineDigest>().SendAsync(ct);
            Console.WriteLine(report.MailEnabled ? $"Digest sent: {report.Sent} e-mails." : "Mail is disabled: set Smtp:Host.");
            return report.MailEnabled ? 0 : 1;
        }));
        digest.Subcommands.Add(send);
        return [deadlines, digest];
    }
}
