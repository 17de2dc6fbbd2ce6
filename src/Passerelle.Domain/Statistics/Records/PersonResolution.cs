using Passerelle.Domain.Cases;
using Passerelle.Domain.Statistics.Measures;

namespace Passerelle.Domain.Statistics.Records;

/// <summary>
/// Turns records into persons, so that every measure counts distinct persons (a person recorded by two agencies
/// counts once). The rule, documented in docs/statistics.md:
/// <list type="bullet">
/// <item>a person's records are ordered by detection date, then case key;</item>
/// <item>each dimension takes the value of the earliest record in which it is known (so when two agencies disagree,
/// the first to detect the person wins, and a later record only fills what earlier ones left unknown); age and the
/// presumption of minority come together from one record, and the region follows the département;</item>
/// <item>the year and quarter are those of the first detection: a person is counted in the year they entered the NRM;</item>
/// <item>a person counts in a measure when any of their records reached it;</item>
/// <item>an amount is the largest among the person's records, not their sum, because agencies holding the same
/// person record the same judgement or confiscation.</item>
/// </list>
/// One value per person and dimension keeps every table additive: margins are the sums of their cells, which the
/// disclosure control relies on.
/// </summary>
public static class PersonResolution
{
    public static IReadOnlyList<StatisticalPerson> Resolve(IEnumerable<StatisticalRecord> records) =>
        [.. records
            .GroupBy(r => r.PersonKey, StringComparer.Ordinal)
            .Select(g => Resolve([.. g.OrderBy(r => r.DetectedOn).ThenBy(r => r.CaseKey, StringComparer.Ordinal)]))
            .OrderBy(p => p.PersonKey, StringComparer.Ordinal)];

    private static StatisticalPerson Resolve(IReadOnlyList<StatisticalRecord> ordered)
    {
        var first = ordered[0];
        var ageSource = ordered.FirstOrDefault(r => r.Age is not null || r.PresumedMinor) ?? first;
        return new StatisticalPerson(first.PersonKey, first.DetectedOn)
        {
            Sex = ordered.Select(r => r.Sex).FirstOrDefault(s => s != Sex.Unknown),
            Age = ageSource.Age,
            PresumedMinor = ageSource.PresumedMinor,
            Nationality = ordered.Select(r => Geography.Countries.Find(r.Nationality?.Trim())?.Code).FirstOrDefault(c => c is not null),
            ExploitationForm = ordered.Select(r => r.ExploitationForm).FirstOrDefault(f => f is not null),
            RecruitmentMeans = ordered.Select(r => r.RecruitmentMeans).FirstOrDefault(m => m is not null),
            ForcedLabourIndustry = ordered.Select(r => r.ForcedLabourIndustry).FirstOrDefault(i => i is not null),
            SexExploitationType = ordered.Select(r => r.SexExploitationType).FirstOrDefault(t => t is not null),
            ExploitationCountry = ordered.Select(r => Geography.Countries.Find(r.ExploitationCountry?.Trim())?.Code).FirstOrDefault(c => c is not null),
            Departement = ordered.Select(r => Geography.Departements.Find(r.Departement?.Trim())?.Code).FirstOrDefault(d => d is not null),
            AgencyType = ordered.Select(r => r.AgencyType).FirstOrDefault(a => a is not null),
            Reached = ordered.SelectMany(r => r.Reached).ToHashSet(),
            Amounts = ordered
                .SelectMany(r => r.Amounts)
                .GroupBy(a => a.Key)
                .ToDictionary(g => g.Key, g => g.Max(a => a.Value)),
        };
    }
}
