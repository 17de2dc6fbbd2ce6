using Passerelle.Domain.LegalSteps;

namespace Passerelle.Domain.Tests.LegalSteps;

public class LegalStepRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private static readonly Dictionary<LegalStepKind, DateOnly> None = [];

    [Fact]
    public void RightsInformation_NeedsALanguage_AndWhetherAnInterpreterWasThere()
    {
        var errors = LegalStepRules.Validate(new(LegalStepKind.RightsInformation, Today), Today, None);
        Assert.Contains("language", errors.Keys);
        Assert.Contains("interpreter", errors.Keys);
        Assert.Empty(LegalStepRules.Validate(new(LegalStepKind.RightsInformation, Today, "ro", true), Today, None));
    }

    [Fact]
    public void AStepInTheFuture_IsRefused() =>
        Assert.Contains("on", LegalStepRules.Validate(new(LegalStepKind.RightsInformation, Today.AddDays(1), "en", false), Today, None).Keys);

    [Fact]
    public void TheReceipt_FollowsTheInformationOnRights()
    {
        Assert.Contains("kind", LegalStepRules.Validate(new(LegalStepKind.ReceiptRequested, Today), Today, None).Keys);
        var informed = new Dictionary<LegalStepKind, DateOnly> { [LegalStepKind.RightsInformation] = Today.AddDays(-2) };
        Assert.Contains("on", LegalStepRules.Validate(new(LegalStepKind.ReceiptRequested, Today.AddDays(-3)), Today, informed).Keys);
        Assert.Empty(LegalStepRules.Validate(new(LegalStepKind.ReceiptRequested, Today), Today, informed));
    }

    [Fact]
    public void AReportToTheProsecutor_NamesTheParquet_AndOnlyItHasAnOutcome()
    {
        Assert.Contains("recipient", LegalStepRules.Validate(new(LegalStepKind.ProsecutorReport, Today), Today, None).Keys);
        Assert.Empty(LegalStepRules.Validate(new(LegalStepKind.ProsecutorReport, Today, Recipient: "Parquet de Bobigny", Outcome: ProsecutorOutcome.Pending), Today, None));
        Assert.Contains("outcome", LegalStepRules.Validate(new(LegalStepKind.CripInformation, Today, Recipient: "CRIP 93", Outcome: ProsecutorOutcome.Dismissed, OutcomeOn: Today), Today, None).Keys);
    }

    [Theory]
    [InlineData(ProsecutorOutcome.Pending, null, true)]
    [InlineData(ProsecutorOutcome.Pending, "2026-06-10", false)]
    [InlineData(ProsecutorOutcome.Prosecuted, null, false)]
    [InlineData(ProsecutorOutcome.Prosecuted, "2026-06-01", false)]
    [InlineData(ProsecutorOutcome.Prosecuted, "2026-06-10", true)]
    [InlineData(ProsecutorOutcome.Dismissed, "2026-06-16", false)]
    public void TheProsecutorsAnswer_IsDatedBetweenTheReportAndToday(ProsecutorOutcome outcome, string? on, bool valid)
    {
        DateOnly? outcomeOn = on is null ? null : DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(valid, LegalStepRules.ValidateOutcome(new DateOnly(2026, 6, 5), outcome, outcomeOn, Today).Count == 0);
    }

    [Fact]
    public void ChildChannels_AreForChildrenOnly()
    {
        Assert.True(LegalStepRules.IsForChildren(LegalStepKind.CripInformation));
        Assert.True(LegalStepRules.IsForChildren(LegalStepKind.JudgeOrder));
        Assert.True(LegalStepRules.IsForChildren(LegalStepKind.AdHocAdministrator));
        Assert.False(LegalStepRules.IsForChildren(LegalStepKind.ProsecutorReport));
    }
}
