using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Domain.Agencies;
using Passerelle.Domain.Cases;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Features.Identification;
using Passerelle.Web.Features.Screenings;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Statistics;

/// <summary>
/// The application with the demo accounts but no demo cases, so that every table is known: the cases of
/// <see cref="KnownDataset"/> (year 2025) and whatever a test adds in a year of its own.
/// </summary>
public sealed class StatisticsApp : PasserelleApp
{
    private static int nextNumber;

    /// <summary>Statistics:Threshold, when a test needs every exact value (1: nothing is suppressed).</summary>
    public int? Threshold { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Cases", "0");
        if (Threshold is { } threshold)
        {
            builder.UseSetting("Statistics:Threshold", threshold.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public async Task<Guid> AddCaseAsync(StatisticsCase spec)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var agency = await db.Agencies.FirstAsync(a => a.Type == spec.Agency);
        var now = DateTime.UtcNow;
        var @case = Case.Register(new CaseReference(2090, Interlocked.Increment(ref nextNumber)), agency.Id, Guid.Empty, now);
        @case.Record(
            new CaseFacts
            {
                Pseudonym = "Fictif",
                Sex = spec.Sex,
                BirthYear = spec.BirthYear,
                EstimatedAge = spec.EstimatedAge,
                AgeDisputed = spec.AgeDisputed,
                Nationality = spec.Nationality,
                ExploitationForms = spec.Form is { } form ? [form] : [],
                RecruitmentMeans = spec.Means,
                ForcedLabourIndustry = spec.Industry,
                SexExploitationTypes = spec.SexTypes,
                Departement = spec.Departement,
                DetectedOn = spec.DetectedOn,
            },
            null,
            null,
            Guid.Empty,
            now,
            spec.ExploitationCountry is { } country ? [new StoredPlace(Passerelle.Domain.Htcds.TraffickingStage.Recruitment, "RO", null, null, null), new StoredPlace(Passerelle.Domain.Htcds.TraffickingStage.Exploitation, country, null, null, null)] : null);
        db.Cases.Add(@case);
        if (spec.PersonKey is { } key)
        {
            db.Entry(@case).Property(c => c.PersonKey).CurrentValue = key;
        }

        await db.SaveChangesAsync();
        if (spec.Screened)
        {
            db.CaseScreenings.Add(new CaseScreening { CaseId = @case.Id, CatalogueVersion = "test", AgencyId = agency.Id, ScreenedAt = now });
        }

        foreach (var stage in spec.Positive)
        {
            db.IdentificationSteps.Add(new IdentificationStep
            {
                CaseId = @case.Id,
                Stage = stage,
                RequestedOn = spec.DetectedOn,
                Outcome = DecisionOutcome.Positive,
                DecidedOn = spec.DetectedOn,
            });
        }

        await db.SaveChangesAsync();
        return @case.Id;
    }
}

public sealed record StatisticsCase(Sex Sex, string? Nationality, string Departement, DateOnly DetectedOn, AgencyType Agency)
{
    public int? BirthYear { get; init; }
    public int? EstimatedAge { get; init; }
    public bool AgeDisputed { get; init; }
    public ExploitationForm? Form { get; init; }
    public RecruitmentMeans? Means { get; init; }
    public Passerelle.Domain.Htcds.ForcedLabourIndustry? Industry { get; init; }
    public IReadOnlyList<Passerelle.Domain.Htcds.SexExploitationType> SexTypes { get; init; } = [];

    /// <summary>Recorded as a place of exploitation, after a place of recruitment in Romania (which must not count).</summary>
    public string? ExploitationCountry { get; init; }
    public Guid? PersonKey { get; init; }
    public bool Screened { get; init; }
    public IReadOnlyList<IdentificationStage> Positive { get; init; } = [];
}
