using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>
/// Term-frequency adjustment of exact name agreement (Winkler; Splink's tf adjustments): two records agreeing on
/// a rare name are stronger evidence than two agreeing on a common one. The u of an exact agreement on value v is
/// the chance that another record carries v, (count(v) − 1)/(n − 1); the adjustment replaces the field's average
/// u of exact agreement by it, log2(u_exact / u_v).
/// </summary>
/// <remarks>
/// <b>Per origin.</b> Name frequencies differ by origin far more than overall: Nguyen is about 2 % of a French
/// NRM's population but 38 % of its Vietnamese victims. When both records carry the same nationality (whose
/// agreement already adds its own weight), the chance that a different person of that nationality carries v is
/// count(v, nationality)/n(nationality), so that is the u used — "Nguyen" and "VN" together are not counted as
/// two independent coincidences. Below <see cref="MinimumGroup"/> records of a nationality the overall frequency is
/// used. Identical records (same standardised identity) count once, so a flooding account cannot make a name
/// common.
/// </remarks>
public sealed class NameFrequencies
{
    public const int MinimumGroup = 30;

    private readonly Dictionary<string, int> given;
    private readonly Dictionary<string, int> family;
    private readonly Dictionary<(string, string), int> givenByOrigin = [];
    private readonly Dictionary<(string, string), int> familyByOrigin = [];
    private readonly Dictionary<string, int> givenOriginTotal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> familyOriginTotal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Origin, int Count)>> familyOrigins = new(StringComparer.Ordinal);
    private readonly int givenTotal;
    private readonly int familyTotal;

    private NameFrequencies(IReadOnlyList<StandardisedRecord> records)
    {
        var distinct = records
            .DistinctBy(r => (r.GivenName.Joined, r.FamilyName.Joined, r.BirthDate, r.Sex, r.Nationality))
            .ToList();
        // First given words are counted too, under a marker, for compound names that agree only on it.
        given = Count(distinct.Select(r => r.GivenName.Joined).Concat(distinct.Where(r => r.GivenName.Words.Count > 1).Select(r => FirstWordKey(r.GivenName.First))));
        family = Count(distinct.Select(r => r.FamilyName.Joined));
        givenTotal = distinct.Count(r => r.GivenName.Joined.Length > 0);
        familyTotal = family.Values.Sum();
        foreach (var r in distinct.Where(r => r.Nationality.Length > 0))
        {
            Add(givenByOrigin, givenOriginTotal, r.Nationality, r.GivenName.Joined);
            if (r.GivenName.Words.Count > 1)
            {
                CountIn(givenByOrigin, r.Nationality, FirstWordKey(r.GivenName.First));
            }

            Add(familyByOrigin, familyOriginTotal, r.Nationality, r.FamilyName.Joined);
        }

        foreach (var ((origin, value), count) in familyByOrigin)
        {
            if (!familyOrigins.TryGetValue(value, out var origins))
            {
                familyOrigins[value] = origins = [];
            }

            origins.Add((origin, count));
        }
    }

    public static NameFrequencies Of(IReadOnlyList<StandardisedRecord> records) => new(records);

    /// <summary>
    /// The key under which the first word of compound given names is counted, with the single given names equal
    /// to it: "Thi" of "Thi Lan" and "Thi Hang" is as common as it gets among Vietnamese women, so two given names
    /// that agree only on it are weak evidence (see <see cref="PairScorer"/>).
    /// </summary>
    public static string FirstWordKey(string first) => "\u0001" + first;

    /// <summary>How many distinct identities carry <paramref name="first"/> as their given name or its first word.</summary>
    public double FirstGivenWordAdjustment(string first, double uLevel, string nationality)
    {
        var key = FirstWordKey(first);
        if (nationality.Length > 0
            && givenOriginTotal.TryGetValue(nationality, out var groupTotal) && groupTotal >= MinimumGroup)
        {
            var n = givenByOrigin.GetValueOrDefault((nationality, key)) + givenByOrigin.GetValueOrDefault((nationality, first));
            return n <= 1 ? 0 : Math.Min(0, Math.Log2(uLevel / ((n - 1) / (double)(groupTotal - 1))));
        }

        var count = given.GetValueOrDefault(key) + given.GetValueOrDefault(first);
        return count <= 1 || givenTotal < 3 ? 0 : Math.Min(0, Math.Log2(uLevel / ((count - 1) / (double)(givenTotal - 1))));
    }

    /// <summary>
    /// True when <see cref="Adjustment"/> takes the u of <paramref name="value"/> within
    /// <paramref name="nationality"/> (a group large enough that carries the value), i.e. P(value | nationality).
    /// </summary>
    public bool WithinOrigin(LinkageField field, string value, string nationality)
    {
        var isGiven = field == LinkageField.GivenName;
        return nationality.Length > 0
            && (isGiven ? givenOriginTotal : familyOriginTotal).TryGetValue(nationality, out var groupTotal)
            && groupTotal >= MinimumGroup
            && (isGiven ? givenByOrigin : familyByOrigin).ContainsKey((nationality, value));
    }

    /// <summary>Whether several distinct identities carry <paramref name="value"/>: a name, not a one-off spelling.</summary>
    public bool Recurs(LinkageField field, string value) =>
        (field == LinkageField.GivenName ? given : family).GetValueOrDefault(value) > 1;

    /// <summary>
    /// Bits to add to an exact agreement read crosswise: one record carries the value as its family name
    /// (<paramref name="asFamily"/>), the other as its given name (<paramref name="asGiven"/>, the same name as
    /// written). Its u is the value's frequency in the role it is commoner in: "Success" written in a family-name
    /// field is rare only because few records swap their names, and as a given name it is one of the commonest of
    /// its origin (issue 13, seventh pass: swapped namesakes scored 5–9 bits more than the same pair written
    /// straight, and were a third of the false links on development seed 7).
    /// </summary>
    public double CrosswiseAdjustment(string asFamily, string asGiven, double uExact, string nationality)
    {
        var asFamilyName = Adjustment(LinkageField.FamilyName, asFamily, uExact, nationality);
        return given.ContainsKey(asGiven)
            ? Math.Min(asFamilyName, Adjustment(LinkageField.GivenName, asGiven, uExact, nationality))
            : asFamilyName;
    }

    /// <summary>
    /// Bits to add to an exact given-name agreement when the pair shares no nationality because one record lacks
    /// it: the given name's u is taken within the origins of the family name the two records share
    /// (<paramref name="family"/>, else <paramref name="otherFamily"/>), Σ P(origin | family) · P(given | origin),
    /// never more than the overall adjustment. Given and family names are not independent: "Martin" makes "Lucas"
    /// far likelier than a random record says, so with the nationality missing the two names were counted as two
    /// coincidences where there is about one (issue 13, seventh pass: pairs with a nationality missing were 28 %
    /// of the false links and 6 % of the missed pairs on development seed 7).
    /// </summary>
    public double AdjustmentWithinFamilyOrigin(string givenValue, string family, string otherFamily, double uExact)
    {
        var overall = Adjustment(LinkageField.GivenName, givenValue, uExact);
        if (!familyOrigins.TryGetValue(family, out var origins) && !familyOrigins.TryGetValue(otherFamily, out origins))
        {
            return overall;
        }

        var (weight, u) = (0.0, 0.0);
        foreach (var (origin, count) in origins)
        {
            if (givenOriginTotal.TryGetValue(origin, out var groupTotal) && groupTotal >= MinimumGroup)
            {
                weight += count;
                var groupCount = givenByOrigin.GetValueOrDefault((origin, givenValue));
                u += groupCount == 0 ? 0 : count * Math.Max(groupCount - 1, 1) / (double)(groupTotal - 1);
            }
        }

        return u <= 0 ? overall : Math.Min(overall, Math.Log2(uExact / (u / weight)));
    }

    /// <summary>Bits to add to the weight of an exact agreement on <paramref name="value"/>.</summary>
    /// <param name="nationality">The nationality both records carry, or empty.</param>
    public double Adjustment(LinkageField field, string value, double uExact, string nationality = "")
    {
        var isGiven = field == LinkageField.GivenName;
        if (nationality.Length > 0
            && (isGiven ? givenOriginTotal : familyOriginTotal).TryGetValue(nationality, out var groupTotal)
            && groupTotal >= MinimumGroup
            && (isGiven ? givenByOrigin : familyByOrigin).TryGetValue((nationality, value), out var groupCount))
        {
            return Math.Log2(uExact / (Math.Max(groupCount - 1, 1) / (double)(groupTotal - 1)));
        }

        var (counts, total) = isGiven ? (given, givenTotal) : (family, familyTotal);
        if (total < 3 || !counts.TryGetValue(value, out var count))
        {
            return 0;
        }

        var uValue = Math.Max(count - 1, 1) / (double)(total - 1);
        return Math.Log2(uExact / uValue);
    }

    private static void CountIn(Dictionary<(string, string), int> table, string origin, string value) =>
        table[(origin, value)] = table.GetValueOrDefault((origin, value)) + 1;

    private static void Add(Dictionary<(string, string), int> counts, Dictionary<string, int> totals, string origin, string value)
    {
        if (value.Length == 0)
        {
            return;
        }

        counts[(origin, value)] = counts.GetValueOrDefault((origin, value)) + 1;
        totals[origin] = totals.GetValueOrDefault(origin) + 1;
    }

    private static Dictionary<string, int> Count(IEnumerable<string> values)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var value in values.Where(v => v.Length > 0))
        {
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }

        return counts;
    }
}
