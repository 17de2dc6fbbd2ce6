using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Linkage;
using Passerelle.Web.Features.Users;
using Passerelle.Web.Platform.Demo;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Platform;

public static class PasserelleServices
{
    public static WebApplicationBuilder AddPasserelle(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;

        services.AddSingleton(TimeProvider.System);
        Telemetry.TelemetrySetup.Add(services, configuration);
        services.AddSingleton(new DemoMode(configuration.GetValue<bool>("Demo:Enabled")));
        services.AddPasserelleDatabase(configuration, contentRoot);
        services.AddPasserelleKeyRing(new KeyRing(KeyRing.Resolve(configuration, contentRoot)), configuration);
        services.AddHttpContextAccessor();

        AddIdentity(services, configuration);
        Policies.Configure(services.AddAuthorizationBuilder());
        services.AddScoped<IClaimsTransformation, CurrentUserClaims>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RevokedSessionHandler>();
        services.AddScoped<CurrentUser>();

        services.AddSingleton<AuditGate>();
        services.AddSingleton<AuditChainer>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<CaseIdentityProtector>();
        services.AddScoped<CaseRegistry>();
        services.AddScoped<CaseNumbers>();
        services.AddSingleton<CaseNumberSequences>();
        services.AddScoped<CaseGuard>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, CaseAuthorizationHandler>();
        services.AddScoped<AuditLog>();
        services.AddSingleton<AuditCheckpoints>();
        services.AddSingleton<Jobs.JobLeases>();
        services.AddSingleton<StartupGate>();
        services.AddSingleton<Features.Deadlines.DeadlineRulesRecompute>();
        services.AddScoped<Backup.BackupService>();
        services.AddHostedService<AuditCheckpointWriter>();
        services.AddScoped<Features.Agencies.AgencyDirectory>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<DemoWorkflow>();
        services.AddSingleton<Features.Screenings.CatalogueCache>();
        services.AddScoped<Features.Screenings.CatalogueStore>();
        services.AddScoped<Features.Screenings.ScreeningService>();
        services.AddScoped<Features.Qualification.QualificationService>();
        services.AddScoped<Features.Identification.IdentificationService>();
        services.AddScoped<Features.Identification.AwaitingViews>();
        services.AddScoped<Features.LegalSteps.LegalStepsService>();
        services.AddScoped<Features.Timeline.CaseActors>();
        services.AddScoped<Features.Notes.NotesService>();
        services.AddScoped<Features.Attachments.AttachmentsService>();
        services.AddScoped<Features.Timeline.TimelineService>();
        services.AddScoped<Features.Documents.CaseDocuments>();
        services.AddScoped<Features.DataProtection.PersonalDataService>();
        services.AddScoped<Features.DataProtection.PersonalDataDocument>();
        services.AddScoped<Features.DataProtection.DataRequestService>();
        services.AddScoped<Features.Referrals.ProviderDirectory>();
        services.AddScoped<Features.Referrals.ReferralService>();
        Features.Deadlines.DeadlineServices.Add(services, configuration);
        Features.Notifications.NotificationsApi.Add(services);
        services.AddScoped<Features.Rights.RightsService>();
        services.AddScoped<Features.Deadlines.IDeadlineFactsSource, Features.Rights.RightsFactsSource>();
        Features.Proceedings.ProceedingsServices.Add(services);
        Features.Children.ChildrenServices.Add(services);
        Features.Statistics.StatisticsServices.Add(services);
        Features.Retention.RetentionServices.Add(services, configuration);
        services.AddScoped<Features.Htcds.HtcdsExporter>();
        services.AddSingleton<Features.Imports.ImportQueue>();
        services.AddScoped<Features.Imports.ImportService>();
        services.AddHostedService<Features.Imports.ImportWorker>();
        services.AddLinkage();

        services.AddLocalization();
        // French pages stay readable (and smaller) when accented letters are not turned into entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Features";
                options.Conventions.AuthorizeFolder("/Account/Manage", Policies.SignedIn);
            })
            .AddViewLocalization();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "__Passerelle-Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.Configure<JsonOptions>(options => ApiJson.Configure(options.SerializerOptions));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = Outcomes.ApiAnswers.Localize);
        ProxyHeaders.Configure(services, configuration);
        services.AddExceptionHandler<DatabaseUnavailableHandler>();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi("v1", options =>
        {
            IfMatchOpenApi.Add(options);
            PagingOpenApi.Add(options);
            ApiDescriptionOpenApi.Add(options);
            IdempotencyOpenApi.Add(options);
        });
        services.AddHealthChecks()
            .AddCheck<StartupHealthCheck>("startup", tags: ["ready"])
            .AddDbContextCheck<PasserelleDbContext>("database", tags: ["ready"])
            .AddCheck<KeysHealthCheck>("keys", tags: ["ready"])
            .AddCheck<Features.Deadlines.DeadlineRulesRecompute>("deadlines", tags: ["ready"]);
        // A frozen database must make readiness fail, not hang it.
        var healthTimeout = TimeSpan.FromSeconds(configuration.GetValue("Health:TimeoutSeconds", 3.0));
        services.PostConfigure<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckServiceOptions>(options =>
        {
            foreach (var registration in options.Registrations)
            {
                registration.Timeout = healthTimeout;
            }
        });

        // Data Protection loads its key ring when the host starts; here the port opens before the database is migrated
        // and a key folder imported (StartupGate, FolderKeyImport): the ring is loaded at its first use instead.
        foreach (var warmUp in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService").ToList())
        {
            services.Remove(warmUp);
        }

        return builder;
    }

    private static void AddIdentity(IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<User>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length-based (PasswordPolicy): no composition rule.
                options.Password.RequiredLength = PasswordPolicy.MinLength;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequiredUniqueChars = 1;
                options.Tokens.AuthenticatorTokenProvider = SingleUseAuthenticatorTokenProvider.ProviderName;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Security:MaxFailedSignIns", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Security:LockoutMinutes", 15));
                // Version 3 of the Identity schema stores passkeys (WebAuthn credentials).
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<PasserelleDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(SingleUseAuthenticatorTokenProvider.ProviderName)
            .AddPasswordValidator<PasswordPolicy>();
        services.AddScoped<IUserStore<User>, ProtectedUserStore>();
        services.AddScoped<Features.Account.SignInGuard>();
        services.AddScoped<Features.Account.PasswordChanger>();
        services.AddPasserelleRateLimits(configuration);

        var authentication = services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromMinutes(30));
        authentication.AddIdentityCookies();
        var providers = Features.Account.OpenIdConnectProviders.Read(configuration);
        services.AddSingleton(providers);
        providers.Register(authentication);
        Features.Account.Passkeys.Configure(services, configuration);

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "__Passerelle";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = "__Passerelle-2fa";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Holds an identity provider's answer for the few seconds between its callback and the account mapping; Lax,
        // as it is set and read on the redirect chain that starts at the provider.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, options =>
        {
            options.Cookie.Name = "__Passerelle-External";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });
    }
}
