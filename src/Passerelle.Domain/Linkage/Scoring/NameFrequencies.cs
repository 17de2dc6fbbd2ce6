using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>
/// Term-frequency adjustment of exact name agreement (Winkler; Splink's tf adjustments): two records agreeing on
/// a rare name are stronger evidence than two agreeing on a common one. The u of an exact agreement on value v is
/// the chance that another record carries v, (count(v) − 1)/(n − 1); the adjustment replaces the field's average
/// u of exact agreement by it, log2(u_exact / u_v).
/// </summary>
public sealed class NameFrequencies
{
    private readonly Dictionary<string, int> given;
    private readonly Dictionary<string, int> family;
    private readonly int givenTotal;
    private readonly int familyTotal;

    private NameFrequencies(IReadOnlyList<StandardisedRecord> records)
    {
        given = Count(records.Select(r => r.GivenName.Joined));
        family = Count(records.Select(r => r.FamilyName.Joined));
        givenTotal = given.Values.Sum();
        familyTotal = family.Values.Sum();
    }

    public static NameFrequencies Of(IReadOnlyList<StandardisedRecord> records) => new(records);

    /// <summary>Bits to add to the weight of an exact agreement on <paramref name="value"/>.</summary>
    public double Adjustment(LinkageField field, string value, double uExact)
    {
        var (counts, total) = field == LinkageField.GivenName ? (given, givenTotal) : (family, familyTotal);
        if (total < 3 || !counts.TryGetValue(value, out var count))
        {
            return 0;
        }

        var uValue = Math.Max(count - 1, 1) / (double)(total - 1);
        return Math.Log2(uExact / uValue);
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
