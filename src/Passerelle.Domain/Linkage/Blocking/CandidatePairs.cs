namespace Passerelle.Domain.Linkage.Blocking;

/// <summary>Candidate pairs as record indexes (<c>Left &lt; Right</c>), with the number each pass found.</summary>
public sealed record CandidatePairs(IReadOnlyList<(int Left, int Right)> Pairs, IReadOnlyList<PassCount> Passes);

public sealed record PassCount(string Name, long PairsFound, int OversizedBlocksSkipped);
