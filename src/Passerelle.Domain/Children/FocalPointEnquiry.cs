using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Geography;

namespace Passerelle.Domain.Children;

/// <summary>
/// An enquiry from another country to the National Focal Point about a child (DOMAIN.md section 6), with its own
/// deadline: the date the requesting authority asked for, or <see cref="DeadlineCalculator.FocalPointEnquiryDays"/>
/// days from receipt.
/// </summary>
public sealed class FocalPointEnquiry
{
    public const int TextMaxLength = 4000;

    private FocalPointEnquiry(string country, string authority, DateOnly receivedOn, string subject, Guid? linkedCaseId, DateOnly? requestedBy)
    {
        Country = country;
        Authority = authority;
        ReceivedOn = receivedOn;
        Subject = subject;
        LinkedCaseId = linkedCaseId;
        RequestedBy = requestedBy;
    }

    /// <summary>ISO 3166-1 alpha-2 code of the requesting country.</summary>
    public string Country { get; }

    public string Authority { get; }

    public DateOnly ReceivedOn { get; }

    public string Subject { get; }

    public Guid? LinkedCaseId { get; private set; }

    public DateOnly? RequestedBy { get; }

    public string? Answer { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    public DateOnly DueOn => DeadlineEngine.EnquiryDueOn(ToDeadlineFact(""));

    public static FocalPointEnquiry Receive(string country, string authority, DateOnly receivedOn, string subject, Guid? linkedCaseId = null, DateOnly? requestedBy = null)
    {
        if (!Countries.IsKnown(country))
        {
            throw DomainRuleException.Invalid("country", "enquiry.country", "The requesting country is an ISO 3166-1 alpha-2 code, such as RO or NG.");
        }

        if (string.IsNullOrWhiteSpace(authority))
        {
            throw DomainRuleException.Invalid("authority", "enquiry.authority", "Name the requesting authority.");
        }

        if (string.IsNullOrWhiteSpace(subject) || subject.Length > TextMaxLength)
        {
            throw DomainRuleException.Invalid("subject", "enquiry.subject", $"Say what the enquiry is about (at most {TextMaxLength} characters).");
        }

        if (requestedBy < receivedOn)
        {
            throw DomainRuleException.Invalid("requestedBy", "enquiry.date", "The requested answer date cannot be before the enquiry was received.");
        }

        return new(country.ToUpperInvariant(), authority.Trim(), receivedOn, subject.Trim(), linkedCaseId, requestedBy);
    }

    public void LinkCase(Guid caseId) => LinkedCaseId = caseId;

    public void Reply(string answer, DateOnly on)
    {
        if (AnsweredOn is not null)
        {
            throw DomainRuleException.Conflict("enquiry.already-answered", "The enquiry was already answered.");
        }

        if (string.IsNullOrWhiteSpace(answer) || answer.Length > TextMaxLength)
        {
            throw DomainRuleException.Invalid("answer", "enquiry.answer", $"Write the answer (at most {TextMaxLength} characters).");
        }

        if (on < ReceivedOn)
        {
            throw DomainRuleException.Invalid("answeredOn", "enquiry.date", "An enquiry is answered after it was received.");
        }

        Answer = answer.Trim();
        AnsweredOn = on;
    }

    public DeadlineStatus StatusOn(DateOnly today) =>
        new Deadline(DeadlineRule.FocalPointEnquiry, ReceivedOn, DueOn, AnsweredOn).StatusOn(today);

    public EnquiryFact ToDeadlineFact(string reference) => new(reference, ReceivedOn, RequestedBy, AnsweredOn);
}
