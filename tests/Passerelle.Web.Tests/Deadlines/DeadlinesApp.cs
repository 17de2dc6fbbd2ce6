using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Deadlines;

/// <summary>The application on a fake clock (Monday 15 June 2026, 10:00 UTC) that mails through a local SMTP listener.</summary>
public sealed class DeadlinesApp : PasserelleApp
{
    public static readonly DateOnly Today = new(2026, 6, 15);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));

    public LocalSmtpListener Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:UseTls", "false");
        builder.UseSetting("Smtp:From", "passerelle@demo.test");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DeadlinesCollection : ICollectionFixture<DeadlinesApp>
{
    public const string Name = "deadlines";
}
