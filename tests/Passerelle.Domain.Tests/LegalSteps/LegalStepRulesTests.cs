using Passerelle.Domain.LegalSteps;

namespace Passerelle.Domain.Tests.LegalSteps;

public class LegalStepRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private static readonly Dictionary<LegalStepKind, DateOnly> None = [];

    [Fact(DisplayName = "CESEDA R.425-1: the information on rights records its language, whether an interpreter was there, and who gave it")]
    public void RightsInformation_NeedsALanguage_AnInterpreterAnswer_AndWhoGaveIt()
    {
        var errors = LegalStepRules.Validate(new(LegalStepKind.RightsInformation, Today), Today, None);
        Assert.Contains("language", errors.Keys);
        Assert.Contains("interpreter", errors.Keys);
        Assert.Contains("informedBy", errors.Keys);
        Assert.Contains("informedBy", LegalStepRules.Validate(new(LegalStepKind.RightsInformation, Today, "ro", true, InformedBy: new string('x', 201)), Today, None).Keys);
        Assert.Empty(LegalStepRules.Validate(new(LegalStepKind.RightsInformation, Today, "ro", true, InformedBy: "Commissariat de Saint-Denis, brigadier 1234"), Today, None));

        // Only that step says who informed.
        Assert.Contains("informedBy", LegalStepRules.Validate(new(LegalStepKind.ProsecutorReport, Today, Recipient: "Parquet de Bobigny", InformedBy: "OPJ"), Today, None).Keys);
    }

    [Fact]
    public void AStepInTheFuture_IsRefused() =>
        Assert.Contains("on", LegalStepRules.Validate(new(LegalStepKind.RightsInformation, Today.AddDays(1), "en", false, InformedBy: "BPF 93"), Today, None).Keys);

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

    // Safe relocation (Ac.Sé, seed 000 ¶44; legal review §4 feature 3; CASF L.345-1 for the secure CHRS places).
    [Fact]
    public void ADangerAssessment_NamesWhoAssessed_AndTheLevel_AndOnlyItHasALevel()
    {
        var errors = LegalStepRules.Validate(new(LegalStepKind.DangerAssessment, Today), Today, None);
        Assert.Contains("recipient", errors.Keys);
        Assert.Contains("level", errors.Keys);
        Assert.Empty(LegalStepRules.Validate(new(LegalStepKind.DangerAssessment, Today, Recipient: "Association fictive", Level: DangerLevel.Immediate), Today, None));
        Assert.Contains("level", LegalStepRules.Validate(new(LegalStepKind.ProsecutorReport, Today, Recipient: "Parquet", Level: DangerLevel.High), Today, None).Keys);
    }

    [Fact]
    public void TheRequestForASafePlace_FollowsTheDangerAssessment()
    {
        Assert.Contains("kind", LegalStepRules.Validate(new(LegalStepKind.RelocationRequest, Today, Recipient: "Ac.Sé (ALC)"), Today, None).Keys);
        var assessed = new Dictionary<LegalStepKind, DateOnly> { [LegalStepKind.DangerAssessment] = Today.AddDays(-2) };
        Assert.Contains("on", LegalStepRules.Validate(new(LegalStepKind.RelocationRequest, Today.AddDays(-3), Recipient: "Ac.Sé (ALC)"), Today, assessed).Keys);
        Assert.Contains("recipient", LegalStepRules.Validate(new(LegalStepKind.RelocationRequest, Today), Today, assessed).Keys);
        Assert.Empty(LegalStepRules.Validate(new(LegalStepKind.RelocationRequest, Today, Recipient: "Ac.Sé (ALC)"), Today, assessed));
    }

    [Fact]
    public void AConfidentialPlacement_HasAPlace_AfterTheRequest_AndOnlyItHasAPlace()
    {
        var requested = new Dictionary<LegalStepKind, DateOnly> { [LegalStepKind.DangerAssessment] = Today.AddDays(-5), [LegalStepKind.RelocationRequest] = Today.AddDays(-2) };
        Assert.Contains("place", LegalStepRules.Validate(new(LegalStepKind.ConfidentialPlacement, Today), Today, requested).Keys);
        Assert.Contains("kind", LegalStepRules.Validate(new(LegalStepKind.ConfidentialPlacement, Today, Place: "CHRS fictif"), Today, None).Keys);
        Assert.Contains("on", LegalStepRules.Validate(new(LegalStepKind.ConfidentialPlacement, Today.AddDays(-3), Place: "CHRS fictif"), Today, requested).Keys);
        Assert.Contains("place", LegalStepRules.Validate(new(LegalStepKind.ConfidentialPlacement, Today, Place: new string('x', 201)), Today, requested).Keys);
        Assert.Empty(LegalStepRules.Validate(new(LegalStepKind.ConfidentialPlacement, Today, Place: "CHRS fictif"), Today, requested));
        Assert.Contains("place", LegalStepRules.Validate(new(LegalStepKind.DangerAssessment, Today, Recipient: "X", Level: DangerLevel.Low, Place: "CHRS fictif"), Today, None).Keys);
    }

    [Fact]
    public void TheRelocationSteps_AreTheThreeOfAcSe() =>
        Assert.Equal(
            [LegalStepKind.DangerAssessment, LegalStepKind.RelocationRequest, LegalStepKind.ConfidentialPlacement],
            Enum.GetValues<LegalStepKind>().Where(LegalStepRules.IsRelocation));
}
