using Microsoft.EntityFrameworkCore;
using Passerelle.Domain;
using Passerelle.Domain.Audit;
using Passerelle.Domain.Children;
using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Time;
using Passerelle.Web.Features.Audit;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Http;
using Passerelle.Web.Platform.Persistence;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.FocalPoint;

public enum EnquiryFilter
{
    All,
    Open,
    Overdue,
    Answered,
}

/// <summary>
/// The National Focal Point's log of enquiries from other countries (DOMAIN.md section 6), each due on the date the
/// requesting authority asked for or 30 days from receipt. Only the Focal Point (<see cref="Policies.FocalPoint"/>) calls it.
/// </summary>
public sealed class FocalPointService(PasserelleDbContext db, CurrentUser user, AuditTrail audit, CaseIdentityProtector protector, TimeProvider clock)
{
    public DateOnly Today => clock.Today();

    /// <summary>Open ones first, by due date; the id settles ties so pages never overlap.</summary>
    public async Task<PagedList<EnquiryView>> ListAsync(EnquiryFilter filter, Paging paging, CancellationToken ct)
    {
        var today = Today;
        var query = db.Enquiries.AsNoTracking();
        query = filter switch
        {
            EnquiryFilter.Open => query.Where(e => e.AnsweredOn == null),
            EnquiryFilter.Overdue => query.Where(e => e.AnsweredOn == null && e.DueOn < today),
            EnquiryFilter.Answered => query.Where(e => e.AnsweredOn != null),
            EnquiryFilter.All => query,
        };
        var enquiries = await query.OrderBy(e => e.AnsweredOn != null).ThenBy(e => e.DueOn).ThenBy(e => e.Id).ToPageAsync(paging, ct);
        audit.Record(AuditEventType.EnquiriesListed, details: $"filter={filter} count={enquiries.Items.Count}");
        await audit.CommitAsync(cancellationToken: ct);
        return await enquiries.SelectAsync(page => ViewsAsync(page, ct));
    }

    public async Task<EnquiryView?> GetAsync(Guid id, CancellationToken ct)
    {
        var enquiry = await db.Enquiries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enquiry is null)
        {
            return null;
        }

        audit.Record(AuditEventType.EnquiryViewed, enquiry.LinkedCaseId, EnquiryReference.Of(enquiry));
        await audit.CommitAsync(cancellationToken: ct);
        return (await ViewsAsync([enquiry], ct))[0];
    }

    /// <summary>Logs a new enquiry; throws <see cref="DomainRuleException"/> (400) naming the bad field.</summary>
    public async Task<EnquiryView> ReceiveAsync(EnquiryInput input, CancellationToken ct)
    {
        var receivedOn = input.ReceivedOn ?? Today;
        if (receivedOn > Today)
        {
            throw DomainRuleException.Invalid("receivedOn", "enquiry.date", "An enquiry is logged once received, not in the future.");
        }

        Guid? linkedCaseId = null;
        if (!string.IsNullOrWhiteSpace(input.LinkedCase))
        {
            var reference = input.LinkedCase.Trim().ToUpperInvariant();
            linkedCaseId = await db.Cases.AsNoTracking().VisibleTo(user).Where(c => c.Reference == reference).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct)
                ?? throw DomainRuleException.Invalid("linkedCase", "enquiry.case", "No case has this reference.");
        }

        if (input.Authority?.Length > 200)
        {
            throw DomainRuleException.Invalid("authority", "enquiry.authority", "At most 200 characters.");
        }

        var received = FocalPointEnquiry.Receive(input.Country?.Trim() ?? "", input.Authority ?? "", receivedOn, input.Subject ?? "", linkedCaseId, input.RequestedBy);
        var enquiry = new Enquiry
        {
            Country = received.Country,
            Authority = received.Authority,
            ReceivedOn = received.ReceivedOn,
            RequestedBy = received.RequestedBy,
            DueOn = received.DueOn,
            ProtectedSubject = protector.ProtectText(received.Subject)!,
            LinkedCaseId = linkedCaseId,
            ReceivedBy = user.Id,
        };
        db.Enquiries.Add(enquiry);
        audit.Record(AuditEventType.EnquiryReceived, linkedCaseId, $"{EnquiryReference.Of(enquiry)} country={enquiry.Country} due={enquiry.DueOn:yyyy-MM-dd}");
        await audit.CommitAsync(cancellationToken: ct);
        return (await ViewsAsync([enquiry], ct))[0];
    }

    /// <summary>Null when there is no such enquiry; 409 when it was already answered.</summary>
    public async Task<EnquiryView?> AnswerAsync(Guid id, AnswerInput input, CancellationToken ct)
    {
        var enquiry = await db.Enquiries.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enquiry is null)
        {
            return null;
        }

        var answeredOn = input.AnsweredOn ?? Today;
        if (answeredOn > Today)
        {
            throw DomainRuleException.Invalid("answeredOn", "enquiry.date", "The answer date cannot be in the future.");
        }

        var domain = enquiry.ToDomain(protector.UnprotectText(enquiry.ProtectedSubject)!, protector.UnprotectText(enquiry.ProtectedAnswer));
        domain.Reply(input.Answer ?? "", answeredOn);
        enquiry.ProtectedAnswer = protector.ProtectText(domain.Answer);
        enquiry.AnsweredOn = domain.AnsweredOn;
        enquiry.AnsweredBy = user.Id;
        audit.Record(AuditEventType.EnquiryAnswered, enquiry.LinkedCaseId, $"{EnquiryReference.Of(enquiry)} answered={answeredOn:yyyy-MM-dd} due={enquiry.DueOn:yyyy-MM-dd}");
        await audit.CommitAsync(cancellationToken: ct);
        return (await ViewsAsync([enquiry], ct))[0];
    }

    private async Task<IReadOnlyList<EnquiryView>> ViewsAsync(IReadOnlyList<Enquiry> enquiries, CancellationToken ct)
    {
        var caseIds = enquiries.Where(e => e.LinkedCaseId != null).Select(e => e.LinkedCaseId!.Value).Distinct().ToList();
        var references = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
        var today = Today;
        return [.. enquiries.Select(e =>
        {
            var status = new Deadline(DeadlineRule.FocalPointEnquiry, e.ReceivedOn, e.DueOn, e.AnsweredOn).StatusOn(today);
            return new EnquiryView(
                e.Id, EnquiryReference.Of(e), e.Country, e.Authority, e.ReceivedOn, protector.UnprotectText(e.ProtectedSubject) ?? "",
                e.LinkedCaseId, e.LinkedCaseId is { } linked ? references.GetValueOrDefault(linked) : null,
                e.RequestedBy, e.DueOn, status, status == DeadlineStatus.Overdue, protector.UnprotectText(e.ProtectedAnswer), e.AnsweredOn);
        })];
    }
}
