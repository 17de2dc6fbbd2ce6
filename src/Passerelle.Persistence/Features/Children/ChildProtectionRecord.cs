using Passerelle.Domain.Children;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Children;

/// <summary>
/// The child mechanism of one case: its lead child-welfare agency, guardian and durable solution. The guardian's
/// name identifies a family member or a professional close to the child: encrypted.
/// </summary>
public sealed class ChildProtectionRecord : ICaseFact, IVersioned
{
    public Guid CaseId { get; init; }
    public Guid? LeadAgencyId { get; set; }
    public GuardianKind? GuardianKind { get; set; }
    public string? ProtectedGuardianName { get; set; }
    public DateOnly? GuardianAppointedOn { get; set; }
    public DurableSolutionType? SolutionType { get; set; }
    public DateOnly? SolutionDecidedOn { get; set; }
    public string? SolutionCountry { get; set; }
    public int Version { get; set; }
}

public sealed class AgeAssessmentRecord : ICaseFact
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public DateOnly On { get; init; }
    public AgeAssessmentMethod Method { get; init; }
    public AgeAssessmentResult Result { get; init; }
    public string? AssessedBy { get; init; }
    public Guid RecordedBy { get; init; }

    public AgeAssessment ToDomain() => new(On, Method, Result, AssessedBy);
}

/// <summary>Participants and conclusion describe the child's situation: encrypted.</summary>
public sealed class BestInterestsRecord : ICaseFact
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public DateOnly On { get; init; }
    public string ProtectedParticipants { get; init; } = "";
    public string ProtectedConclusion { get; init; } = "";
    public Guid RecordedBy { get; init; }
}

/// <summary>
/// A disappearance. <see cref="ReportedOn"/> is a plain column so statistics can count children missing in a period
/// without reading timestamps.
/// </summary>
public sealed class MissingEpisodeRecord : ICaseFact
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public DateOnly ReportedOn { get; init; }
    public DateTimeOffset ReportedAt { get; init; }
    public string LastSeenAt { get; init; } = "";
    public string ReportedBy { get; init; } = "";
    public Guid RecordedBy { get; init; }

    /// <summary>The detecting agency if it was the police or gendarmerie, which is alerted too.</summary>
    public Guid? DetectingAgencyId { get; init; }

    public MissingEpisodeStatus Status { get; set; } = MissingEpisodeStatus.Reported;
    public DateTimeOffset? FoundAt { get; set; }
    public string? FoundWhere { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosingReason { get; set; }
    public DateTimeOffset? AlertedAt { get; set; }

    public static MissingEpisodeRecord From(Guid caseId, MissingEpisode episode, Guid userId, Guid? detectingAgencyId) => new()
    {
        CaseId = caseId,
        ReportedAt = episode.ReportedAt,
        ReportedOn = DateOnly.FromDateTime(episode.ReportedAt.UtcDateTime),
        LastSeenAt = episode.LastSeenAt,
        ReportedBy = episode.ReportedBy,
        RecordedBy = userId,
        DetectingAgencyId = detectingAgencyId,
    };

    /// <summary>Replays the stored episode into the domain, which decides the next transition.</summary>
    public MissingEpisode ToDomain()
    {
        var episode = MissingEpisode.Report(ReportedAt, LastSeenAt, ReportedBy);
        if (FoundAt is { } found)
        {
            episode.MarkFound(found, FoundWhere);
        }

        if (ClosedAt is { } closed)
        {
            episode.Close(closed, ClosingReason ?? (FoundAt is null ? "-" : null));
        }

        return episode;
    }

    public void CopyFrom(MissingEpisode episode)
    {
        Status = episode.Status;
        FoundAt = episode.FoundAt;
        FoundWhere = episode.FoundWhere;
        ClosedAt = episode.ClosedAt;
        ClosingReason = episode.ClosingReason;
    }
}
