using Passerelle.Domain.Agencies;
using Passerelle.Domain.Children;

namespace Passerelle.Web.Features.Children;

/// <summary>Body of <c>PUT …/child-protection/lead-agency</c>: a child-welfare agency.</summary>
public sealed record LeadAgencyInput(Guid? AgencyId);

/// <summary>Body of <c>PUT …/child-protection/guardian</c>. <c>appointedOn</c> defaults to today.</summary>
public sealed record GuardianInput(GuardianKind? Kind, string? Name, DateOnly? AppointedOn);

/// <summary>Body of <c>POST …/child-protection/age-assessments</c>.</summary>
public sealed record AgeAssessmentInput(DateOnly? On, AgeAssessmentMethod? Method, AgeAssessmentResult? Result, string? AssessedBy);

/// <summary>Body of <c>POST …/child-protection/best-interests</c>. <c>on</c> defaults to today.</summary>
public sealed record BestInterestsInput(DateOnly? On, List<string>? Participants, string? Conclusion);

/// <summary>Body of <c>PUT …/child-protection/durable-solution</c>; <c>country</c> for relocation and return.</summary>
public sealed record DurableSolutionInput(DurableSolutionType? Type, DateOnly? DecidedOn, string? Country);

/// <summary>Body of <c>POST …/missing-episodes</c>. <c>reportedAt</c> defaults to now.</summary>
public sealed record MissingReportInput(DateTimeOffset? ReportedAt, string? LastSeenAt, string? ReportedBy);

/// <summary>Body of <c>POST …/missing-episodes/{episodeId}/found</c> (both optional) and <c>…/close</c> (<c>at</c>, and a reason if not found).</summary>
public sealed record MissingUpdateInput(DateTimeOffset? At, string? Where, string? Reason);

public sealed record LeadAgencyView(Guid Id, string Name, AgencyType Type);

/// <summary><c>name</c> is left out of the coordinator's pseudonymised view.</summary>
public sealed record GuardianView(GuardianKind Kind, string? Name, DateOnly AppointedOn);

public sealed record AgeAssessmentView(Guid Id, DateOnly On, AgeAssessmentMethod Method, AgeAssessmentResult Result, string? AssessedBy, bool Conclusive);

public sealed record BestInterestsView(Guid Id, DateOnly On, IReadOnlyList<string>? Participants, string? Conclusion);

public sealed record DurableSolutionView(DurableSolutionType Type, DateOnly DecidedOn, string? Country);

public sealed record MissingEpisodeView(
    Guid Id, MissingEpisodeStatus Status, DateTimeOffset ReportedAt, DateOnly ReportedOn, string LastSeenAt, string ReportedBy,
    DateTimeOffset? AlertedAt, int AlertedUsers, DateTimeOffset? FoundAt, string? FoundWhere, DateTimeOffset? ClosedAt, string? ClosingReason);

/// <param name="IsChild">Under 18, or age disputed and not conclusively assessed as adult: the child mechanism applies.</param>
/// <param name="LeadAgency">The lead set, or by default the holding agency when it is a child-welfare agency.</param>
/// <param name="LeadAgencyByDefault">The lead is the child-welfare holding agency, not one set by hand.</param>
/// <param name="LeadAgencyMissing">A warning: a child's case with no child-welfare agency leading it (a missing-child alert then goes to the département's child welfare).</param>
/// <param name="CanDecide">Whether the signed-in user may record the guardian, best-interests determinations and durable solution.</param>
public sealed record ChildProtectionView(
    Guid CaseId,
    string Reference,
    bool IsChild,
    AgeBasis AgeBasis,
    LeadAgencyView? LeadAgency,
    bool LeadAgencyByDefault,
    bool LeadAgencyMissing,
    bool CanDecide,
    GuardianView? Guardian,
    IReadOnlyList<AgeAssessmentView> AgeAssessments,
    IReadOnlyList<BestInterestsView> BestInterestsDeterminations,
    DurableSolutionView? DurableSolution,
    IReadOnlyList<MissingEpisodeView> MissingEpisodes,
    int Version);
