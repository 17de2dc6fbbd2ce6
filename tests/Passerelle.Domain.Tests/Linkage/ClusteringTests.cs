using Passerelle.Domain.Linkage;
using Passerelle.Domain.Linkage.Clustering;

namespace Passerelle.Domain.Tests.Linkage;

public class ClusteringTests
{
    private static readonly IReadOnlySet<long> NoneRejected = new HashSet<long>();

    [Fact]
    public void Cluster_DoesNotChainThroughAMiddleRecord()
    {
        // A–B and B–C are strong links, but A and C clearly differ: B joins one of them, never both.
        var scores = new Dictionary<long, double> { [PairKey.Of(0, 1)] = 10, [PairKey.Of(1, 2)] = 9, [PairKey.Of(0, 2)] = -20 };

        var labels = CoherentClustering.Cluster(3, [new(0, 1, 10), new(1, 2, 9)], Score(scores), 0, NoneRejected);

        Assert.Equal(labels[0], labels[1]);
        Assert.NotEqual(labels[0], labels[2]);
    }

    [Fact]
    public void Posteriors_AcrossAgencies_CountRivalsAndTheChanceOfAMatchAtAll()
    {
        // Prior 1/1025: a pair of 10 bits has odds 1, posterior 0.5 on its own. Record 0 (agency a) has two
        // candidates in agency b (1 and 2), record 3 one (4); 6 and 7 are two copies of one person in agency b.
        string[] sources = ["a", "b", "b", "a", "b", "a", "b", "b"];
        const double prior = 1.0 / 1025;
        var candidates = new List<ScoredLink> { new(0, 1, 10), new(0, 2, 10), new(3, 4, 9), new(5, 6, 12), new(5, 7, 12) };
        var matched = new Dictionary<(string, string), double> { [("a", "b")] = 0.6, [("b", "a")] = 0.6 };

        var posteriors = SourceLinks.Posteriors(candidates, sources, prior, (x, y) => (x, y) is (6, 7) or (7, 6), matched);

        // 0 ~ 1 and 0 ~ 2 contest each other: 1 / (0.4 + 1 + 1).
        Assert.Equal(1 / 2.4, posteriors[(0, 1)], 9);
        // 3 ~ 4 alone at 9 bits (odds 0.5): below 0.5 with the population's prior, above once 60 % of agency a's
        // records are known to have a match in b: 0.5 / (0.4 + 0.5).
        Assert.Equal(0.5 / 0.9, posteriors[(3, 4)], 9);
        // Two copies of one person are not rivals: 4 / (0.4 + 4).
        Assert.Equal(4 / 4.4, posteriors[(5, 6)], 9);
    }

    [Fact]
    public void Cluster_MergesCoherentGroupsAndLeavesOthersAlone()
    {
        var scores = new Dictionary<long, double> { [PairKey.Of(0, 1)] = 10, [PairKey.Of(1, 2)] = 9, [PairKey.Of(0, 2)] = 2 };

        var labels = CoherentClustering.Cluster(4, [new(0, 1, 10), new(1, 2, 9)], Score(scores), 0, NoneRejected);

        Assert.Equal([0, 0, 0, 1], labels);
    }

    [Fact]
    public void Cluster_HoldsTwoRecordsOfOneAgencyToTheirOwnBar()
    {
        // Records 0 and 2 come from one agency, 1 from another; 0–2 scores 5, above the review bar (3) but below
        // the match bar (8) that a within-agency pair must reach: the namesakes do not chain through record 1.
        var scores = new Dictionary<long, double> { [PairKey.Of(0, 1)] = 10, [PairKey.Of(1, 2)] = 9, [PairKey.Of(0, 2)] = 5 };
        int[] agency = [0, 1, 0];

        var held = CoherentClustering.Cluster(3, [new(0, 1, 10), new(1, 2, 9)], Score(scores), 3, NoneRejected,
            coherenceOf: (a, b) => agency[a] == agency[b] ? 8 : 3);
        var plain = CoherentClustering.Cluster(3, [new(0, 1, 10), new(1, 2, 9)], Score(scores), 3, NoneRejected);

        Assert.Equal([0, 0, 1], held);
        Assert.Equal([0, 0, 0], plain);
    }

    [Fact]
    public void Cluster_NeverJoinsARejectedPair_EvenWhenAccepted()
    {
        var rejected = new HashSet<long> { PairKey.Of(0, 1) };

        var labels = CoherentClustering.Cluster(2, [new(0, 1, 50)], (_, _) => 50, 0, rejected, forced: [(0, 1)]);

        Assert.NotEqual(labels[0], labels[1]);
    }

    [Fact]
    public void Cluster_FollowsAcceptedPairsWhateverTheirScore()
    {
        var labels = CoherentClustering.Cluster(2, [], (_, _) => -30, 0, NoneRejected, forced: [(0, 1)]);

        Assert.Equal(labels[0], labels[1]);
    }

    [Fact]
    public void Cluster_PutsEveryRecordInExactlyOneCluster()
    {
        var random = new Random(3);
        var links = Enumerable.Range(0, 200).Select(_ => new ScoredLink(random.Next(50), random.Next(50), random.NextDouble())).Where(l => l.Left != l.Right).ToList();

        var labels = CoherentClustering.Cluster(50, links, (a, b) => (a + b) % 3 == 0 ? -1 : 1, 0, NoneRejected, maxClusterSize: 5);

        Assert.Equal(50, labels.Length);
        Assert.All(labels.GroupBy(l => l), g => Assert.InRange(g.Count(), 1, 5));
        Assert.Equal(Enumerable.Range(0, labels.Max() + 1), labels.Distinct().Order());
    }

    [Fact]
    public void PersonKeys_NewPersonIsKeyedAfterItsSmallestRecordId() =>
        Assert.Equal(["P-a7", "P-b2"], PersonKeys.Assign([["a9", "a7"], ["b2"]], new Dictionary<string, string>()));

    [Fact]
    public void PersonKeys_StayWhenAPersonGrows()
    {
        var previous = new Dictionary<string, string> { ["b5"] = "P-b5" };

        Assert.Equal(["P-b5"], PersonKeys.Assign([["a1", "b5"]], previous));
    }

    [Fact]
    public void PersonKeys_MergeKeepsTheMajorityKeyAndSplitKeepsItForTheLargerPart()
    {
        var previous = new Dictionary<string, string> { ["r1"] = "P-r1", ["r2"] = "P-r2", ["r3"] = "P-r2" };

        Assert.Equal(["P-r2"], PersonKeys.Assign([["r1", "r2", "r3"]], previous));
        var split = PersonKeys.Assign([["r2"], ["r1"], ["r3"]], previous);
        Assert.Equal(3, split.Distinct().Count());
        Assert.Contains("P-r2", split);
        Assert.Equal("P-r1", split[1]);
    }

    [Fact]
    public void PersonKeys_NeverReuseAKeyOfAnotherPerson()
    {
        // r1's old key is now held by r9's person, so r1 alone needs a fresh key.
        var previous = new Dictionary<string, string> { ["r9"] = "P-r1", ["r8"] = "P-r1" };

        var keys = PersonKeys.Assign([["r8", "r9"], ["r1"]], previous);

        Assert.Equal("P-r1", keys[0]);
        Assert.NotEqual("P-r1", keys[1]);
        Assert.StartsWith("P-r1", keys[1], StringComparison.Ordinal);
    }

    private static Func<int, int, double> Score(Dictionary<long, double> scores) =>
        (a, b) => scores.TryGetValue(PairKey.Of(a, b), out var s) ? s : -100;
}
