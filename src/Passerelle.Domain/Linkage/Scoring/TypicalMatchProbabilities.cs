using Passerelle.Domain.Linkage.Comparison;

namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>
/// What m (P(level | same person)) typically is in administrative records: most values agree exactly, the rest
/// spread over typos, transliterations, approximate dates and gaps. These are the centre of the prior EM starts
/// from and falls back on when a population is too small to estimate m (see <see cref="ParameterPriors"/>).
/// </summary>
public static class TypicalMatchProbabilities
{
    public static double[] For(LinkageField field) => field switch
    {
        // different, phonetic or JW ≥ 0.80, JW ≥ 0.88, JW ≥ 0.94, exact
        LinkageField.GivenName or LinkageField.FamilyName => [0.03, 0.04, 0.04, 0.07, 0.82],

        // years apart, complete dates differ, year ± 1 one side / both year only, same year one side / both year
        // only, year ± 1, one digit, day/month swapped, exact
        LinkageField.BirthDate => [0.005, 0.01, 0.01, 0.01, 0.04, 0.04, 0.03, 0.04, 0.02, 0.795],

        // different, exact
        LinkageField.Sex => [0.02, 0.98],
        LinkageField.Nationality => [0.05, 0.95],

        // different, JW ≥ 0.85, JW ≥ 0.94, exact
        LinkageField.Street or LinkageField.City => [0.10, 0.05, 0.05, 0.80],

        // different, one edit, exact
        LinkageField.Postcode or LinkageField.Phone or LinkageField.Identifier => [0.08, 0.04, 0.88],
    };

    public static double[][] For(ComparisonSchema schema) => [.. schema.Fields.Select(For)];
}
