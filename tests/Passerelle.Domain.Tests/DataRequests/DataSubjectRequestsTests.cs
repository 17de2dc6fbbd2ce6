using Passerelle.Domain.DataRequests;

namespace Passerelle.Domain.Tests.DataRequests;

public sealed class DataSubjectRequestsTests
{
    private static readonly IReadOnlySet<string> Fields = new HashSet<string> { "legalName", "nationality" };

    [Theory(DisplayName = "GDPR art. 12(3): one month from receipt, the same day number or the last day of a shorter month (C. proc. civ. art. 641)")]
    [InlineData("2026-01-31", "2026-02-28")]
    [InlineData("2024-01-31", "2024-02-29")]
    [InlineData("2026-03-31", "2026-04-30")]
    [InlineData("2026-12-15", "2027-01-15")]
    public void DueOn_IsOneMonthLater(string received, string due) =>
        Assert.Equal(DateOnly.Parse(due), DataSubjectRequests.DueOn(DateOnly.Parse(received)));

    [Fact(DisplayName = "Art. 12(3): an extension reaches three months from receipt at most, once, within the first month")]
    public void Extension_IsBounded()
    {
        var received = new DateOnly(2026, 1, 31);
        var due = DataSubjectRequests.DueOn(received);
        Assert.Equal(new DateOnly(2026, 4, 30), DataSubjectRequests.LatestExtendedDueOn(received));
        Assert.Empty(DataSubjectRequests.ValidateExtension(DataRequestStatus.Received, received, due, "Volume.", new DateOnly(2026, 4, 30), due));
        Assert.Contains("until", DataSubjectRequests.ValidateExtension(DataRequestStatus.Received, received, due, "Volume.", new DateOnly(2026, 5, 1), due).Keys);
        Assert.Contains("until", DataSubjectRequests.ValidateExtension(DataRequestStatus.Received, received, due, "Volume.", due, due).Keys);
        Assert.Contains("reason", DataSubjectRequests.ValidateExtension(DataRequestStatus.Received, received, due, " ", new DateOnly(2026, 4, 1), due).Keys);
        Assert.Contains("until", DataSubjectRequests.ValidateExtension(DataRequestStatus.Extended, received, due, "Volume.", new DateOnly(2026, 4, 1), due).Keys);
        Assert.Contains("until", DataSubjectRequests.ValidateExtension(DataRequestStatus.Received, received, due, "Volume.", new DateOnly(2026, 4, 1), due.AddDays(1)).Keys);
    }

    [Fact(DisplayName = "Art. 12(4): a refusal names its ground; a rectification names the fields of the case it corrected")]
    public void Decision_NeedsGroundAndFields()
    {
        Assert.Contains("ground", DataSubjectRequests.ValidateDecision(DataRequestKind.Erasure, DataRequestStatus.Received, DataRequestOutcome.Refused, null, "Non.", null, Fields).Keys);
        Assert.Contains("ground", DataSubjectRequests.ValidateDecision(DataRequestKind.Erasure, DataRequestStatus.Received, DataRequestOutcome.PartiallyGranted, null, "En partie.", null, Fields).Keys);
        Assert.Contains("ground", DataSubjectRequests.ValidateDecision(DataRequestKind.Erasure, DataRequestStatus.Received, DataRequestOutcome.Granted, RefusalGround.Other, "Oui.", null, Fields).Keys);
        Assert.Empty(DataSubjectRequests.ValidateDecision(DataRequestKind.Erasure, DataRequestStatus.Extended, DataRequestOutcome.Refused, RefusalGround.LegalClaims, "Non.", null, Fields));
        Assert.Contains("explanation", DataSubjectRequests.ValidateDecision(DataRequestKind.Access, DataRequestStatus.Received, DataRequestOutcome.Granted, null, "", null, Fields).Keys);
        Assert.Contains("rectifiedFields", DataSubjectRequests.ValidateDecision(DataRequestKind.Rectification, DataRequestStatus.Received, DataRequestOutcome.Granted, null, "Fait.", [], Fields).Keys);
        Assert.Contains("rectifiedFields", DataSubjectRequests.ValidateDecision(DataRequestKind.Rectification, DataRequestStatus.Received, DataRequestOutcome.Granted, null, "Fait.", ["phoneColour"], Fields).Keys);
        Assert.Empty(DataSubjectRequests.ValidateDecision(DataRequestKind.Rectification, DataRequestStatus.Received, DataRequestOutcome.Granted, null, "Fait.", ["legalName"], Fields));
        Assert.Contains("rectifiedFields", DataSubjectRequests.ValidateDecision(DataRequestKind.Access, DataRequestStatus.Received, DataRequestOutcome.Granted, null, "Fait.", ["legalName"], Fields).Keys);
        Assert.Contains("outcome", DataSubjectRequests.ValidateDecision(DataRequestKind.Access, DataRequestStatus.Granted, DataRequestOutcome.Granted, null, "Encore.", null, Fields).Keys);
    }

    [Fact(DisplayName = "Overdue: still open the day after the due date")]
    public void Overdue_TheDayAfter()
    {
        var due = new DateOnly(2026, 2, 28);
        Assert.False(DataSubjectRequests.IsOverdue(DataRequestStatus.Received, due, due));
        Assert.True(DataSubjectRequests.IsOverdue(DataRequestStatus.Extended, due, due.AddDays(1)));
        Assert.False(DataSubjectRequests.IsOverdue(DataRequestStatus.Refused, due, due.AddDays(1)));
    }
}
