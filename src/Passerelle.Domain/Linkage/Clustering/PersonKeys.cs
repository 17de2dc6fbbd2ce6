namespace Passerelle.Domain.Linkage.Clustering;

/// <summary>
/// Stable person keys. A new person is keyed after its smallest record id (ordinal order, so ids that sort by
/// creation make it the oldest record): "P-" + id. A person that already had a key keeps it when records join it;
/// when persons merge, the key held by most of their records (then the smallest) survives; when a person splits,
/// the larger part keeps the key and the rest get new keys.
/// </summary>
public static class PersonKeys
{
    public const string Prefix = "P-";

    /// <param name="clusters">Record ids of each person.</param>
    /// <param name="previousKeys">Record id → person key from the previous run (empty on the first run).</param>
    /// <returns>One key per cluster, in the order of <paramref name="clusters"/>; keys are distinct.</returns>
    public static IReadOnlyList<string> Assign(
        IReadOnlyList<IReadOnlyList<string>> clusters, IReadOnlyDictionary<string, string> previousKeys)
    {
        var keys = new string[clusters.Count];
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var wishes = new List<(int Cluster, string Key, int Votes)>();
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var group in clusters[c].Where(previousKeys.ContainsKey).GroupBy(id => previousKeys[id]))
            {
                wishes.Add((c, group.Key, group.Count()));
            }
        }

        // Most votes first: a split person's larger part keeps the key.
        foreach (var (cluster, key, _) in wishes
                     .OrderByDescending(w => w.Votes)
                     .ThenBy(w => w.Key, StringComparer.Ordinal)
                     .ThenBy(w => w.Cluster))
        {
            if (keys[cluster] is null && claimed.Add(key))
            {
                keys[cluster] = key;
            }
        }

        var everUsed = new HashSet<string>(previousKeys.Values, StringComparer.Ordinal);
        everUsed.UnionWith(claimed);
        for (var c = 0; c < clusters.Count; c++)
        {
            if (keys[c] is not null)
            {
                continue;
            }

            var anchor = clusters[c].Min(StringComparer.Ordinal)
                ?? throw new ArgumentException("A cluster has no record.", nameof(clusters));
            var key = Prefix + anchor;
            for (var n = 2; !everUsed.Add(key); n++)
            {
                key = $"{Prefix}{anchor}~{n}";
            }

            keys[c] = key;
        }

        return keys;
    }
}
