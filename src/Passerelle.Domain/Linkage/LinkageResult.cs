using Passerelle.Domain.Linkage.Blocking;
using Passerelle.Domain.Linkage.Scoring;

namespace Passerelle.Domain.Linkage;

/// <param name="Pairs">Candidate pairs decided Match or Review, strongest first, with per-field weights.</param>
/// <param name="Persons">Every record in exactly one person (singletons included), with a stable key.</param>
/// <param name="LinkedPairs">All pairs of records placed in one person (across sources only when linking sources).</param>
public sealed record LinkageResult(
    IReadOnlyList<ScoredPair> Pairs,
    IReadOnlyList<Person> Persons,
    IReadOnlyList<LinkedPair> LinkedPairs,
    MatchParameters Parameters,
    MatchThresholds Thresholds,
    EmResult Estimation,
    CandidatePairs Blocking);

/// <param name="Rule">"identifier" when equal identifiers decided the match, else null.</param>
public sealed record ScoredPair(
    string LeftId,
    string RightId,
    double Weight,
    MatchDecision Decision,
    bool NamesSwapped,
    string? Rule,
    IReadOnlyList<FieldWeight> Explanation);

public sealed record Person(string PersonKey, IReadOnlyList<string> RecordIds);

public sealed record LinkedPair(string LeftId, string RightId, double Weight);
