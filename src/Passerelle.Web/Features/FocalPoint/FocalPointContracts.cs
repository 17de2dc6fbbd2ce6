using Passerelle.Domain.Deadlines;

namespace Passerelle.Web.Features.FocalPoint;

/// <summary>Body of <c>POST /api/v1/focal-point/enquiries</c>. <c>receivedOn</c> defaults to today; <c>linkedCase</c> is a case reference.</summary>
public sealed record EnquiryInput(string? Country, string? Authority, DateOnly? ReceivedOn, string? Subject, string? LinkedCase, DateOnly? RequestedBy);

/// <summary>Body of <c>POST …/enquiries/{id}/answer</c>. <c>answeredOn</c> defaults to today.</summary>
public sealed record AnswerInput(string? Answer, DateOnly? AnsweredOn);

public sealed record EnquiryView(
    Guid Id,
    string Reference,
    string Country,
    string Authority,
    DateOnly ReceivedOn,
    string Subject,
    Guid? LinkedCaseId,
    string? LinkedCaseReference,
    DateOnly? RequestedBy,
    DateOnly DueOn,
    DeadlineStatus Status,
    bool Overdue,
    string? Answer,
    DateOnly? AnsweredOn);

public static class EnquiryReference
{
    /// <summary>A short label for lists and deadlines, such as <c>NFP-2026-0199A3B2</c>.</summary>
    public static string Of(Enquiry enquiry) => $"NFP-{enquiry.ReceivedOn.Year}-{enquiry.Id.ToString("N")[^8..].ToUpperInvariant()}";
}
