using Passerelle.Domain.Linkage.Blocking;
using Passerelle.Domain.Linkage.Clustering;
using Passerelle.Domain.Linkage.Comparison;
using Passerelle.Domain.Linkage.Scoring;
using Passerelle.Domain.Linkage.Standardisation;

namespace Passerelle.Domain.Linkage;

/// <summary>
/// Links person records: standardise, block in several passes, compare in levels, estimate Fellegi–Sunter
/// parameters against the whole population (u on random pairs, m by EM per blocking pass, the prior over all
/// pairs), decide with thresholds derived from that prior, cluster coherently and key persons stably. Pure and deterministic: same records and options, same result.
/// </summary>
public sealed class LinkageEngine(LinkageOptions options)
{
    /// <summary>Candidates weighed at once (three arrays of this length).</summary>
    private const int WeighingBatch = 1 << 20;

    /// <summary>Set in a candidate's pattern number when its names were compared crosswise (swapped order).</summary>
    private const int SwappedBit = 1 << 30;

    public LinkageOptions Options { get; } = options;

    public LinkageResult Run(LinkageRequest request) =>
        Run(Standardise(request.Records), request.RejectedPairs, request.AcceptedPairs, request.PreviousPersonKeys);

    /// <summary>
    /// Links records already standardised — or encoded field by field (<see cref="Privacy.FieldEncoder"/>), which
    /// is how privacy-preserving linkage runs the same model on keyed tokens and name filters.
    /// </summary>
    public LinkageResult Run(
        IReadOnlyList<StandardisedRecord> standardised,
        IReadOnlyCollection<RecordPair>? rejectedPairs = null,
        IReadOnlyCollection<RecordPair>? acceptedPairs = null,
        IReadOnlyDictionary<string, string>? previousPersonKeys = null)
    {
        var records = standardised as StandardisedRecord[] ?? [.. standardised];
        UniqueIds(records.Select(r => r.Id));
        var schema = new ComparisonSchema(PresentFields(records));
        var comparator = new RecordComparator(schema);
        // Deduplicated estimation: records identical after standardisation count once, so that one account
        // entering the same person thousands of times cannot make every name "common" or every pair a match.
        var (groupOf, distinct) = IdentityGroups(records);
        Options.Progress?.Invoke("comparing");
        var compared = Compare(records, comparator, new EstimationCounts(Options.BlockingPasses.Count, groupOf));
        var candidates = compared.Candidates;
        Options.Progress?.Invoke("estimating");
        var (parameters, estimation) = Estimate(distinct, comparator, compared.Counts);
        var thresholds = MatchThresholds.FromPrior(parameters.Prior, Options.MatchProbability, Options.ReviewProbability);

        var scorer = new PairScorer(records, comparator, parameters, thresholds, Options.IdentifierRule,
            Options.TermFrequencies ? NameFrequencies.Of(records) : null);
        // The candidates' pattern numbers and the estimation counts are not referenced after this: collectable
        // before clustering.
        Options.Progress?.Invoke("weighing");
        var (pairs, links, keptKeys, keptWeights) = Weigh(records, compared, scorer, thresholds);

        // A candidate's weight is the one it was decided with: kept, or weighed again exactly as it was (smaller
        // index first); any other pair is scored on demand.
        double Score(int a, int b) =>
            keptKeys.BinarySearch(PairKey.Of(a, b)) is var k and >= 0 ? keptWeights[k]
            : candidates.IndexOf(a, b) >= 0 ? scorer.Score(Math.Min(a, b), Math.Max(a, b))
            : scorer.Score(a, b);

        // Namesakes: pairs across agencies decided again knowing that an agency records a person once, apart from
        // copies; then, of the match links between a record and another source, keep only its best unless it is
        // the other record's best (two copies of one person in one agency both keep theirs); strict one-to-one when
        // sources are declared free of duplicates. Only with two sources or more: one file is one source.
        var sources = records.Select(r => r.Source).ToList();
        var severalSources = sources.Distinct(StringComparer.Ordinal).Skip(1).Any();
        if (severalSources)
        {
            if (!Options.SourcesAreDeduplicated)
            {
                (links, pairs) = DecidedPerAgency(records, links, pairs, keptKeys, keptWeights, sources, parameters.Prior, thresholds, scorer, Score);
            }

            links = Options.SourcesAreDeduplicated ? SourceLinks.OneToOne(links, sources) : SourceLinks.BestPerSource(links, sources);
        }

        Options.Progress?.Invoke("clustering");
        var indexOf = IndexById(records);
        var labels = CoherentClustering.Cluster(
            records.Length,
            links,
            Score,
            thresholds.Review,
            Indexes(rejectedPairs ?? [], indexOf).Select(p => PairKey.Of(p.Left, p.Right)).ToHashSet(),
            Indexes(acceptedPairs ?? [], indexOf),
            Options.MaxClusterSize,
            ClusterCoherence.Bar(records, thresholds, severalSources));

        Options.Progress?.Invoke("persons");
        var (persons, linkedPairs) = Persons(records, labels, previousPersonKeys ?? new Dictionary<string, string>(), Score);
        pairs.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        return new LinkageResult(pairs, persons, linkedPairs, parameters, thresholds, estimation, candidates);
    }

    /// <summary>The candidates, each with its pattern number, and the counts estimation needs.</summary>
    private sealed record Compared(CandidatePairs Candidates, SegmentedList<int> PatternOf, List<ulong> PatternVectors, EstimationCounts Counts);

    /// <summary>
    /// Streamed: each chunk of candidates is compared, counted for estimation and kept as one pattern number a pair
    /// (4 bytes: the comparison vector's number and the "names swapped" flag); the pair itself stays in the
    /// candidates (4 bytes). Nothing else is held per candidate (see docs/linkage.md, "The million, measured").
    /// </summary>
    private Compared Compare(StandardisedRecord[] records, RecordComparator comparator, EstimationCounts counts)
    {
        var fields = comparator.Schema.Fields.Count;
        var patternOf = new SegmentedList<int>();
        var patterns = new Dictionary<ulong, int>();
        var patternVectors = new List<ulong>();
        var candidates = new MultiPassBlocker(Options.BlockingPasses, Options.MaxBlockSize, Options.SplitBlockSize)
            .Block(records, Options.Mode, Options.PairsPerChunk, keepPasses: false, (keys, bits) =>
            {
                var vectors = new ulong[keys.Length];
                var swapped = new bool[keys.Length];
                var chunk = keys.ToArray();
                Parallel.For(0, chunk.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 },
                    () => new byte[fields],
                    (i, _, levels) =>
                    {
                        var (left, right) = PairKey.Split(chunk[i]);
                        swapped[i] = comparator.Compare(records[left], records[right], levels);
                        vectors[i] = PackedLevels.Pack(levels);
                        return levels;
                    },
                    _ => { });
                for (var i = 0; i < chunk.Length; i++)
                {
                    counts.Add(chunk[i], bits[i], vectors[i]);
                    if (!patterns.TryGetValue(vectors[i], out var pattern))
                    {
                        patterns[vectors[i]] = pattern = patternVectors.Count;
                        patternVectors.Add(vectors[i]);
                    }

                    patternOf.Add(swapped[i] ? pattern | SwappedBit : pattern);
                }
            });
        return new Compared(candidates, patternOf, patternVectors, counts);
    }

    /// <summary>
    /// Every candidate is weighed without allocating, a batch at a time; only the pairs kept (review or match) keep
    /// their weight (found again by binary search, keys in pair order) and the reviewer's per-field explanation,
    /// built when it is read (<see cref="PairScorer.ExplainLater"/>).
    /// </summary>
    private static (List<ScoredPair> Pairs, List<ScoredLink> Links, List<long> KeptKeys, List<double> KeptWeights) Weigh(
        StandardisedRecord[] records, Compared compared, PairScorer scorer, MatchThresholds thresholds)
    {
        var (candidates, patternOf, patternVectors) = (compared.Candidates, compared.PatternOf, compared.PatternVectors);
        var pairs = new List<ScoredPair>();
        var links = new List<ScoredLink>();
        var keptKeys = new List<long>();
        var keptWeights = new List<double>();
        var batch = Math.Min(candidates.Count, WeighingBatch);
        var (lefts, rights, weights) = (new int[batch], new int[batch], new double[batch]);
        using var enumerator = candidates.Pairs.GetEnumerator();
        for (var start = 0; start < candidates.Count; start += batch)
        {
            var size = Math.Min(batch, candidates.Count - start);
            for (var i = 0; i < size && enumerator.MoveNext(); i++)
            {
                (lefts[i], rights[i]) = enumerator.Current;
            }

            var offset = start;
            Parallel.For(0, size, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                var pattern = patternOf[offset + i];
                var weight = scorer.Weight(lefts[i], rights[i], patternVectors[pattern & ~SwappedBit], (pattern & SwappedBit) != 0);
                weights[i] = scorer.RuleApplies(lefts[i], rights[i]) ? Math.Max(weight, thresholds.Match) : weight;
            });
            for (var i = 0; i < size; i++)
            {
                var (left, right) = (lefts[i], rights[i]);
                var rule = scorer.RuleApplies(left, right) ? "identifier" : null;
                var decision = rule is null ? thresholds.Decide(weights[i]) : MatchDecision.Match;
                if (decision == MatchDecision.NonMatch)
                {
                    continue;
                }

                var pattern = patternOf[start + i];
                var (vector, swapped) = (patternVectors[pattern & ~SwappedBit], (pattern & SwappedBit) != 0);
                pairs.Add(new ScoredPair(records[left].Id, records[right].Id, weights[i], decision, swapped, rule,
                    scorer.ExplainLater(left, right, vector, swapped)));
                keptKeys.Add(PairKey.Of(left, right));
                keptWeights.Add(weights[i]);
                if (decision == MatchDecision.Match)
                {
                    links.Add(new ScoredLink(left, right, weights[i]));
                }
            }
        }

        return (pairs, links, keptKeys, keptWeights);
    }

    /// <summary>
    /// Pairs across agencies are decided again with what the pairs alone do not say: an agency records a person
    /// once, apart from copies (<see cref="SourceLinks.Posteriors"/>). A match that namesakes in the other record's
    /// agency contest goes to review; a review pair that no one contests, between records that their agencies'
    /// match rates say probably have a match there, is linked. The identifier rule is never undone.
    /// </summary>
    private (List<ScoredLink>, List<ScoredPair>) DecidedPerAgency(
        StandardisedRecord[] records, List<ScoredLink> links, List<ScoredPair> pairs, List<long> keptKeys, List<double> keptWeights,
        List<string> sources, double prior, MatchThresholds thresholds, PairScorer scorer, Func<int, int, double> score)
    {
        var candidates = new List<ScoredLink>(keptKeys.Count);
        for (var i = 0; i < keptKeys.Count; i++)
        {
            var (left, right) = PairKey.Split(keptKeys[i]);
            candidates.Add(new ScoredLink(left, right, keptWeights[i]));
        }


        var posteriors = SourceLinks.Posteriors(candidates, sources, prior, (x, y) => score(x, y) >= thresholds.Match, SourceLinks.MatchedShare(links, sources));
        bool Linked(ScoredLink c) =>
            !posteriors.TryGetValue((c.Left, c.Right), out var posterior) || posterior >= Options.MatchProbability || scorer.RuleApplies(c.Left, c.Right);
        var decided = links.Where(l => sources[l.Left] == sources[l.Right]).Concat(candidates.Where(c => sources[c.Left] != sources[c.Right] && Linked(c))).ToList();
        var decisions = decided.Select(l => (records[l.Left].Id, records[l.Right].Id)).ToHashSet();
        return (decided, pairs.Select(p => (p.Decision == MatchDecision.Match) == decisions.Contains((p.LeftId, p.RightId)) ? p
            : p with { Decision = p.Decision == MatchDecision.Match ? MatchDecision.Review : MatchDecision.Match }).ToList());
    }

    /// <summary>
    /// u on random pairs (the population), m by MAP-EM over one session per blocking pass with u fixed, then the
    /// population's prior from the candidates: weights and thresholds both refer to the whole population.
    /// </summary>
    private (MatchParameters, EmResult) Estimate(StandardisedRecord[] distinct, RecordComparator comparator, EstimationCounts counts)
    {
        var schema = comparator.Schema;
        var randomPairs = RandomPairSampler.Estimate(distinct, comparator, Options.Mode, Options.RandomPairs, Options.Seed);
        var priors = ParameterPriors.Create(schema, randomPairs.U, Options.PriorStrength);
        var start = new MatchParameters(schema, priors.M, randomPairs.U, 0.1, randomPairs.Conditional);
        var estimation = ExpectationMaximisation.Estimate(counts.Sessions(schema, Options.BlockingPasses), start, fixU: true, priors);
        var fitted = estimation.Parameters;
        var m = fitted.M.Select(a => a.ToArray()).ToArray();
        DisagreementCaps.Apply(schema, m);
        var capped = new MatchParameters(schema, m, [.. fitted.U], fitted.Prior, fitted.Conditional);
        var prior = PopulationPrior.Estimate(counts.AllPatterns(), capped, RandomPairSampler.PossiblePairs(distinct, Options.Mode));
        return (new MatchParameters(schema, m, [.. fitted.U], prior, fitted.Conditional), estimation);
    }

    private (int[] GroupOf, StandardisedRecord[] Distinct) IdentityGroups(StandardisedRecord[] records)
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupOf = new int[records.Length];
        var distinct = new List<StandardisedRecord>();
        for (var i = 0; i < records.Length; i++)
        {
            var r = records[i];
            var signature = string.Join('\u001f', Options.Mode == LinkageMode.AcrossSources ? r.Source : "",
                r.GivenName.Joined, r.FamilyName.Joined, r.BirthDate?.ToString() ?? "", r.Sex, r.Nationality, r.Street, r.City,
                r.Postcode, r.Phone, r.Identifier);
            if (!groups.TryGetValue(signature, out var group))
            {
                groups[signature] = group = distinct.Count;
                distinct.Add(r);
            }

            groupOf[i] = group;
        }

        return (groupOf, [.. distinct]);
    }

    private (List<Person>, List<LinkedPair>) Persons(
        StandardisedRecord[] records, int[] labels, IReadOnlyDictionary<string, string> previousKeys,
        Func<int, int, double> score)
    {
        var groups = Enumerable.Range(0, records.Length).GroupBy(i => labels[i]).Select(g => g.ToList()).ToList();
        var keys = PersonKeys.Assign(
            groups.Select(g => (IReadOnlyList<string>)g.Select(i => records[i].Id).ToList()).ToList(), previousKeys);
        var persons = new List<Person>(groups.Count);
        var linked = new List<LinkedPair>();
        for (var c = 0; c < groups.Count; c++)
        {
            var members = groups[c];
            persons.Add(new Person(keys[c], members.Select(i => records[i].Id).ToList()));
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    var (left, right) = (members[a], members[b]);
                    if (Options.Mode == LinkageMode.AcrossSources && records[left].Source == records[right].Source)
                    {
                        continue;
                    }

                    linked.Add(new LinkedPair(records[left].Id, records[right].Id, score(left, right)));
                }
            }
        }

        return (persons, linked);
    }

    private static void UniqueIds(IEnumerable<string> ids)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                throw new ArgumentException($"Record id '{id}' appears twice.", nameof(ids));
            }
        }
    }

    /// <summary>
    /// The records standardised as <see cref="Run(LinkageRequest)"/> does, each distinct name once: a caller holding
    /// a national population can standardise, release the records as entered, and link what this returns.
    /// </summary>
    public static StandardisedRecord[] Standardise(IReadOnlyList<PersonRecord> records)
    {
        var standardised = new StandardisedRecord[records.Count];
        var names = new NameCache();
        Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            i => standardised[i] = StandardisedRecord.From(records[i], names));
        return standardised;
    }

    private static IEnumerable<LinkageField> PresentFields(StandardisedRecord[] records)
    {
        var comparator = new RecordComparator(new ComparisonSchema(LinkageFields.All));
        var present = new HashSet<LinkageField>();
        Span<byte> levels = stackalloc byte[LinkageFields.All.Count];
        foreach (var record in records)
        {
            comparator.Compare(record, record, levels);
            for (var f = 0; f < levels.Length; f++)
            {
                if (levels[f] != ComparisonLevel.Missing)
                {
                    present.Add(LinkageFields.All[f]);
                }
            }
        }

        return present.Count == 0 ? [LinkageField.FamilyName] : present;
    }

    private static Dictionary<string, int> IndexById(StandardisedRecord[] records)
    {
        var index = new Dictionary<string, int>(records.Length, StringComparer.Ordinal);
        for (var i = 0; i < records.Length; i++)
        {
            index[records[i].Id] = i;
        }

        return index;
    }

    // Decisions about records that are no longer in the input are ignored.
    private static List<(int Left, int Right)> Indexes(IEnumerable<RecordPair> pairs, Dictionary<string, int> indexOf) =>
        pairs.Where(p => indexOf.ContainsKey(p.LeftId) && indexOf.ContainsKey(p.RightId))
            .Select(p => (indexOf[p.LeftId], indexOf[p.RightId]))
            .ToList();
}
