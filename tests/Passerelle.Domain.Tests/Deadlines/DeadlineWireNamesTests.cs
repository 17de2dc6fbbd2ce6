using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Tests.Deadlines;

/// <summary>The web layer serializes enums in kebab-case: these are the strings issue 5 and the calculator API use.</summary>
public class DeadlineWireNamesTests
{
    [Fact]
    public void Rules() => Assert.Equal(
        ["rg-decision", "reflection-period", "aps-expiry", "permit-renewal-alert", "permit-expiry", "exit-pathway-commission", "exit-pathway-renewal", "focal-point-enquiry", "missing-child-alert", "civi-claim-limit", "agrasc-claim-limit"],
        Enum.GetValues<DeadlineRule>().Select(r => KebabCase.Of(r)));

    [Fact]
    public void StatusesAndFilters()
    {
        Assert.Equal(["upcoming", "due-this-week", "overdue", "met"], Enum.GetValues<DeadlineStatus>().Select(s => KebabCase.Of(s)));
        Assert.Equal(["overdue", "week"], Enum.GetValues<DueFilter>().Select(f => KebabCase.Of(f)));
    }

    [Theory]
    [InlineData("rg-decision", DeadlineRule.RgDecision)]
    [InlineData("permit-renewal-alert", DeadlineRule.PermitRenewalAlert)]
    public void Parse(string text, DeadlineRule expected)
    {
        Assert.True(KebabCase.TryParse<DeadlineRule>(text, out var rule));
        Assert.Equal(expected, rule);
    }
}
