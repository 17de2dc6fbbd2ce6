using Passerelle.Domain.Children;
using Passerelle.Domain.Deadlines;

namespace Passerelle.Domain.Tests.Children;

public class FocalPointEnquiryTests
{
    private static readonly DateOnly Received = new(2026, 4, 2);

    [Fact]
    public void DueOn_IsThirtyDaysLater_ExtendedPastTheWeekend()
    {
        var enquiry = FocalPointEnquiry.Receive("ro", "Romanian National Agency against Trafficking", Received, "Whereabouts of a 15-year-old girl");

        Assert.Equal(("RO", new DateOnly(2026, 5, 4)), (enquiry.Country, enquiry.DueOn));
        Assert.Equal(DeadlineStatus.Upcoming, enquiry.StatusOn(Received));
        Assert.Equal(DeadlineStatus.Overdue, enquiry.StatusOn(new(2026, 5, 5)));
    }

    [Fact]
    public void DueOn_IsTheDateTheRequesterAskedFor()
    {
        var enquiry = FocalPointEnquiry.Receive("NG", "NAPTIP", Received, "Identity check", requestedBy: new(2026, 4, 8));

        Assert.Equal(new DateOnly(2026, 4, 8), enquiry.DueOn);
        Assert.Equal(DeadlineStatus.DueThisWeek, enquiry.StatusOn(Received));
    }

    [Fact]
    public void Reply_MeetsTheDeadline_Once()
    {
        var enquiry = FocalPointEnquiry.Receive("NG", "NAPTIP", Received, "Identity check", Guid.NewGuid());

        enquiry.Reply("The child is placed with ASE 93 and safe.", new(2026, 4, 20));

        Assert.Equal(DeadlineStatus.Met, enquiry.StatusOn(new(2026, 6, 1)));
        Assert.Equal(DomainRuleKind.Conflict, Assert.Throws<DomainRuleException>(() => enquiry.Reply("Again.", new(2026, 4, 21))).Kind);
    }

    [Theory]
    [InlineData("XX", "NAPTIP", "Identity check", "country")]
    [InlineData("NG", " ", "Identity check", "authority")]
    [InlineData("NG", "NAPTIP", "", "subject")]
    public void Receive_ChecksItsFields(string country, string authority, string subject, string field) =>
        Assert.Equal(field, Assert.Throws<DomainRuleException>(() => FocalPointEnquiry.Receive(country, authority, Received, subject)).Field);

    [Fact]
    public void Reply_BeforeReceipt_IsRefused()
    {
        var enquiry = FocalPointEnquiry.Receive("NG", "NAPTIP", Received, "Identity check");

        Assert.Equal("answeredOn", Assert.Throws<DomainRuleException>(() => enquiry.Reply("Yes.", Received.AddDays(-1))).Field);
    }
}
