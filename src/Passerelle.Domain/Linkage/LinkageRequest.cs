namespace Passerelle.Domain.Linkage;

/// <summary>
/// One linkage run over in-memory records. Reviewer decisions from earlier runs are inputs, so they hold in
/// every run: <see cref="RejectedPairs"/> never end up in one person, <see cref="AcceptedPairs"/> always do
/// (unless that would join a rejected pair). <see cref="PreviousPersonKeys"/> (record id → person key) keeps keys stable.
/// </summary>
public sealed record LinkageRequest(IReadOnlyList<PersonRecord> Records)
{
    public IReadOnlyCollection<RecordPair> RejectedPairs { get; init; } = [];

    public IReadOnlyCollection<RecordPair> AcceptedPairs { get; init; } = [];

    public IReadOnlyDictionary<string, string> PreviousPersonKeys { get; init; } = new Dictionary<string, string>();
}

/// <summary>Two record ids, in either order.</summary>
public readonly record struct RecordPair(string LeftId, string RightId);
