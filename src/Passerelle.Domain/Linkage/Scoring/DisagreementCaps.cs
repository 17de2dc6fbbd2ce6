using Passerelle.Domain.Linkage.Comparison;

namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>
/// Birth dates years apart, or two complete dates that disagree, are strong evidence of two persons: m of those
/// levels may not be learnt above their typical values (0.5 % and 2 %), whatever latent class EM settles on (a
/// class of namesakes would raise them). The same holds for given names that differ: a class of relatives or
/// namesakes (same family name, same administrative birth date) would teach EM that true matches often carry
/// different given names, so m of "different" may not exceed its typical 3 % either. Nor may a year one off where
/// one side or both know only the year, all the date they give: namesakes born a year apart raised its m, and
/// such pairs near the match threshold were true 7-35 % of the time where the model said 42-53 % (realistic
/// development seeds, issue 13, eleventh pass).
/// </summary>
internal static class DisagreementCaps
{
    /// <summary>Caps <paramref name="m"/> in place; the excess goes to the field's top level.</summary>
    public static void Apply(ComparisonSchema schema, double[][] m)
    {
        for (var f = 0; f < schema.Fields.Count; f++)
        {
            byte[] capped = schema.Fields[f] switch
            {
                LinkageField.BirthDate => [DateComparator.YearsApart, DateComparator.CompleteDatesDiffer, DateComparator.YearOffAgainstADate, DateComparator.YearOffBothYearOnly],
                LinkageField.GivenName => [0],
                _ => [],
            };
            if (capped.Length > 0)
            {
                var typical = TypicalMatchProbabilities.For(schema.Fields[f]);
                foreach (var level in capped)
                {
                    if (m[f][level] > typical[level])
                    {
                        var excess = m[f][level] - typical[level];
                        m[f][level] = typical[level];
                        m[f][^1] += excess;
                    }
                }
            }
        }
    }
}
