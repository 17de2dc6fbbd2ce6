using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Comparison;
using Passerelle.Domain.Linkage.Scoring;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Tests.Linkage;

public class PopulationEstimationTests
{
    private static readonly ComparisonSchema Schema =
        new([LinkageField.GivenName, LinkageField.FamilyName, LinkageField.BirthDate, LinkageField.Postcode]);

    private static readonly double[][] TrueM =
    [
        [0.02, 0.03, 0.05, 0.10, 0.80],
        [0.01, 0.04, 0.05, 0.10, 0.80],
        [0.005, 0.005, 0.005, 0.005, 0.01, 0.01, 0.03, 0.05, 0.08, 0.80],
        [0.10, 0.10, 0.80],
    ];

    private static readonly double[][] TrueU =
    [
        [0.90, 0.05, 0.03, 0.01, 0.01],
        [0.92, 0.04, 0.02, 0.01, 0.01],
        [0.70, 0.05, 0.03, 0.02, 0.10, 0.05, 0.02, 0.01, 0.01, 0.01],
        [0.95, 0.04, 0.01],
    ];

    [Fact]
    public void Sessions_leave_out_the_fields_their_pairs_were_blocked_on()
    {
        // Blocking on an exact family name keeps every match that has one and the rare non-matches that share it.
        var blocked = Sample(pairs: 200_000, prior: 0.02, seed: 3).Where(p => PackedLevels.Level(p, 1) == 4).ToList();
        var session = new EmSession(Patterns(blocked), LeftOutFields: 1 << 1);
        var priors = ParameterPriors.Create(Schema, TrueU, strength: 50);

        var result = ExpectationMaximisation.Estimate(
            [session], new MatchParameters(Schema, priors.M, TrueU, 0.1), fixU: true, priors);

        Assert.True(result.Converged);
        foreach (var f in new[] { 0, 2, 3 })
        {
            for (var l = 0; l < TrueM[f].Length; l++)
            {
                Assert.InRange(result.Parameters.M[f][l], TrueM[f][l] - 0.03, TrueM[f][l] + 0.03);
            }
        }

        Assert.Equal(TypicalMatchProbabilities.For(LinkageField.FamilyName), result.Parameters.M[1]);
    }

    [Fact]
    public void A_handful_of_pairs_stays_near_the_typical_m()
    {
        var few = Sample(pairs: 300, prior: 0.02, seed: 4);
        var priors = ParameterPriors.Create(Schema, TrueU, strength: 50);

        var result = ExpectationMaximisation.Estimate(
            Patterns(few), new MatchParameters(Schema, priors.M, TrueU, 0.1), fixU: true, priors);

        for (var f = 0; f < TrueM.Length; f++)
        {
            for (var l = 0; l < TrueM[f].Length; l++)
            {
                Assert.InRange(result.Parameters.M[f][l], priors.M[f][l] - 0.15, priors.M[f][l] + 0.15);
            }
        }
    }

    [Fact]
    public void The_population_prior_is_the_share_of_matches_among_all_possible_pairs()
    {
        var parameters = new MatchParameters(Schema, TrueM, TrueU, 0.5);
        var match = PackedLevels.Pack([4, 4, 7, 2]);
        var nonMatch = PackedLevels.Pack([0, 4, 0, 0]);
        ComparisonPattern[] candidates = [new(match, 40), new(nonMatch, 400)];

        var prior = PopulationPrior.Estimate(candidates, parameters, possiblePairs: 1_000_000);

        Assert.InRange(prior, 39.5 / 1_000_000, 40.5 / 1_000_000);
    }

    [Fact]
    public void When_given_names_agree_sex_is_no_further_evidence()
    {
        // Given names tell the sex: two random persons agree on sex half the time, but always when their given names agree.
        string[] women = ["Amina", "Fatou", "Elena", "Joy"], men = ["Moussa", "Ivan", "Karim", "Tunde"];
        var records = Enumerable.Range(0, 160).Select(i => StandardisedRecord.From(new PersonRecord(i.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            GivenName = i % 2 == 0 ? women[i / 2 % 4] : men[i / 2 % 4],
            FamilyName = "Family" + i,
            Sex = i % 2 == 0 ? "F" : "M",
        })).ToList();
        var comparator = new RecordComparator(new ComparisonSchema([LinkageField.GivenName, LinkageField.FamilyName, LinkageField.Sex]));

        var estimate = RandomPairSampler.Estimate(records, comparator, LinkageMode.Deduplicate, sampleSize: 20_000, seed: 1);

        Assert.InRange(estimate.U[2][1], 0.45, 0.55);
        var conditional = Assert.IsType<ConditionalU>(estimate.Conditional);
        Assert.Equal(0, conditional.ConditionField);
        Assert.InRange(conditional.U[2]![1], 0.97, 1);
        Assert.Null(conditional.U[1]);
        var parameters = new MatchParameters(comparator.Schema, [[0.1, 0.1, 0.1, 0.1, 0.6], [0.1, 0.1, 0.1, 0.1, 0.6], [0.02, 0.98]],
            estimate.U, 0.01, estimate.Conditional);
        var sexWhenGivenAgrees = parameters.Explain(PackedLevels.Pack([4, 0, 1]))[2].Weight;
        var sexOtherwise = parameters.Explain(PackedLevels.Pack([0, 0, 1]))[2].Weight;
        Assert.InRange(sexWhenGivenAgrees, -0.1, 0.1);
        Assert.InRange(sexOtherwise, 0.9, 1.1);
    }

    [Theory]
    [InlineData(false, DateComparator.YearOffAgainstADate)]
    [InlineData(true, DateComparator.YearOffBothYearOnly)]
    public void A_year_one_off_with_a_side_knowing_only_the_year_is_not_learnt_as_common_among_matches(bool bothYearOnly, byte level)
    {
        // Half the second agency's copies give only a year, one off: EM alone would learn that matches often do so,
        // as it learns it from namesakes born a year apart (issue 13, eleventh pass).
        static int Number(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var records = SyntheticPopulation.TwoAgencies(400, seed: 5).Records.ToList();
        var yearOff = records.Where(r => r.Source == "B" && Number(r.Id[1..]) % 4 == 0).Select(r => r.Id[1..]).ToHashSet();
        records = [.. records.Select(r => !yearOff.Contains(r.Id[1..]) ? r
            : r.Source == "B" ? r with { BirthDate = $"{Number(r.BirthDate![..4]) + 1}" }
            : bothYearOnly ? r with { BirthDate = r.BirthDate![..4] } : r)];

        var result = new LinkageEngine(new LinkageOptions { Mode = LinkageMode.AcrossSources }).Run(new LinkageRequest(records));

        var date = result.Parameters.Schema.Fields.ToList().IndexOf(LinkageField.BirthDate);
        static PartialDate? Date(PersonRecord r) => PartialDate.TryParse(r.BirthDate, out var d) ? d : null;
        Assert.Equal(level, DateComparator.Compare(Date(records.Single(r => r.Id == "a000")), Date(records.Single(r => r.Id == "b000"))));
        Assert.True(result.Parameters.M[date][level] <= TypicalMatchProbabilities.For(LinkageField.BirthDate)[level] + 1e-12);
    }

    [Fact]
    public void A_small_population_is_compared_in_full()
    {
        var records = Enumerable.Range(0, 30).Select(i => StandardisedRecord.From(
            new PersonRecord(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) { FamilyName = i < 3 ? "Diallo" : "Family" + i })).ToList();
        var comparator = new RecordComparator(new ComparisonSchema([LinkageField.FamilyName]));

        var estimate = RandomPairSampler.Estimate(records, comparator, LinkageMode.Deduplicate, sampleSize: 20_000, seed: 1);

        // 435 pairs, 3 of them exact, plus one pseudo-pair per level.
        Assert.Equal(4 / 440.0, estimate.U[0][4], 9);
        Assert.Equal(435, RandomPairSampler.PossiblePairs(records, LinkageMode.Deduplicate));
    }

    private static List<ulong> Sample(int pairs, double prior, int seed)
    {
        var random = new Random(seed);
        var levels = new byte[TrueM.Length];
        var vectors = new List<ulong>(pairs);
        for (var p = 0; p < pairs; p++)
        {
            var table = random.NextDouble() < prior ? TrueM : TrueU;
            for (var f = 0; f < table.Length; f++)
            {
                levels[f] = Draw(table[f], random);
            }

            vectors.Add(PackedLevels.Pack(levels));
        }

        return vectors;
    }

    private static List<ComparisonPattern> Patterns(IEnumerable<ulong> vectors) =>
        [.. vectors.GroupBy(v => v).Select(g => new ComparisonPattern(g.Key, g.LongCount()))];

    private static byte Draw(double[] probabilities, Random random)
    {
        var x = random.NextDouble();
        for (var l = 0; l < probabilities.Length; l++)
        {
            x -= probabilities[l];
            if (x < 0)
            {
                return (byte)l;
            }
        }

        return (byte)(probabilities.Length - 1);
    }
}
