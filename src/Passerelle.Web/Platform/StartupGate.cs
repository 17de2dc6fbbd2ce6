using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Outcomes;

namespace Passerelle.Web.Platform;

/// <summary>
/// The port opens at once (README "Operate"): the server listens before it waits for its database, applies its
/// migrations and seeds the demo (<see cref="PasserellePipeline.InitialiseAsync"/>). Meanwhile <c>/health/live</c>
/// answers 200, <c>/health/ready</c> 503 ("starting"), and every other request 503 with <c>Retry-After</c>. A start
/// that fails (an unknown migration history, a database that never came) stops the process with exit code 1.
/// </summary>
public sealed class StartupGate
{
    private readonly TaskCompletionSource completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource migrated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Stopwatch sinceStart = Stopwatch.StartNew();

    public bool IsReady => completion.Task.IsCompletedSuccessfully;

    /// <summary>Completes when the server is ready; faults with the reason its start failed.</summary>
    public Task Completion => completion.Task;

    /// <summary>
    /// Completes once the database is migrated and seeded, before the rest of the start (the demo workflow) that may
    /// itself run jobs: what jobs wait for (<see cref="Jobs.JobLeases"/>), so that the start does not wait on itself.
    /// </summary>
    public Task DatabaseMigrated => migrated.Task;

    public void Migrated() => migrated.TrySetResult();

    /// <summary>How long the start took, once ready.</summary>
    public TimeSpan? StartedIn { get; private set; }

    public void Ready()
    {
        StartedIn = sinceStart.Elapsed;
        migrated.TrySetResult();
        completion.TrySetResult();
    }

    public void Failed(Exception exception)
    {
        migrated.TrySetException(exception);
        completion.TrySetException(exception);
    }
}

/// <summary>Answers 503 with <c>Retry-After</c> to everything but the health checks until the server is ready.</summary>
public sealed class StartupGateMiddleware(RequestDelegate next, StartupGate gate)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (gate.IsReady || context.Request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }

        // Request localization comes later in the pipeline (it may read the sign-in cookie, which needs the keys).
        var header = new Microsoft.AspNetCore.Localization.AcceptLanguageHeaderRequestCultureProvider { Options = LocalizationSetup.Options() };
        var asked = (await header.DetermineProviderCultureResult(context))?.UICultures.Select(c => c.Value ?? "").FirstOrDefault(c => c.Length >= 2);
        System.Globalization.CultureInfo.CurrentUICulture = LocalizationSetup.CultureOf(asked?[..2] ?? "fr");
        context.Response.Headers.RetryAfter = "5";
        await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: ProblemTexts.Starting).ExecuteAsync(context);
    }
}

/// <summary>Readiness: unhealthy while the server starts.</summary>
public sealed class StartupHealthCheck(StartupGate gate) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(gate.IsReady ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("starting: waiting for the database, migrations, demo data"));
}
