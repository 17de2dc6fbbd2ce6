using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Account;
using Passerelle.Web.Features.Agencies;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Features.Htcds;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Features.Imports;
using Passerelle.Web.Features.Linkage;
using Passerelle.Web.Features.Proceedings;
using Passerelle.Web.Features.Qualification;
using Passerelle.Web.Features.Referrals;
using Passerelle.Web.Features.Rights;
using Passerelle.Web.Features.Screenings;
using Passerelle.Web.Features.Statistics;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Demo;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Platform;

public static class PasserellePipeline
{
    public static WebApplication UsePasserelle(this WebApplication app)
    {
        var requireHttps = app.Configuration.GetValue("Security:RequireHttps", !app.Environment.IsDevelopment());
        if (ProxyHeaders.Configured(app.Configuration))
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<StartupGateMiddleware>();

        app.UseExceptionHandler();
        // Pages get a page for 404/403; the API keeps its bare status codes and problem details.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api") && HttpMethods.IsGet(context.Request.Method),
            pages => pages.UseStatusCodePagesWithReExecute("/Error/{0}"));
        if (requireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders(SecurityHeaders.Policy());
        app.UseStaticFiles();
        // Everything past the static files may carry personal data: never kept by a browser or a proxy.
        app.Use((context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.Pragma = "no-cache";
            return next(context);
        });
        // An import carries a file (Features/Imports: at most 10 MB, plus the multipart envelope); a document upload has
        // its own, larger cap (Attachments:MaxBytes), checked by its endpoint; any other API body is small.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api/v1/imports"),
            api => api.UseMiddleware<RequestBodyLimit>(ImportService.MaxFileBytes + (64L * 1024)));
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/api/v1/imports")
                && !Features.Attachments.AttachmentsApi.IsUpload(context.Request),
            api => api.UseMiddleware<RequestBodyLimit>(app.Configuration.GetValue("Api:MaxBodyBytes", 64L * 1024)));
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseRequestLocalization(LocalizationSetup.Options());
        app.UseMiddleware<MfaEnrolmentRedirect>();
        // Before authorization, so that its 403s are seen too; the bearer user is known once it has run.
        app.UseMiddleware<RefusedAccessAudit>();
        app.UseAuthorization();
        // After authorization: a key belongs to the signed-in user (a bearer user is known once authorization ran).
        app.UseMiddleware<IdempotencyKeys>();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        // The API description is public like the source code; the data behind it is not.
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();

        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(new AuthorizeBearer());
        api.MapAuthApi();
        app.MapGroup("/api/v1").RequireAuthorization(new AuthorizeBearer(Policies.SignedIn)).MapAccountApi();
        api.MapCasesApi();
        api.MapScreeningsApi();
        api.MapQualificationApi();
        api.MapIdentificationApi();
        api.MapReferralsApi();
        api.MapRightsApi();
        api.MapProceedingsApi();
        Features.LegalSteps.LegalStepsApi.MapLegalStepsApi(api);
        Features.Notes.NotesApi.MapNotesApi(api);
        Features.Attachments.AttachmentsApi.MapAttachmentsApi(api);
        Features.Timeline.TimelineApi.MapTimelineApi(api);
        Features.Documents.DocumentsApi.MapDocumentsApi(api);
        api.MapDeadlinesApi();
        Features.Notifications.NotificationsApi.MapMeApi(api);
        Features.Children.ChildrenServices.MapApis(api);
        api.MapStatisticsApi();
        Features.Retention.RetentionApi.MapRetentionApi(api);
        Features.DataProtection.DataProtectionApi.MapDataProtectionApi(api);
        api.MapHtcdsApi();
        api.MapImportsApi();
        api.MapLinkageApi();
        api.MapAuditApi();
        api.MapAgenciesApi();
        api.MapUsersApi();

        app.MapRazorPages();
        return app;
    }

    /// <summary>
    /// Once the server listens: <see cref="InitialiseAsync"/> in the background, then the server is ready
    /// (<see cref="StartupGate"/>); a failed start is logged and stops the process.
    /// </summary>
    public static void InitialiseOnceStarted(this WebApplication app)
    {
        var gate = app.Services.GetRequiredService<StartupGate>();
        app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
        {
            try
            {
                await app.InitialiseAsync();
                gate.Ready();
                app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Passerelle.Startup")
                    .LogInformation("Ready in {Seconds:0.0} s", gate.StartedIn!.Value.TotalSeconds);
            }
#pragma warning disable CA1031 // Whatever stopped the start is logged, then the process stops with exit code 1.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Passerelle.Startup").LogCritical(exception, "Start-up failed");
                gate.Failed(exception);
                app.Lifetime.StopApplication();
            }
        }));
    }

    /// <summary>
    /// Waits for the database, applies migrations, seeds the demo data when demo mode is on, rebuilds stale
    /// statistics; the deadlines are recomputed in the background, and only when their rules changed
    /// (<see cref="DeadlineRulesRecompute"/>).
    /// </summary>
    public static async Task InitialiseAsync(this WebApplication app)
    {
        await WaitForDatabaseAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        await seeder.MigrateAndSeedAsync(app.Lifetime.ApplicationStopping);
        await StatisticsMaintenance.RebuildIfStaleAsync(scope.ServiceProvider, app.Lifetime.ApplicationStopping);
        app.Services.GetRequiredService<StartupGate>().Migrated();
        if (scope.ServiceProvider.GetRequiredService<DemoMode>().Enabled)
        {
            await scope.ServiceProvider.GetRequiredService<DemoWorkflow>().RunAsync(app.Lifetime.ApplicationStopping);
        }

        // Deadlines that came due while the server was down are notified now rather than at the next daily run.
        await scope.ServiceProvider.GetRequiredService<Features.Notifications.DeadlineNotifications>().NotifyAsync(app.Lifetime.ApplicationStopping);
        app.Services.GetRequiredService<DeadlineRulesRecompute>().Start(app.Lifetime.ApplicationStopping);
        StartupBanner.Print(app, seeder.Password, seeder.PasswordGenerated);
    }

    /// <summary>
    /// A server started before its database (a reboot, a compose file) waits for it, up to
    /// <c>Database:StartupWaitSeconds</c> (120), instead of exiting at once; any other error stops start-up.
    /// </summary>
    private static async Task WaitForDatabaseAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Passerelle.Startup");
        var deadline = DateTime.UtcNow.AddSeconds(app.Configuration.GetValue("Database:StartupWaitSeconds", 120.0));
        var delay = TimeSpan.FromMilliseconds(500);
        while (true)
        {
            try
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
                // Creating the database is the migration's job; here only whether the server answers.
                await db.Database.OpenConnectionAsync(app.Lifetime.ApplicationStopping);
                await db.Database.CloseConnectionAsync();
                return;
            }
            catch (Exception e) when (DatabaseAvailability.IsUnavailable(e) && DateTime.UtcNow < deadline)
            {
                logger.LogWarning("Waiting for the database: {Error}", e.GetBaseException().Message);
                await Task.Delay(delay, app.Lifetime.ApplicationStopping);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
            catch (Npgsql.PostgresException e) when (e.SqlState == "3D000")
            {
                return; // the database does not exist yet: the migration creates it
            }
        }
    }
}
