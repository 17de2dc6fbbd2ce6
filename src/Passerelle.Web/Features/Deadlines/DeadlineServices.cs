using Passerelle.Web.Platform.Mail;

namespace Passerelle.Web.Features.Deadlines;

public static class DeadlineServices
{
    /// <summary>The deadline machinery, the mail sender and the daily digest (<c>Smtp:*</c>, <c>Digest:Hour</c>).</summary>
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddScoped<CommissionCalendar>();
        services.AddScoped<DeadlineRecomputer>();
        services.AddScoped<Cases.CaseFactsChanged>();
        services.AddScoped<DeadlineBoard>();
        services.AddScoped<CommissionService>();
        services.AddScoped<DeadlineDigest>();
        services.AddScoped<IDeadlineFactsSource, IdentificationFactsSource>();
        services.AddHostedService<DigestScheduler>();
    }
}
