using Passerelle.Domain.Referrals;
using Passerelle.Domain.Screening;

namespace Passerelle.Domain.Tests.Referrals;

public class ReferralConsentTests
{
    private static readonly DateOnly SentOn = new(2026, 4, 2);

    [Fact]
    public void Adult_WithoutConsent_IsRefused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Referral.Send(ServiceType.LegalAid, Population.Adult, SentOn, consent: null));

        Assert.Equal((DomainRuleKind.Invalid, "consent", "referral.consent"), (refused.Kind, refused.Field, refused.Code));
    }

    [Fact]
    public void Adult_WithConsent_IsSent()
    {
        var consent = new InformedConsent(SentOn, "Edo", "Interpreter and case worker J. Okoro");

        var referral = Referral.Send(ServiceType.LegalAid, Population.Adult, SentOn, consent);

        Assert.Equal((ReferralStatus.Sent, consent), (referral.Status, referral.Consent));
        Assert.False(referral.AwaitsGuardianNotice);
    }

    [Theory]
    [InlineData(1, "English", "J. Okoro", "consentGivenOn")] // after the referral was sent
    [InlineData(0, "", "J. Okoro", "consentLanguage")]
    [InlineData(0, "English", " ", "consentExplainedBy")]
    public void Adult_WithIncompleteConsent_NamesTheField(int daysAfterSending, string language, string explainedBy, string field)
    {
        var consent = new InformedConsent(SentOn.AddDays(daysAfterSending), language, explainedBy);

        var refused = Assert.Throws<DomainRuleException>(() => Referral.Send(ServiceType.Medical, Population.Adult, SentOn, consent));

        Assert.Equal(field, refused.Field);
    }

    [Fact]
    public void Child_NeedsNoConsent_AndTheGuardianNoticeCanFollow()
    {
        var referral = Referral.Send(ServiceType.ChildWelfarePlacement, Population.Child, SentOn, consent: null);

        Assert.Equal(ReferralStatus.Sent, referral.Status);
        Assert.True(referral.AwaitsGuardianNotice);

        referral.RecordGuardianNotice(new(SentOn.AddDays(1), "Ad hoc administrator M. Durand"));

        Assert.False(referral.AwaitsGuardianNotice);
    }

    [Fact]
    public void Child_WithGuardianNotice_DoesNotAwaitIt() =>
        Assert.False(Referral.Send(ServiceType.Medical, Population.Child, SentOn, null, new(SentOn, "ASE 93, guardian")).AwaitsGuardianNotice);

    [Fact]
    public void GuardianNotice_NamesTheGuardian()
    {
        var referral = Referral.Send(ServiceType.Medical, Population.Child, SentOn, null);

        Assert.Equal("guardian", Assert.Throws<DomainRuleException>(() => referral.RecordGuardianNotice(new(SentOn, ""))).Field);
    }
}
