using Passerelle.Domain.Deadlines;

namespace Passerelle.Domain.Children;

/// <summary>Serialized in kebab-case.</summary>
public enum MissingEpisodeStatus
{
    Reported = 1,
    Found = 2,
    Closed = 3,
}

/// <summary>Who a disappearance is reported to at once. Serialized in kebab-case.</summary>
public enum AlertRecipient
{
    LeadAgency = 1,
    Police = 2,
    NationalFocalPoint = 3,
}

/// <summary>
/// A child gone missing (unaccompanied minors placed in hotels disappear, DOMAIN.md section 6): reported, then found,
/// then closed; or closed without being found, with a reason.
/// </summary>
public sealed class MissingEpisode
{
    /// <summary>Every disappearance alerts all three, immediately (<see cref="DeadlineRule.MissingChildAlert"/>).</summary>
    public static readonly IReadOnlyList<AlertRecipient> AlertRecipients =
        [AlertRecipient.LeadAgency, AlertRecipient.Police, AlertRecipient.NationalFocalPoint];

    private MissingEpisode(DateTimeOffset reportedAt, string lastSeenAt, string reportedBy)
    {
        ReportedAt = reportedAt;
        LastSeenAt = lastSeenAt;
        ReportedBy = reportedBy;
    }

    public MissingEpisodeStatus Status { get; private set; } = MissingEpisodeStatus.Reported;

    public DateTimeOffset ReportedAt { get; }

    /// <summary>Where the child was last seen (a hotel, a placement, a town).</summary>
    public string LastSeenAt { get; }

    public string ReportedBy { get; }

    public DateTimeOffset? FoundAt { get; private set; }

    public string? FoundWhere { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosingReason { get; private set; }

    public bool IsOpen => Status == MissingEpisodeStatus.Reported;

    public static MissingEpisode Report(DateTimeOffset reportedAt, string lastSeenAt, string reportedBy)
    {
        if (string.IsNullOrWhiteSpace(lastSeenAt))
        {
            throw DomainRuleException.Invalid("lastSeenAt", "missing.where", "Say where the child was last seen.");
        }

        if (string.IsNullOrWhiteSpace(reportedBy))
        {
            throw DomainRuleException.Invalid("reportedBy", "missing.who", "Say who reported the disappearance.");
        }

        return new(reportedAt, lastSeenAt.Trim(), reportedBy.Trim());
    }

    public void MarkFound(DateTimeOffset at, string? where = null)
    {
        if (Status != MissingEpisodeStatus.Reported)
        {
            throw DomainRuleException.Conflict("missing.illegal-transition", "Only a child still missing can be found.");
        }

        CheckAfterReport(at, "foundAt");
        Status = MissingEpisodeStatus.Found;
        FoundAt = at;
        FoundWhere = string.IsNullOrWhiteSpace(where) ? null : where.Trim();
    }

    /// <param name="reason">Required when the child was not found (turned 18, located abroad and handed to that country…).</param>
    public void Close(DateTimeOffset at, string? reason = null)
    {
        if (Status == MissingEpisodeStatus.Closed)
        {
            throw DomainRuleException.Conflict("missing.illegal-transition", "The episode is already closed.");
        }

        if (Status == MissingEpisodeStatus.Reported && string.IsNullOrWhiteSpace(reason))
        {
            throw DomainRuleException.Invalid("reason", "missing.reason", "Closing while the child is still missing needs a reason.");
        }

        CheckAfterReport(at, "closedAt");
        if (FoundAt is { } found && at < found)
        {
            throw DomainRuleException.Invalid("closedAt", "missing.date", "An episode is closed after the child was found.");
        }

        Status = MissingEpisodeStatus.Closed;
        ClosedAt = at;
        ClosingReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    /// <summary>The fact the deadline engine needs; <paramref name="alertedOn"/> is when the alert went out.</summary>
    public MissingEpisodeFact ToDeadlineFact(string reference, DateOnly? alertedOn) =>
        new(reference, DateOnly.FromDateTime(ReportedAt.DateTime), alertedOn);

    private void CheckAfterReport(DateTimeOffset at, string field)
    {
        if (at < ReportedAt)
        {
            throw DomainRuleException.Invalid(field, "missing.date", "This cannot come before the disappearance was reported.");
        }
    }
}
