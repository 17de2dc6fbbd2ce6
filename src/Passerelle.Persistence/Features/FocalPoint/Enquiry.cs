using Passerelle.Domain.Children;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.FocalPoint;

/// <summary>
/// An enquiry from another country to the National Focal Point. Subject and answer may describe a child:
/// encrypted. <see cref="DueOn"/> is stored so that overdue enquiries can be listed by a query. Receiving or
/// answering one linked to a case recomputes that case's deadlines in the same save.
/// </summary>
public sealed class Enquiry : ILinkedCaseFact, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string Country { get; init; } = "";
    public string Authority { get; init; } = "";
    public DateOnly ReceivedOn { get; init; }
    public DateOnly? RequestedBy { get; init; }
    public DateOnly DueOn { get; init; }
    public string ProtectedSubject { get; init; } = "";
    public Guid? LinkedCaseId { get; set; }
    public Guid ReceivedBy { get; init; }
    public string? ProtectedAnswer { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    public Guid? AnsweredBy { get; set; }
    public int Version { get; set; }

    public FocalPointEnquiry ToDomain(string subject, string? answer)
    {
        var enquiry = FocalPointEnquiry.Receive(Country, Authority, ReceivedOn, subject, LinkedCaseId, RequestedBy);
        if (AnsweredOn is { } on)
        {
            enquiry.Reply(answer ?? "-", on);
        }

        return enquiry;
    }
}
