namespace Passerelle.Web.Features.Linkage;

public sealed record LinkageRunView(
    Guid Id, string Trigger, DateTime StartedAt, DateTime FinishedAt,
    int Cases, int CandidatePairs, int Matches, int ReviewPairs, int Persons, double MatchThreshold, double ReviewThreshold);

/// <summary>One side of a pair, with the values the engine compared. Shown to the coordinator only.</summary>
public sealed record LinkageRecordView(
    Guid CaseId, string Reference, string Agency, string? GivenName, string? FamilyName, string? BirthDate,
    string Sex, string? Nationality, string? Phone);

public sealed record FieldWeightView(string Field, string Level, double Weight);

public sealed record LinkagePairView(
    Guid Id, string Status, double Weight, bool CrossAgency,
    LinkageRecordView Left, LinkageRecordView Right, IReadOnlyList<FieldWeightView> Fields, DateTime? DecidedAt);

/// <summary>What the agency holding a case learns: only that the person is also recorded by another agency.</summary>
public sealed record CaseLinkageView(bool RecordedElsewhere);
