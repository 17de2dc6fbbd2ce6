using Passerelle.Domain.Linkage.Comparison;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>
/// Scores any two records with estimated parameters, adjusting exact name agreement by the name's frequency
/// (when <paramref name="frequencies"/> is given) and applying the exact-identifier rule.
/// </summary>
public sealed class PairScorer(
    IReadOnlyList<StandardisedRecord> records,
    RecordComparator comparator,
    MatchParameters parameters,
    MatchThresholds thresholds,
    bool identifierRule,
    NameFrequencies? frequencies = null)
{
    private const byte Exact = 4;

    private readonly int familyField = comparator.Schema.Fields.ToList().IndexOf(LinkageField.FamilyName);

    private readonly double originCarriedByAGivenName =
        OriginCarriedByAGivenName(parameters, comparator.Schema.Fields.ToList().IndexOf(LinkageField.Nationality));

    /// <summary>True when both records carry the same identifier and the rule is on.</summary>
    public bool RuleApplies(int left, int right) =>
        identifierRule && records[left].Identifier.Length > 0 && records[left].Identifier == records[right].Identifier;

    public double Score(int left, int right)
    {
        Span<byte> levels = stackalloc byte[comparator.Schema.Fields.Count];
        var swapped = comparator.Compare(records[left], records[right], levels);
        var weight = Weight(left, right, PackedLevels.Pack(levels), swapped);
        return RuleApplies(left, right) ? Math.Max(weight, thresholds.Match) : weight;
    }

    /// <summary>The weight of a compared pair, before the identifier rule (no allocation: every candidate is weighed).</summary>
    public double Weight(int left, int right, ulong levels, bool swapped)
    {
        Span<double> weights = stackalloc double[comparator.Schema.Fields.Count];
        FieldWeights(left, right, levels, swapped, weights);
        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        return total;
    }

    /// <summary>Each field's weight with its level, for the reviewer (built only for the pairs kept).</summary>
    public IReadOnlyList<FieldWeight> Explain(int left, int right, ulong levels, bool swapped)
    {
        Span<double> weights = stackalloc double[comparator.Schema.Fields.Count];
        FieldWeights(left, right, levels, swapped, weights);
        return parameters.Explain(levels, weights);
    }

    /// <summary>
    /// The same explanation, built when first read: a million records keep hundreds of thousands of pairs, and
    /// their explanations (a dozen objects each) are read only for the pairs a reviewer or the store looks at.
    /// </summary>
    public IReadOnlyList<FieldWeight> ExplainLater(int left, int right, ulong levels, bool swapped) =>
        new DeferredExplanation(this, left, right, levels, swapped);

    private sealed class DeferredExplanation(PairScorer scorer, int left, int right, ulong levels, bool swapped) : IReadOnlyList<FieldWeight>
    {
        private IReadOnlyList<FieldWeight>? built;

        private IReadOnlyList<FieldWeight> Built => built ??= scorer.Explain(left, right, levels, swapped);

        public FieldWeight this[int index] => Built[index];

        public int Count => Built.Count;

        public IEnumerator<FieldWeight> GetEnumerator() => Built.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// Two similar names that sound different and are both carried by other identities ("Voluptate" / "Voluptatem",
    /// "Laboris" / "Laborum" in the demo) are two names, not one misspelt: their agreement is no stronger evidence
    /// than exact agreement on the commoner of the two would be. The fuzzy levels' u is an average over all names,
    /// most of whose close spellings are one-off typos, so without this bound "Voluptate" / "Voluptatem" weighed 7.7
    /// bits where "Voluptate" twice weighed 4.9 (demo population, sixth pass). A spelling no other identity carries
    /// is taken for a typo, and two spellings of one sound ("Mohamed" / "Muhammad") for one name transliterated: for
    /// given names both keep the level's weight (bounding them too lowered F1 on the realistic development seeds).
    /// Family names are bounded all the same: a namesake is at least as likely to carry a typo or another spelling
    /// of a common family name ("Dialo", "Dialylo" / "Diallo") as the name itself, yet it weighed 8 bits where
    /// "Diallo" twice weighed 3 among Malians; family names agreeing at a fuzzy level were 2 to 5 times as many
    /// false links as missed pairs (issue 13, tenth pass). Names read crosswise are not bounded.
    /// </summary>
    private double ExactWeightOfTheCommonerName(int f, LinkageField field, StandardisedRecord a, StandardisedRecord b, bool swapped, string nationality)
    {
        var (left, right) = field == LinkageField.GivenName ? (a.GivenName, b.GivenName) : (a.FamilyName, b.FamilyName);
        if (swapped || field == LinkageField.GivenName
            && (left.Phonetic == right.Phonetic || !frequencies!.Recurs(field, left.Joined) || !frequencies.Recurs(field, right.Joined)))
        {
            return double.MaxValue;
        }

        var uExact = parameters.U[f][Exact];
        return parameters.Weights[f][Exact]
            + Math.Min(frequencies!.Adjustment(field, left.Joined, uExact, nationality), frequencies.Adjustment(field, right.Joined, uExact, nationality));
    }

    /// <summary>
    /// Bits of a close given-name agreement that say "same origin": how much likelier two persons whose given names
    /// agree are to share a nationality than two random persons (log2 of the conditional u over the unconditional
    /// one). With a nationality missing, agreeing family names are weighed by their overall frequency, which says
    /// the origin already; a close given name's level weight, an average over all pairs, says it again. Exact given
    /// names are weighed within the family name's origin instead (<see cref="NameFrequencies.AdjustmentWithinFamilyOrigin"/>).
    /// Computed once: the parameters do not change while every candidate is weighed.
    /// </summary>
    private static double OriginCarriedByAGivenName(MatchParameters parameters, int nationalityField)
    {
        if (nationalityField < 0 || parameters.Conditional?.U[nationalityField] is not { } conditional)
        {
            return 0;
        }

        var agree = conditional.Length - 1;
        return Math.Max(0, Math.Log2(conditional[agree] / parameters.U[nationalityField][agree]));
    }

    /// <summary>Family names agree at some level (not different, not missing): the two records share an origin.</summary>
    private bool FamilyNamesAgree(ulong levels) =>
        familyField >= 0 && PackedLevels.Level(levels, familyField) is > 0 and not ComparisonLevel.Missing;

    private void FieldWeights(int left, int right, ulong levels, bool swapped, Span<double> adjusted)
    {
        parameters.FieldWeights(levels, adjusted);
        if (frequencies is null)
        {
            return;
        }

        var fields = comparator.Schema.Fields;
        var (a, b) = (records[left], records[right]);
        var nationality = a.Nationality.Length > 0 && a.Nationality == b.Nationality ? a.Nationality : "";
        var givenWithinOrigin = false;
        for (var f = 0; f < adjusted.Length; f++)
        {
            var field = fields[f];
            if (field is LinkageField.GivenName or LinkageField.FamilyName && PackedLevels.Level(levels, f) == Exact)
            {
                // Crosswise (swapped order) both names are family-name values: the family table counts them.
                var (table, value) = (field, swapped) switch
                {
                    (LinkageField.GivenName, false) => (field, a.GivenName.Joined),
                    (LinkageField.FamilyName, _) => (LinkageField.FamilyName, a.FamilyName.Joined),
                    _ => (LinkageField.FamilyName, b.FamilyName.Joined),
                };
                var uExact = parameters.U[f][Exact];
                adjusted[f] += swapped
                    ? frequencies.CrosswiseAdjustment(value, field == LinkageField.GivenName ? a.GivenName.Joined : b.GivenName.Joined, uExact, nationality)
                    : field == LinkageField.GivenName && (a.Nationality.Length == 0 || b.Nationality.Length == 0) && FamilyNamesAgree(levels)
                        ? frequencies.AdjustmentWithinFamilyOrigin(value, a.FamilyName.Joined, b.FamilyName.Joined, uExact)
                        : frequencies.Adjustment(table, value, uExact, nationality);
                // Crosswise the given name is counted in the family table, within the nationality all the same.
                givenWithinOrigin |= field == LinkageField.GivenName && frequencies.WithinOrigin(table, value, nationality);
            }
            else if (field == LinkageField.GivenName && !swapped && PackedLevels.Level(levels, f) is 2 or 3
                && a.GivenName.First == b.GivenName.First && (a.GivenName.Words.Count > 1 || b.GivenName.Words.Count > 1))
            {
                // A compound name against its first word ("Thi Hang" / "Thi"): the agreement is on that word,
                // weighed by its frequency like an exact agreement.
                var level = PackedLevels.Level(levels, f);
                adjusted[f] += frequencies.FirstGivenWordAdjustment(a.GivenName.First, parameters.U[f][level], nationality);
            }

            if (field is LinkageField.GivenName or LinkageField.FamilyName && PackedLevels.Level(levels, f) is > 0 and < Exact)
            {
                adjusted[f] = Math.Min(adjusted[f], ExactWeightOfTheCommonerName(f, field, a, b, swapped, nationality));
            }

            if (field == LinkageField.GivenName && PackedLevels.Level(levels, f) is > 0 and < Exact
                && (a.Nationality.Length == 0 || b.Nationality.Length == 0) && FamilyNamesAgree(levels))
            {
                adjusted[f] -= originCarriedByAGivenName;
            }
        }

        var n = fields.Count - 1;
        while (n >= 0 && fields[n] != LinkageField.Nationality)
        {
            n--;
        }

        if (givenWithinOrigin && n >= 0 && PackedLevels.Level(levels, n) != ComparisonLevel.Missing)
        {
            // Chain rule: P(nationality agrees) · P(given name | nationality) · P(family name | nationality). The
            // given name's u was just taken within the nationality, so the nationality's own agreement keeps its
            // unconditional u; the u conditioned on the given name (ConditionalU) would discount the origin twice.
            adjusted[n] = parameters.Weights[n][PackedLevels.Level(levels, n)];
        }
    }
}
