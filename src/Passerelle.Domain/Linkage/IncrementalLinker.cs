using Passerelle.Domain.Linkage.Blocking;
using Passerelle.Domain.Linkage.Comparison;
using Passerelle.Domain.Linkage.Scoring;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage;

/// <summary>A record already known that a new record may be: its id, the weight and the decision.</summary>
public sealed record IncrementalMatch(string Id, double Weight, MatchDecision Decision, IReadOnlyList<FieldWeight> Explanation);

/// <summary>
/// Links one new or edited record at once against every record already known, without a full run: the record is
/// standardised, looked up in the blocking index (the same passes as a full run; a block key maps to the records
/// holding it), and each candidate is scored with the parameters, thresholds and name frequencies of a reference
/// run (the last full run, estimated on the whole population). The index then holds the record. Cost per record:
/// the size of its blocks, not of the population.
/// </summary>
/// <remarks>Not thread-safe: the caller serialises calls (the web application holds one lock).</remarks>
public sealed class IncrementalLinker
{
    private readonly List<StandardisedRecord> records = [];
    private readonly Dictionary<string, int> indexOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>>[] blocks;
    private readonly IReadOnlyList<BlockingPass> passes;
    private readonly PairScorer scorer;
    private readonly RecordComparator comparator;
    private readonly int maxBlockSize;
    private readonly int splitBlockSize;

    private IncrementalLinker(
        IReadOnlyList<StandardisedRecord> known, MatchParameters parameters, MatchThresholds thresholds, LinkageOptions options)
    {
        passes = options.BlockingPasses;
        maxBlockSize = options.MaxBlockSize;
        splitBlockSize = options.SplitBlockSize;
        Parameters = parameters;
        Thresholds = thresholds;
        comparator = new RecordComparator(parameters.Schema);
        blocks = [.. passes.Select(_ => new Dictionary<string, List<int>>(StringComparer.Ordinal))];
        scorer = new PairScorer(records, comparator, parameters, thresholds, options.IdentifierRule,
            options.TermFrequencies ? NameFrequencies.Of(known) : null);
        foreach (var record in known)
        {
            Index(record);
        }
    }

    public MatchParameters Parameters { get; }

    public MatchThresholds Thresholds { get; }

    public int Count => indexOf.Count;

    /// <summary>A full reference run over <paramref name="known"/> fixes the parameters; the records are indexed.</summary>
    public static IncrementalLinker Build(IReadOnlyList<PersonRecord> known, LinkageOptions options)
    {
        var reference = new LinkageEngine(options).Run(new LinkageRequest(known));
        return FromReference(known, reference.Parameters, reference.Thresholds, options);
    }

    /// <summary>Parameters and thresholds of an earlier run (kept as the trusted reference), records indexed.</summary>
    public static IncrementalLinker FromReference(
        IReadOnlyList<PersonRecord> known, MatchParameters parameters, MatchThresholds thresholds, LinkageOptions options)
    {
        var standardised = new StandardisedRecord[known.Count];
        Parallel.For(0, known.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            i => standardised[i] = StandardisedRecord.From(known[i]));
        return new IncrementalLinker(standardised, parameters, thresholds, options);
    }

    /// <summary>
    /// Scores <paramref name="record"/> against every known record it shares a block with (an earlier version of
    /// the same id is replaced), returns the pairs at or above review, strongest first, and indexes the record.
    /// </summary>
    public IReadOnlyList<IncrementalMatch> Link(PersonRecord record, LinkageMode mode = LinkageMode.Deduplicate)
    {
        Remove(record.Id);
        var standardised = StandardisedRecord.From(record);
        var self = records.Count;
        records.Add(standardised);
        var seen = new HashSet<int>();
        var matches = new List<IncrementalMatch>();
        Span<byte> levels = stackalloc byte[comparator.Schema.Fields.Count];
        foreach (var (p, members) in passes.SelectMany((pass, p) => pass.Keys(standardised)
                     .Select(key => (p, Members: blocks[p].GetValueOrDefault(key))).Where(b => b.Members is not null)))
        {
            foreach (var other in Candidates(standardised, members!, Math.Min(maxBlockSize, passes[p].MaxBlockSize ?? int.MaxValue)))
            {
                if (!seen.Add(other) || IsRemoved(other) || (mode == LinkageMode.AcrossSources && records[other].Source == standardised.Source))
                {
                    continue;
                }

                var swapped = comparator.Compare(standardised, records[other], levels);
                var explanation = scorer.Explain(self, other, PackedLevels.Pack(levels), swapped);
                var weight = explanation.Sum(f => f.Weight);
                if (scorer.RuleApplies(self, other))
                {
                    weight = Math.Max(weight, Thresholds.Match);
                }

                var decision = Thresholds.Decide(weight);
                if (decision != MatchDecision.NonMatch)
                {
                    matches.Add(new IncrementalMatch(records[other].Id, weight, decision, explanation));
                }
            }
        }

        records.RemoveAt(self);
        Index(standardised);
        matches.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        return matches;
    }

    /// <summary>
    /// The members of a block to compare, as a full run compares them (<see cref="MultiPassBlocker"/>): all of a
    /// small block; of a block above the split size, those born at most a year apart (all of them for a record
    /// without a birth year while the block stays under the maximum); nothing when that window exceeds the maximum.
    /// </summary>
    private List<int> Candidates(StandardisedRecord record, List<int> members, int maxBlockSize)
    {
        if (members.Count < Math.Min(splitBlockSize, maxBlockSize))
        {
            return members;
        }

        if (record.BirthDate is null)
        {
            return members.Count < maxBlockSize ? members : [];
        }

        var window = members.Where(m => records[m].BirthDate is null
            ? members.Count < maxBlockSize
            : BlockSplit.Compatible(record.BirthDate, records[m].BirthDate)).ToList();
        return window.Count < maxBlockSize ? window : [];
    }

    /// <summary>Forgets a record (a deleted case, or the old version of an edited one).</summary>
    public void Remove(string id)
    {
        if (indexOf.Remove(id, out var index))
        {
            removedSet.Add(index);
        }
    }

    private readonly HashSet<int> removedSet = [];

    private bool IsRemoved(int index) => removedSet.Contains(index);

    private void Index(StandardisedRecord record)
    {
        var index = records.Count;
        records.Add(record);
        indexOf[record.Id] = index;
        for (var p = 0; p < passes.Count; p++)
        {
            foreach (var key in passes[p].Keys(record))
            {
                if (!blocks[p].TryGetValue(key, out var members))
                {
                    blocks[p][key] = members = [];
                }

                members.Add(index);
            }
        }
    }
}
