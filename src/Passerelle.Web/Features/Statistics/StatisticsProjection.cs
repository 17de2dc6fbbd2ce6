using Microsoft.EntityFrameworkCore;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Children;
using Passerelle.Domain.Htcds;
using Passerelle.Domain.Screening;
using Passerelle.Domain.Statistics.Disclosure;
using Passerelle.Domain.Statistics.Records;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Statistics;

/// <summary>
/// Keeps <see cref="StatisticsCaseRow"/> (one per case) and <see cref="StatisticsPersonRow"/> (one per person key,
/// resolved by the domain's <see cref="PersonResolution"/>) in step with the cases and the measure sources.
/// </summary>
public sealed class StatisticsProjection(IEnumerable<IStatisticsMeasureSource> sources)
{
    private const int RebuildBatch = 2000;

    /// <summary>Recomputes the rows of these cases and of every person they belong (or belonged) to. Does not save.</summary>
    public async Task RefreshAsync(PasserelleDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken ct) =>
        await RefreshAsync(db, caseIds, await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToListAsync(ct), ct);

    /// <summary>
    /// The same from the cases' values the caller already holds (the case is not read again); an id without a case
    /// (a deleted case) loses its rows. Does not save.
    /// </summary>
    /// <param name="created">
    /// Cases just created (their person key is their own id, new) of which no feature holds anything yet: nothing of
    /// theirs is read — no measure, no row, no other case of the same person, no record key.
    /// </param>
    public async Task RefreshAsync(PasserelleDbContext db, IReadOnlyCollection<Guid> caseIds, IReadOnlyCollection<Case> cases, CancellationToken ct, IReadOnlySet<Guid>? created = null)
    {
        var isNew = created ?? new HashSet<Guid>();
        var existing = isNew.Count == 0 ? caseIds : [.. caseIds.Where(id => !isNew.Contains(id))];
        var fresh = await BuildCaseRowsAsync(db, caseIds, cases, existing, ct);
        var stale = existing.Count == 0 ? [] : await db.Set<StatisticsCaseRow>().Where(r => existing.Contains(r.CaseId)).ToListAsync(ct);
        var newKeys = fresh.Where(r => isNew.Contains(r.CaseId)).Select(r => r.PersonKey).ToHashSet(StringComparer.Ordinal);
        var personKeys = stale.Select(r => r.PersonKey).Concat(fresh.Select(r => r.PersonKey)).Where(k => !newKeys.Contains(k)).ToHashSet(StringComparer.Ordinal);

        db.Set<StatisticsCaseRow>().RemoveRange(stale);
        var others = personKeys.Count == 0 ? [] : await db.Set<StatisticsCaseRow>().AsNoTracking()
            .Where(r => personKeys.Contains(r.PersonKey) && !caseIds.Contains(r.CaseId))
            .ToListAsync(ct);
        db.Set<StatisticsCaseRow>().AddRange(fresh);

        var persons = personKeys.Count == 0 ? [] : await db.Set<StatisticsPersonRow>().Where(p => personKeys.Contains(p.PersonKey)).ToListAsync(ct);
        db.Set<StatisticsPersonRow>().RemoveRange(persons);
        var keys = await RecordKeysAsync(db, fresh.Concat(others).Select(r => r.PersonKey), ct, newKeys);
        db.Set<StatisticsPersonRow>().AddRange(ResolvePersons(fresh.Concat(others), keys));
    }

    /// <summary>Empties and refills both projections from every case, in batches.</summary>
    public async Task<int> RebuildAsync(PasserelleDbContext db, CancellationToken ct)
    {
        // An erased case (end of retention) has lost its file: its rows, computed before, are kept as they are.
        var erased = await db.Cases.AsNoTracking().Where(c => c.ErasedAt != null).Select(c => c.Id).ToListAsync(ct);
        await db.Set<StatisticsPersonRow>().ExecuteDeleteAsync(ct);
        await db.Set<StatisticsCaseRow>().Where(r => !erased.Contains(r.CaseId)).ExecuteDeleteAsync(ct);
        var ids = await db.Cases.AsNoTracking().Where(c => c.ErasedAt == null).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        foreach (var batch in ids.Chunk(RebuildBatch))
        {
            var cases = await db.Cases.AsNoTracking().Where(c => batch.Contains(c.Id)).ToListAsync(ct);
            db.Set<StatisticsCaseRow>().AddRange(await BuildCaseRowsAsync(db, batch, cases, batch, ct));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        var all = await db.Set<StatisticsCaseRow>().AsNoTracking().ToListAsync(ct);
        var keys = await RecordKeysAsync(db, all.Select(r => r.PersonKey), ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        foreach (var batch in ResolvePersons(all, keys).Chunk(RebuildBatch))
        {
            db.Set<StatisticsPersonRow>().AddRange(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return ids.Count;
    }

    /// <param name="recordKeys">The stored record key of every person key among the rows (<see cref="RecordKeysAsync"/>).</param>
    public static IEnumerable<StatisticsPersonRow> ResolvePersons(IEnumerable<StatisticsCaseRow> rows, IReadOnlyDictionary<string, int> recordKeys) =>
        PersonResolution.Resolve(rows.Select(r => r.ToRecord(r.CaseId.ToString())))
            .Select(person =>
            {
                var row = new StatisticsPersonRow { RecordKey = recordKeys[person.PersonKey] };
                row.Fill(person);
                return row;
            });

    /// <summary>
    /// The stored record key of each person key, drawing (and adding, unsaved) one for a person key that has none yet.
    /// A key is never redrawn: rebuilding the projections keeps every published cell as it was.
    /// </summary>
    /// <param name="unknown">Person keys known to have no record key yet (a case just created): not looked up.</param>
    public static async Task<Dictionary<string, int>> RecordKeysAsync(PasserelleDbContext db, IEnumerable<string> personKeys, CancellationToken ct, IReadOnlySet<string>? unknown = null)
    {
        var wanted = personKeys.ToHashSet(StringComparer.Ordinal);
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Where(k => unknown?.Contains(k) != true).Chunk(RebuildBatch))
        {
            foreach (var key in await db.Set<StatisticsRecordKey>().AsNoTracking().Where(k => chunk.Contains(k.PersonKey)).ToListAsync(ct))
            {
                keys[key.PersonKey] = key.Key;
            }
        }

        foreach (var personKey in wanted.Where(k => !keys.ContainsKey(k)))
        {
            var key = new StatisticsRecordKey { PersonKey = personKey, Key = RecordKeys.Draw() };
            db.Set<StatisticsRecordKey>().Add(key);
            keys[personKey] = key.Key;
        }

        return keys;
    }

    /// <param name="existing">Those of <paramref name="caseIds"/> that features may hold facts of (all but the cases just created).</param>
    private async Task<List<StatisticsCaseRow>> BuildCaseRowsAsync(
        PasserelleDbContext db, IReadOnlyCollection<Guid> caseIds, IReadOnlyCollection<Case> found, IReadOnlyCollection<Guid> existing, CancellationToken ct)
    {
        var agencyIds = found.Select(c => c.AgencyId).Distinct().ToList();
        var agencyTypes = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).Select(a => new { a.Id, a.Type }).ToDictionaryAsync(a => a.Id, a => a.Type, ct);
        var cases = found.Where(c => agencyTypes.ContainsKey(c.AgencyId)).Select(c => new { Case = c, AgencyType = agencyTypes[c.AgencyId] }).ToList();
        var settledAges = (existing.Count == 0 ? [] : await db.AgeAssessments.AsNoTracking().Where(a => existing.Contains(a.CaseId)).ToListAsync(ct))
            .GroupBy(a => a.CaseId)
            .ToDictionary(g => g.Key, g => AgeDetermination.Settled(g.Select(a => a.ToDomain()), DateOnly.MaxValue));
        var facts = new MeasureFacts(found.ToDictionary(c => c.Id, c => (IReadOnlyList<ExploitationForm>)c.ExploitationForms));
        foreach (var source in existing.Count == 0 ? [] : sources)
        {
            await source.AddToAsync(db, existing, facts, ct);
        }

        return [.. cases.Select(c =>
        {
            var settled = settledAges.GetValueOrDefault(c.Case.Id);
            var record = new StatisticalRecord(c.Case.PersonKey.ToString(), c.Case.Id.ToString(), c.Case.DetectedOn)
            {
                Sex = c.Case.Sex,
                Age = AgeAtDetection(c.Case.BirthYear, c.Case.EstimatedAge, c.Case.DetectedOn, settled),
                PresumedMinor = settled is null ? c.Case.AgeDisputed : settled.Result != AgeAssessmentResult.Adult,
                Nationality = c.Case.Nationality,
                ExploitationForm = c.Case.ExploitationForms.Count > 0 ? c.Case.ExploitationForms[0] : null,
                RecruitmentMeans = c.Case.RecruitmentMeans,
                ForcedLabourIndustry = c.Case.ForcedLabourIndustry,
                SexExploitationType = c.Case.SexExploitationTypes.Count > 0 ? c.Case.SexExploitationTypes[0] : null,
                ExploitationCountry = c.Case.Places.FirstOrDefault(p => p.Stage == TraffickingStage.Exploitation && p.Country is not null)?.Country,
                Departement = c.Case.Departement,
                AgencyType = c.AgencyType,
                Reached = facts.ReachedBy(c.Case.Id),
                Amounts = facts.AmountsOf(c.Case.Id),
            };
            var row = new StatisticsCaseRow { CaseId = c.Case.Id };
            row.Fill(PersonResolution.Resolve([record])[0]);
            return row;
        })];
    }

    /// <summary>
    /// From the year of birth when known (the age reached in the year of detection), else the estimate. A conclusive
    /// assessment finding an adult sets a floor of 18 (the person counts as an adult in every dimension, in the
    /// youngest adult group when no adult age is recorded); one finding a minor makes the person a presumed minor.
    /// </summary>
    public static int? AgeAtDetection(int? birthYear, int? estimatedAge, DateOnly detectedOn, AgeAssessment? settled = null)
    {
        var age = birthYear is { } year ? Age.ReachedIn(year, detectedOn.Year) : estimatedAge;
        return settled?.Result == AgeAssessmentResult.Adult && age is null or < PresumptionOfMinority.AgeOfMajority
            ? PresumptionOfMinority.AgeOfMajority
            : age;
    }
}
