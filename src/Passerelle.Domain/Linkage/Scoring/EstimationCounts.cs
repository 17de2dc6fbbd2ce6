using Passerelle.Domain.Linkage.Blocking;
using Passerelle.Domain.Linkage.Comparison;

namespace Passerelle.Domain.Linkage.Scoring;

/// <summary>
/// What estimation needs of the candidates, counted chunk by chunk in pair order: how many informative pairs
/// show each comparison pattern, per blocking pass and overall. A pair is informative when it joins two distinct
/// identities and is the first pair of those two identities; only pairs touching an identity held by several
/// records can repeat one, so only those are remembered.
/// </summary>
internal sealed class EstimationCounts
{
    private readonly int[] groupOf;
    private readonly int[] groupSize;
    private readonly PairKeySet seen = new();
    private readonly Dictionary<ulong, long>[] perPass;
    private readonly Dictionary<ulong, long> all = [];

    public EstimationCounts(int passes, int[] groupOf)
    {
        this.groupOf = groupOf;
        groupSize = new int[groupOf.Length];
        foreach (var group in groupOf)
        {
            groupSize[group]++;
        }

        perPass = new Dictionary<ulong, long>[passes];
        for (var p = 0; p < passes; p++)
        {
            perPass[p] = [];
        }
    }

    public void Add(long key, int passBits, ulong vector)
    {
        var (left, right) = PairKey.Split(key);
        var (a, b) = (groupOf[left], groupOf[right]);
        if (a == b || ((groupSize[a] > 1 || groupSize[b] > 1) && !seen.Add(PairKey.Of(a, b))))
        {
            return;
        }

        for (var bits = passBits; bits != 0; bits &= bits - 1)
        {
            var pass = System.Numerics.BitOperations.TrailingZeroCount(bits);
            perPass[pass][vector] = perPass[pass].GetValueOrDefault(vector) + 1;
        }

        all[vector] = all.GetValueOrDefault(vector) + 1;
    }

    /// <summary>One EM session per pass that found pairs, leaving out the fields its key is made of.</summary>
    public List<EmSession> Sessions(ComparisonSchema schema, IReadOnlyList<BlockingPass> passes)
    {
        var sessions = new List<EmSession>();
        for (var p = 0; p < perPass.Length; p++)
        {
            if (perPass[p].Count == 0)
            {
                continue;
            }

            var leftOut = 0;
            for (var f = 0; f < schema.Fields.Count; f++)
            {
                leftOut |= passes[p].Fields.Contains(schema.Fields[f]) ? 1 << f : 0;
            }

            sessions.Add(new EmSession(Patterns(perPass[p]), leftOut));
        }

        return sessions;
    }

    public List<ComparisonPattern> AllPatterns() => Patterns(all);

    private static List<ComparisonPattern> Patterns(Dictionary<ulong, long> counts) =>
        [.. counts.Select(c => new ComparisonPattern(c.Key, c.Value))];
}
