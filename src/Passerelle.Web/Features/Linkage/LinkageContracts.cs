namespace Passerelle.Web.Features.Linkage;

public sealed record LinkageRunView(
    Guid Id, string Trigger, DateTime StartedAt, DateTime FinishedAt,
    int Cases, int CandidatePairs, int Matches, int ReviewPairs, int Persons, double MatchThreshold, double ReviewThreshold);

/// <summary>
/// One side of a pair as the coordinator reviews it: non-identifying facts only (agency, birth year, sex,
/// nationality, date of detection), never a name, a full birth date or a phone. The per-field agreement levels and
/// weights of the pair say how the identities compare without showing them (issue 13, "review without exposure").
/// </summary>
public sealed record LinkageRecordView(
    Guid CaseId, string Reference, string Agency, int? BirthYear, string Sex, string? Nationality, DateOnly DetectedOn);

public sealed record FieldWeightView(string Field, string Level, double Weight);

public sealed record LinkagePairView(
    Guid Id, string Status, double Weight, bool CrossAgency,
    LinkageRecordView Left, LinkageRecordView Right, IReadOnlyList<FieldWeightView> Fields, DateTime? DecidedAt);

/// <summary>What the agency holding a case learns: only that the person is also recorded by another agency.</summary>
public sealed record CaseLinkageView(bool RecordedElsewhere);
