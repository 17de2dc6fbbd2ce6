using Passerelle.Domain.Linkage.Scoring;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Clustering;

/// <summary>
/// The bar every pair across two groups must reach for the groups to merge (see <see cref="CoherentClustering"/>).
/// <list type="bullet">
/// <item>Two records of one agency join one person only on a pair that is a match by itself: an agency records a
/// person twice far less often than two agencies record one person, so a within-agency pair has a lower prior
/// than the population's, and the review bar let namesakes of one agency chain through a record of another
/// (A₁ ~ B ~ A₂ where A₁ and A₂ share only their names). Only with two sources or more: one file deduplicated is
/// one source.</item>
/// <item>Across agencies the bar is the review threshold, except for a pair that has no identifying fact to
/// compare (one record carries no name, one no birth date, and no phone, identifier or street on both) and that
/// contradicts nothing (sex and nationality agree or are unknown): it cannot reach the bar, so its lack of
/// evidence must not weigh against the evidence of the links. A contradiction still keeps the groups apart,
/// however little the estimation makes of it.
/// Issue 13's demo population: <i>Dolor / Andreae, 2005-11-20</i> linked to a nameless record born that day, but
/// the group also held <i>Andreea / Dolor</i> with no date, which scored 4 bits against the nameless record: the
/// same person stayed two.</item>
/// </list>
/// </summary>
internal static class ClusterCoherence
{
    /// <param name="severalSources">The records come from two sources or more.</param>
    public static Func<int, int, double> Bar(StandardisedRecord[] records, MatchThresholds thresholds, bool severalSources) =>
        (a, b) =>
        {
            var (left, right) = (records[a], records[b]);
            if (severalSources && left.Source == right.Source)
            {
                return thresholds.Match;
            }

            return NothingIdentifyingToCompare(left, right) && !Contradict(left, right) ? double.NegativeInfinity : thresholds.Review;
        };

    private static bool NothingIdentifyingToCompare(StandardisedRecord left, StandardisedRecord right) =>
        (left.IsNameless || right.IsNameless)
        && (left.BirthDate is null || right.BirthDate is null)
        && (left.Phone.Length == 0 || right.Phone.Length == 0)
        && (left.Identifier.Length == 0 || right.Identifier.Length == 0)
        && (left.Street.Length == 0 || right.Street.Length == 0);

    private static bool Contradict(StandardisedRecord left, StandardisedRecord right) =>
        (left.Sex != '\0' && right.Sex != '\0' && left.Sex != right.Sex)
        || (left.Nationality.Length > 0 && right.Nationality.Length > 0 && left.Nationality != right.Nationality);
}
