using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Passerelle.Web.Platform.Jobs;

namespace Passerelle.Web.Platform.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics (README "Operate: telemetry"): ASP.NET Core, EF Core, Npgsql, HttpClient, the
/// .NET runtime, and Passerelle's own jobs and linkage runs (<see cref="JobTelemetry"/>), exported by OTLP only when
/// <c>OpenTelemetry:Endpoint</c> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; otherwise nothing is
/// collected. No span or metric carries personal data: the query string is redacted (the instrumentation's
/// default, kept), the SQL is parameterised and its parameters never recorded, and Passerelle's own tags name jobs,
/// outcomes and counts.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "passerelle";

    /// <summary>The configured OTLP endpoint, or null: telemetry off.</summary>
    public static string? Endpoint(IConfiguration configuration) =>
        NonEmpty(configuration["OpenTelemetry:Endpoint"]) ?? NonEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

    /// <summary>
    /// Registers the providers when an endpoint is configured or <paramref name="exporters"/> adds its own (tests);
    /// returns whether telemetry is on.
    /// </summary>
    public static bool Add(IServiceCollection services, IConfiguration configuration, Action<TracerProviderBuilder, MeterProviderBuilder>? exporters = null)
    {
        var endpoint = Endpoint(configuration);
        if (endpoint is null && exporters is null)
        {
            return false;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(JobTelemetry.Name)
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                    .AddEntityFrameworkCoreInstrumentation()
                    .AddNpgsql()
                    .AddHttpClientInstrumentation();
                if (endpoint is not null)
                {
                    tracing.AddOtlpExporter(options => options.Endpoint = new Uri(endpoint));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(JobTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter("Npgsql");
                if (endpoint is not null)
                {
                    metrics.AddOtlpExporter(options => options.Endpoint = new Uri(endpoint));
                }
            });
        return true;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
