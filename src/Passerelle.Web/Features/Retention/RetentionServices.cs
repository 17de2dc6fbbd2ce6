using System.CommandLine;

namespace Passerelle.Web.Features.Retention;

public static class RetentionServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RetentionSettings>(configuration.GetSection(RetentionSettings.Section));
        services.AddScoped<RetentionService>();
    }

    /// <summary>
    /// The operator command <c>retention erase</c>: the same erasure as the administrator's button, for a scheduled job
    /// (cron, systemd timer). Exit code 1 when erasure is not enabled (public archives without an elimination agreement).
    /// </summary>
    public static Command Command(Func<Func<IServiceProvider, Task<int>>, Task<int>> withServices)
    {
        var retention = new Command("retention", "Retention of closed cases.");
        var erase = new Command("erase", "Erase every closed case whose retention periods have run out (audited).");
        erase.SetAction((_, ct) => withServices(async services =>
        {
            var result = await services.GetRequiredService<RetentionService>().EraseDueAsync(ct);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine(result.Error.Detail ?? result.Error.Title);
                return 1;
            }

            Console.WriteLine($"Cases erased: {result.Value.Erased} ({string.Join(", ", result.Value.References)}).");
            return 0;
        }));
        retention.Subcommands.Add(erase);
        return retention;
    }
}
