using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Passerelle.Web.Features.Agencies;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Features.Qualification;
using Passerelle.Web.Features.Referrals;
using Passerelle.Web.Features.Rights;
using Passerelle.Web.Features.Screenings;
using Passerelle.Web.Features.Users;

namespace Passerelle.Web.Platform.Persistence;

/// <summary>
/// The unit of work. One provider-specific subclass per database (<see cref="SqliteDbContext"/>,
/// <see cref="PostgresDbContext"/>) owns its migrations; code depends on this base type only.
/// </summary>
public abstract class PasserelleDbContext(DbContextOptions options)
    : IdentityUserContext<User, Guid, IdentityUserClaim<Guid>, IdentityUserLogin<Guid>, IdentityUserToken<Guid>, IdentityUserPasskey<Guid>>(options),
    IDataProtectionKeyContext
{
    /// <summary>The Data Protection key ring shared by every server (<see cref="Security.KeyRingSetup"/>); secrets encrypted.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Jobs.JobRun> JobRuns => Set<Jobs.JobRun>();
    public DbSet<Http.IdempotencyRecord> IdempotencyRecords => Set<Http.IdempotencyRecord>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditOutboxEntry> AuditOutbox => Set<AuditOutboxEntry>();
    public DbSet<PublishedCatalogue> PublishedCatalogues => Set<PublishedCatalogue>();
    public DbSet<CaseScreening> CaseScreenings => Set<CaseScreening>();
    public DbSet<CaseQualification> CaseQualifications => Set<CaseQualification>();
    public DbSet<IdentificationStep> IdentificationSteps => Set<IdentificationStep>();
    public DbSet<PanelOpinion> PanelOpinions => Set<PanelOpinion>();
    public DbSet<Provider> Providers => Set<Provider>();
    public DbSet<CapacityReport> CapacityReports => Set<CapacityReport>();
    public DbSet<CaseReferral> Referrals => Set<CaseReferral>();
    public DbSet<CaseRights> CaseRights => Set<CaseRights>();
    public DbSet<ResidencePermit> ResidencePermits => Set<ResidencePermit>();
    public DbSet<ProvisionalAuthorisation> ProvisionalAuthorisations => Set<ProvisionalAuthorisation>();
    public DbSet<ExitPathwayApplication> ExitPathwayApplications => Set<ExitPathwayApplication>();
    public DbSet<Features.Proceedings.CaseProceedings> CaseProceedings => Set<Features.Proceedings.CaseProceedings>();
    public DbSet<Features.Proceedings.Confiscation> ProceedingsConfiscations => Set<Features.Proceedings.Confiscation>();
    public DbSet<Features.Proceedings.CompensationClaim> CompensationClaims => Set<Features.Proceedings.CompensationClaim>();
    public DbSet<CaseDeadline> CaseDeadlines => Set<CaseDeadline>();
    public DbSet<CommissionSession> CommissionSessions => Set<CommissionSession>();
    public DbSet<Features.Children.ChildProtectionRecord> ChildProtectionRecords => Set<Features.Children.ChildProtectionRecord>();
    public DbSet<Features.Children.AgeAssessmentRecord> AgeAssessments => Set<Features.Children.AgeAssessmentRecord>();
    public DbSet<Features.Children.BestInterestsRecord> BestInterestsDeterminations => Set<Features.Children.BestInterestsRecord>();
    public DbSet<Features.Children.MissingEpisodeRecord> MissingEpisodes => Set<Features.Children.MissingEpisodeRecord>();
    public DbSet<Features.Alerts.Alert> Alerts => Set<Features.Alerts.Alert>();
    public DbSet<Features.FocalPoint.Enquiry> Enquiries => Set<Features.FocalPoint.Enquiry>();
    public DbSet<Features.Linkage.LinkagePair> LinkagePairs => Set<Features.Linkage.LinkagePair>();
    public DbSet<Features.Linkage.LinkageRun> LinkageRuns => Set<Features.Linkage.LinkageRun>();

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite hands DateTime back as Unspecified: every timestamp here is UTC, say so on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PasserelleDbContext).Assembly);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options) : PasserelleDbContext(options);

public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : PasserelleDbContext(options);
