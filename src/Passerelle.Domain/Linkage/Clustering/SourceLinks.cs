namespace Passerelle.Domain.Linkage.Clustering;

/// <summary>Constraints on match links that come from knowing which source (agency, file) each record is from.</summary>
public static class SourceLinks
{
    /// <summary>
    /// A link is kept when it is, for one of its two records at least, the best link to the other record's source.
    /// A record-level Dice on five short fields separates namesakes poorly (issue 13: "Blessing Okafor 2004" is
    /// above any threshold against many), and coherent clustering alone then chains them; keeping each record's
    /// best link per source stops the chains without assuming sources free of duplicates — two copies of one person
    /// in agency A both keep their link to agency B's record, as it is their best.
    /// </summary>
    public static List<ScoredLink> BestPerSource(List<ScoredLink> links, IReadOnlyList<string> sources)
    {
        var best = new Dictionary<(int Record, string Source), double>();
        foreach (var link in links)
        {
            Note(link.Left, sources[link.Right], link.Score);
            Note(link.Right, sources[link.Left], link.Score);
        }

        return links.Where(l => best[(l.Left, sources[l.Right])] <= l.Score || best[(l.Right, sources[l.Left])] <= l.Score).ToList();

        void Note(int record, string source, double score)
        {
            if (!best.TryGetValue((record, source), out var current) || score > current)
            {
                best[(record, source)] = score;
            }
        }
    }

    /// <summary>
    /// Each source is known to be free of duplicates: a record links to at most one record of each other source,
    /// links taken strongest first (greedy assignment on the weights; ties by index, so the result is stable).
    /// </summary>
    public static List<ScoredLink> OneToOne(List<ScoredLink> links, IReadOnlyList<string> sources)
    {
        var used = new HashSet<(int Record, string Source)>();
        var kept = new List<ScoredLink>();
        foreach (var link in links.OrderByDescending(l => l.Score).ThenBy(l => l.Left).ThenBy(l => l.Right))
        {
            if (sources[link.Left] != sources[link.Right]
                && !used.Contains((link.Left, sources[link.Right])) && !used.Contains((link.Right, sources[link.Left])))
            {
                used.Add((link.Left, sources[link.Right]));
                used.Add((link.Right, sources[link.Left]));
                kept.Add(link);
            }
        }

        return kept;
    }
}
