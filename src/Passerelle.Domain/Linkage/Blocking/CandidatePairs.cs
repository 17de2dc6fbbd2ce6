namespace Passerelle.Domain.Linkage.Blocking;

/// <summary>
/// Candidate pairs as record indexes (<c>Left &lt; Right</c>), with the number each pass found.
/// <see cref="PassesOf"/>[i] has bit p set when pass p grouped pair i (a pair is often grouped by several).
/// </summary>
public sealed record CandidatePairs(
    IReadOnlyList<(int Left, int Right)> Pairs, IReadOnlyList<PassCount> Passes, IReadOnlyList<int> PassesOf);

public sealed record PassCount(string Name, long PairsFound, int OversizedBlocksSkipped);
