using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Passerelle.Web.Platform.Jobs;

/// <summary>
/// Passerelle's own traces and metrics (<see cref="Telemetry.TelemetrySetup"/>): a span per background job run and
/// per linkage run, the count of runs by job and outcome, their duration. Tags name jobs and outcomes only, never
/// a person or a case.
/// </summary>
public static class JobTelemetry
{
    public const string Name = "Passerelle";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    public static Counter<long> Runs { get; } = Meter.CreateCounter<long>("passerelle.job.runs", description: "Background job runs, by job and outcome");

    public static Histogram<double> Duration { get; } = Meter.CreateHistogram<double>("passerelle.job.duration", unit: "s", description: "Duration of background job runs");

    public static Histogram<double> LinkageDuration { get; } = Meter.CreateHistogram<double>("passerelle.linkage.duration", unit: "s", description: "Duration of linkage runs, by trigger");

    public static Counter<long> LinkageCases { get; } = Meter.CreateCounter<long>("passerelle.linkage.cases", description: "Cases compared by linkage runs");
}
