namespace Passerelle.Domain.Linkage.Clustering;

/// <summary>A link between two records (indexes) with its score; higher is more certain.</summary>
public readonly record struct ScoredLink(int Left, int Right, double Score);

/// <summary>
/// Groups linked records into persons. Plain transitive closure chains A–B–C into one person even when A and C
/// are clearly different; here two groups merge only if every pair across them scores at least
/// <c>coherence</c> and none was rejected by a reviewer, and links are taken strongest first.
/// </summary>
public static class CoherentClustering
{
    /// <param name="links">Links to follow (predicted or accepted matches); their order does not matter.</param>
    /// <param name="score">Scores any two records, also pairs blocking never produced.</param>
    /// <param name="forced">Links accepted by a reviewer: merged before the others and without the coherence check.</param>
    /// <param name="coherenceOf">The bar for one pair when it differs from <paramref name="coherence"/>.</param>
    /// <returns>For each record, the index of its cluster (clusters numbered from 0 in order of first record).</returns>
    public static int[] Cluster(
        int count,
        IEnumerable<ScoredLink> links,
        Func<int, int, double> score,
        double coherence,
        IReadOnlySet<long> rejected,
        IEnumerable<(int Left, int Right)>? forced = null,
        int maxClusterSize = 50,
        Func<int, int, double>? coherenceOf = null)
    {
        var parent = Enumerable.Range(0, count).ToArray();
        var members = new List<int>?[count];
        foreach (var (left, right) in forced ?? [])
        {
            TryMerge(left, right, checkCoherence: false);
        }

        foreach (var link in links.OrderByDescending(l => l.Score).ThenBy(l => l.Left).ThenBy(l => l.Right))
        {
            TryMerge(link.Left, link.Right, checkCoherence: true);
        }

        var labels = new int[count];
        var labelOfRoot = new Dictionary<int, int>();
        for (var i = 0; i < count; i++)
        {
            var root = Find(i);
            if (!labelOfRoot.TryGetValue(root, out var label))
            {
                labelOfRoot[root] = label = labelOfRoot.Count;
            }

            labels[i] = label;
        }

        return labels;

        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        List<int> Members(int root) => members[root] ??= [root];

        void TryMerge(int left, int right, bool checkCoherence)
        {
            var (a, b) = (Find(left), Find(right));
            if (a == b)
            {
                return;
            }

            var (groupA, groupB) = (Members(a), Members(b));
            if (groupA.Count + groupB.Count > maxClusterSize)
            {
                return;
            }

            foreach (var x in groupA)
            {
                foreach (var y in groupB)
                {
                    if (rejected.Contains(PairKey.Of(x, y)) || (checkCoherence && score(x, y) < (coherenceOf?.Invoke(x, y) ?? coherence)))
                    {
                        return;
                    }
                }
            }

            if (groupA.Count < groupB.Count)
            {
                (a, b, groupA, groupB) = (b, a, groupB, groupA);
            }

            parent[b] = a;
            groupA.AddRange(groupB);
            members[b] = null;
        }
    }
}
