using Passerelle.Domain.Qualification;

namespace Passerelle.Domain.Tests.Qualification;

public class RecordedChargesTests
{
    [Theory(DisplayName = "Criminal Code 225-4-1 to 225-4-9 and 225-5 to 225-10: recorded charges are trafficking, procuring, both or neither")]
    [InlineData(new[] { "225-4-1" }, ChargedQualification.Trafficking)]
    [InlineData(new[] { "art. 225-4-3 CP" }, ChargedQualification.Trafficking)]
    [InlineData(new[] { "225-5" }, ChargedQualification.Procuring)]
    [InlineData(new[] { "225-7-1", "225-10" }, ChargedQualification.Procuring)]
    [InlineData(new[] { "225-4-1", "225-5" }, ChargedQualification.Both)]
    [InlineData(new[] { "225-12-1" }, ChargedQualification.None)]
    [InlineData(new string[0], ChargedQualification.None)]
    public void Classify_ReadsTheArticles(string[] charged, ChargedQualification expected) =>
        Assert.Equal(expected, RecordedCharges.Classify(charged));

    [Theory(DisplayName = "Criminal Code 225-4-1 and 225-5 (OSCE ¶31, ¶57): procuring charged alone while trafficking is indicated raises the warning")]
    [InlineData(new[] { "225-5" }, true, true)]
    [InlineData(new[] { "225-5" }, false, false)] // nothing points to trafficking
    [InlineData(new[] { "225-5", "225-4-1" }, true, false)] // both are charged
    [InlineData(new[] { "225-4-1" }, true, false)]
    [InlineData(new string[0], true, false)] // nothing charged yet
    public void PimpingOnlyWarning_OnTheRecordedCharges(string[] charged, bool traffickingIndicated, bool warned)
    {
        var warning = RecordedCharges.PimpingOnlyWarning(charged, traffickingIndicated);

        Assert.Equal(warned, warning is not null);
        if (warned)
        {
            Assert.Equal(QualificationWarningCode.PimpingChargedWhereTrafficking, warning!.Code);
            Assert.Contains("225-4-1", warning.LegalReference, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WireNames_AreKebabCase() =>
        Assert.Equal(["none", "trafficking", "procuring", "both"], Enum.GetValues<ChargedQualification>().Select(v => Passerelle.Domain.Texts.KebabCase.Of(v)));
}
