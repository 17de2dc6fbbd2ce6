using Passerelle.Domain.Linkage.Blocking;

namespace Passerelle.Domain.Linkage;

public sealed record LinkageOptions
{
    public LinkageMode Mode { get; init; } = LinkageMode.Deduplicate;

    /// <summary>Posterior match probability from which a pair is linked without review.</summary>
    public double MatchProbability { get; init; } = 0.5;

    /// <summary>Posterior match probability from which a pair goes to review; also the cluster-coherence bar.</summary>
    public double ReviewProbability { get; init; } = 0.05;

    /// <summary>Random pairs sampled to estimate u.</summary>
    public int RandomPairs { get; init; } = 20_000;

    /// <summary>Pseudo-pairs per field behind the prior on m (see <c>ParameterPriors</c>).</summary>
    public double PriorStrength { get; init; } = 50;

    /// <summary>Adjust exact name agreement by the name's frequency (see <c>NameFrequencies</c>).</summary>
    public bool TermFrequencies { get; init; } = true;

    /// <summary>Equal non-empty identifiers link two records whatever their weight.</summary>
    public bool IdentifierRule { get; init; } = true;

    /// <summary>
    /// Each source is known to be free of duplicates (an agency's register already deduplicated, a reference file):
    /// a record then links to at most one record of each other source, match links taken strongest first (greedy
    /// assignment on the weights). Off by default: agencies do record a person twice, and the engine must reach its
    /// precision without assuming otherwise.
    /// </summary>
    public bool SourcesAreDeduplicated { get; init; }

    public IReadOnlyList<BlockingPass> BlockingPasses { get; init; } = BlockingPass.Defaults;

    public int MaxBlockSize { get; init; } = 500;

    /// <summary>
    /// Blocks larger than this are compared by birth year (years at most one apart, or one unknown) instead of as a
    /// whole (see <c>MultiPassBlocker</c>): common names would otherwise make the pairs grow with the square of the
    /// population.
    /// </summary>
    public int SplitBlockSize { get; init; } = 100;

    public int MaxClusterSize { get; init; } = 50;

    /// <summary>
    /// About how many candidate pairs are generated, sorted and compared at once (see <c>MultiPassBlocker.Block</c>):
    /// the engine streams the candidates chunk by chunk of records and keeps 8 bytes a pair, so that a million
    /// records fit in a few gigabytes. Any value gives the same result; smaller chunks only cost more passes over
    /// the blocks.
    /// </summary>
    public long PairsPerChunk { get; init; } = 4_000_000;

    /// <summary>Seed of the random pair sample: the same input gives the same result.</summary>
    public int Seed { get; init; } = 20_260_101;

    /// <summary>Told the name of each phase of a run as it starts (a benchmark traces memory by phase); changes nothing.</summary>
    public Action<string>? Progress { get; init; }
}
