using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Deadlines;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>
/// Derives a case's deadlines from the facts every <see cref="IDeadlineFactsSource"/> knows and stores them in
/// <see cref="CaseDeadline"/>, changing only the rows that moved. Called by <see cref="Cases.CaseFactsInterceptor"/>
/// after any save that touches a case fact, and in full at start-up.
/// </summary>
public sealed class DeadlineRecomputer(PasserelleDbContext db, IEnumerable<IDeadlineFactsSource> sources, CommissionCalendar commissions)
{
    /// <summary>The facts of a case as all features know them, or null when the case does not exist.</summary>
    public async Task<DeadlineFacts?> FactsAsync(Guid caseId, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new CaseDeadlineFacts(c.Id, c.Departement, c.Nationality, c.BirthYear, c.EstimatedAge, c.DetectedOn)).FirstOrDefaultAsync(ct);
        return found is null ? null : await FactsAsync(found, ct);
    }

    /// <summary>Recomputes the given cases and saves (in the caller's transaction, if any).</summary>
    public async Task RecomputeAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken ct)
    {
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new CaseDeadlineFacts(c.Id, c.Departement, c.Nationality, c.BirthYear, c.EstimatedAge, c.DetectedOn)).ToListAsync(ct);
        await StageAsync(caseIds, cases, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Stages (does not save) the deadlines of <paramref name="caseIds"/> from the case values given, which the
    /// caller already holds: the case is not read again. A case id without values (a deleted case) loses its deadlines.
    /// </summary>
    /// <param name="created">Cases just created, of which no feature holds anything yet: neither their deadlines nor the sources are read.</param>
    public async Task StageAsync(IReadOnlyCollection<Guid> caseIds, IEnumerable<CaseDeadlineFacts> cases, CancellationToken ct, IReadOnlySet<Guid>? created = null)
    {
        var byId = cases.ToDictionary(c => c.Id);
        var existing = created is { Count: > 0 } ? [.. caseIds.Where(id => !created.Contains(id))] : caseIds;
        var stored = (existing.Count == 0 ? [] : await db.CaseDeadlines.Where(d => existing.Contains(d.CaseId)).ToListAsync(ct)).ToLookup(d => d.CaseId);
        foreach (var caseId in caseIds)
        {
            var isNew = created?.Contains(caseId) == true;
            await StageAsync(caseId, byId.GetValueOrDefault(caseId), isNew ? [] : [.. stored[caseId]], isNew, ct);
        }
    }

    /// <summary>Every case, in batches; returns how many were recomputed.</summary>
    public async Task<int> RecomputeAllAsync(CancellationToken ct, string? departement = null)
    {
        var ids = await db.Cases.AsNoTracking().Where(c => departement == null || c.Departement == departement)
            .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        foreach (var batch in ids.Chunk(200))
        {
            await RecomputeAsync(batch, ct);
            db.ChangeTracker.Clear();
        }

        return ids.Count;
    }

    private async Task<DeadlineFacts> FactsAsync(CaseDeadlineFacts found, CancellationToken ct, bool created = false)
    {
        // The majority starts a minor victim's CIVI period (CPP art. 706-5). Only the year is in clear (the date of
        // birth is encrypted): take the earliest possible 18th birthday, so that the limit is never shown late. An
        // estimated age at detection gives the earliest birth year it allows.
        var birthYear = found.BirthYear ?? (found.EstimatedAge is { } age ? Age.EarliestBirthYear(age, found.DetectedOn) : null);
        var facts = new DeadlineFacts
        {
            Departement = found.Departement,
            Nationality = found.Nationality,
            VictimMajorityOn = birthYear is { } year and > 1900 and < 9000 ? DeadlineCalculator.MajorityOn(year) : null,
        };
        foreach (var source in created ? [] : sources)
        {
            facts = await source.AddToAsync(facts, found.Id, ct);
        }

        return facts;
    }

    private async Task StageAsync(Guid caseId, CaseDeadlineFacts? found, List<CaseDeadline> stored, bool created, CancellationToken ct)
    {
        if (found is null)
        {
            db.CaseDeadlines.RemoveRange(stored);
            return;
        }

        var facts = await FactsAsync(found, ct, created);
        var latestApplication = facts.ExitPathwayApplications.Select(a => (DateOnly?)a.AppliedOn).Max();
        var sessions = latestApplication is { } applied ? await commissions.SessionsAsync(facts.Departement, applied, ct) : [];
        var derived = DeadlineEngine.Derive(facts, sessions);

        foreach (var deadline in derived)
        {
            var reference = deadline.Reference ?? "";
            var row = stored.FirstOrDefault(d => d.Rule == deadline.Rule && d.Reference == reference);
            if (row is null)
            {
                db.CaseDeadlines.Add(new CaseDeadline
                {
                    CaseId = caseId,
                    Rule = deadline.Rule,
                    Reference = reference,
                    From = deadline.From,
                    DueOn = deadline.DueOn,
                    MetOn = deadline.MetOn,
                });
                continue;
            }

            stored.Remove(row);
            if (row.From != deadline.From || row.DueOn != deadline.DueOn || row.MetOn != deadline.MetOn)
            {
                row.From = deadline.From;
                row.DueOn = deadline.DueOn;
                row.MetOn = deadline.MetOn;
            }
        }

        db.CaseDeadlines.RemoveRange(stored);
    }
}

/// <summary>The values of a case its deadlines depend on (the rest comes from the <see cref="IDeadlineFactsSource"/>s).</summary>
public sealed record CaseDeadlineFacts(Guid Id, string Departement, string? Nationality, int? BirthYear, int? EstimatedAge, DateOnly DetectedOn)
{
    public static CaseDeadlineFacts Of(Cases.Case c) => new(c.Id, c.Departement, c.Nationality, c.BirthYear, c.EstimatedAge, c.DetectedOn);
}
