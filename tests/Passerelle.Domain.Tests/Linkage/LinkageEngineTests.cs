using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Scoring;

namespace Passerelle.Domain.Tests.Linkage;

public class LinkageEngineTests
{
    private static readonly LinkageEngine Engine = new(new LinkageOptions { Mode = LinkageMode.AcrossSources, RandomPairs = 5_000 });

    [Fact]
    public void Run_FindsTheRecordsOfOnePersonInTwoAgencies()
    {
        var (records, truth) = SyntheticPopulation.TwoAgencies(120, seed: 5);

        var result = Engine.Run(new LinkageRequest(records));

        var found = result.LinkedPairs.Select(p => Ordered(p.LeftId, p.RightId)).ToHashSet();
        Assert.True(found.Count(truth.Contains) >= truth.Count * 0.95, $"{found.Count(truth.Contains)} of {truth.Count}");
        Assert.True(found.Count(p => !truth.Contains(p)) <= 2);
        Assert.Equal(records.Count, result.Persons.Sum(p => p.RecordIds.Count));
        Assert.Equal(records.Count - found.Count, result.Persons.Count);
    }

    [Fact]
    public void Run_ExplainsEachPairFieldByField()
    {
        var (records, _) = SyntheticPopulation.TwoAgencies(60, seed: 6);

        var pairs = Engine.Run(new LinkageRequest(records)).Pairs;
        var pair = pairs.First(p => p.Decision == MatchDecision.Match);

        Assert.Equal(pair.Weight, pair.Explanation.Sum(f => f.Weight), 6);
        Assert.Contains(pair.Explanation, f => f.Field == LinkageField.FamilyName);
        // Weights are computed without the explanation (December 2026); both must still say the same for every pair.
        Assert.All(pairs.Where(p => p.Rule is null), p => Assert.Equal(p.Weight, p.Explanation.Sum(f => f.Weight), 6));
    }

    [Fact]
    public void Run_ARejectedPairStaysApartInLaterRuns_AndKeysStayStable()
    {
        var (records, truth) = SyntheticPopulation.TwoAgencies(60, seed: 8);
        var first = Engine.Run(new LinkageRequest(records));
        var (left, right) = truth.First();
        var previousKeys = first.Persons.SelectMany(p => p.RecordIds.Select(id => (id, p.PersonKey))).ToDictionary();

        var second = Engine.Run(new LinkageRequest(records)
        {
            RejectedPairs = [new RecordPair(right, left)],
            PreviousPersonKeys = previousKeys,
        });

        var personOf = second.Persons.SelectMany(p => p.RecordIds.Select(id => (id, p.PersonKey))).ToDictionary();
        Assert.NotEqual(personOf[left], personOf[right]);
        Assert.Equal(previousKeys[left], personOf[left]);
        Assert.Equal(previousKeys.Count(k => k.Key != right && personOf[k.Key] == k.Value), records.Count - 1);
    }

    [Fact]
    public void Run_IsDeterministic()
    {
        var (records, _) = SyntheticPopulation.TwoAgencies(60, seed: 9);

        var first = Engine.Run(new LinkageRequest(records));
        var second = Engine.Run(new LinkageRequest(records));

        Assert.Equal(first.LinkedPairs, second.LinkedPairs);
        Assert.Equal(first.Thresholds, second.Thresholds);
    }

    [Fact]
    public void Run_RefusesRepeatedIds() =>
        Assert.Throws<ArgumentException>(() => Engine.Run(new LinkageRequest([new PersonRecord("x"), new PersonRecord("x")])));

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
