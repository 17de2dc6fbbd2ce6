using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Comparison;
using Passerelle.Domain.Linkage.Scoring;

namespace Passerelle.Domain.Tests.Linkage;

public class ExpectationMaximisationTests
{
    private static readonly ComparisonSchema Schema =
        new([LinkageField.GivenName, LinkageField.FamilyName, LinkageField.BirthDate, LinkageField.Postcode]);

    // Known parameters of a synthetic population: level probabilities per field among matches (m) and non-matches (u).
    private static readonly double[][] TrueM =
    [
        [0.02, 0.03, 0.05, 0.10, 0.80],
        [0.01, 0.04, 0.05, 0.10, 0.80],
        [0.005, 0.005, 0.005, 0.005, 0.01, 0.01, 0.03, 0.05, 0.08, 0.80],
        [0.10, 0.10, 0.80],
    ];

    private static readonly double[][] TrueU =
    [
        [0.70, 0.15, 0.08, 0.04, 0.03],
        [0.75, 0.12, 0.07, 0.04, 0.02],
        [0.45, 0.05, 0.05, 0.05, 0.10, 0.10, 0.05, 0.05, 0.05, 0.05],
        [0.85, 0.10, 0.05],
    ];

    [Fact]
    public void Estimate_RecoversKnownParameters()
    {
        var patterns = Sample(pairs: 40_000, prior: 0.2, seed: 7);

        var result = ExpectationMaximisation.Estimate(patterns, MatchParameters.Initial(Schema), fixU: false);

        Assert.True(result.Converged);
        Assert.InRange(result.Parameters.Prior, 0.18, 0.22);
        for (var f = 0; f < TrueM.Length; f++)
        {
            for (var l = 0; l < TrueM[f].Length; l++)
            {
                Assert.InRange(result.Parameters.M[f][l], TrueM[f][l] - 0.03, TrueM[f][l] + 0.03);
                Assert.InRange(result.Parameters.U[f][l], TrueU[f][l] - 0.03, TrueU[f][l] + 0.03);
            }
        }
    }

    [Fact]
    public void Estimate_WithFixedU_KeepsUAndFindsThePrior()
    {
        var patterns = Sample(pairs: 20_000, prior: 0.1, seed: 11);
        var start = MatchParameters.Initial(Schema, TrueU.Select(u => u.ToArray()).ToArray());

        var result = ExpectationMaximisation.Estimate(patterns, start, fixU: true);

        Assert.Equal(TrueU[0], result.Parameters.U[0]);
        Assert.InRange(result.Parameters.Prior, 0.08, 0.12);
    }

    [Fact]
    public void Weights_ArePositiveForAgreementAndNegativeForDisagreement()
    {
        var parameters = new MatchParameters(Schema, TrueM, TrueU, 0.1);

        Assert.True(parameters.Weights[1][4] > 0);
        Assert.True(parameters.Weights[1][0] < 0);
        var explanation = parameters.Explain(PackedLevels.Pack([4, 0, ComparisonLevel.Missing, 2]));
        Assert.Equal(parameters.Weight(PackedLevels.Pack([4, 0, ComparisonLevel.Missing, 2])), explanation.Sum(e => e.Weight), 9);
        Assert.Equal("missing", explanation[2].Level);
    }

    [Fact]
    public void Thresholds_FollowThePrior()
    {
        var rare = MatchThresholds.FromPrior(0.001);
        var common = MatchThresholds.FromPrior(0.5);

        Assert.Equal(0, common.Match, 9);
        Assert.True(rare.Match > common.Match);
        Assert.True(rare.Review < rare.Match);
        Assert.Equal(MatchDecision.Review, rare.Decide((rare.Match + rare.Review) / 2));
    }

    private static List<ComparisonPattern> Sample(int pairs, double prior, int seed)
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

        return vectors.GroupBy(v => v).Select(g => new ComparisonPattern(g.Key, g.LongCount())).ToList();
    }

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
