using Passerelle.Domain.Proceedings;
using Passerelle.Domain.Statistics.Measures;

namespace Passerelle.Domain.Tests.Statistics;

public class QualificationMeasuresTests
{
    [Theory(DisplayName = "Criminal Code 225-4-1 to 225-4-9 and 225-5 to 225-10 (OSCE ¶31, ¶56–58): recorded charges reach trafficking only, procuring only or both")]
    [InlineData(new[] { "225-4-1" }, "charged-trafficking")]
    [InlineData(new[] { "art. 225-4-2 CP", "225-4-8" }, "charged-trafficking")]
    [InlineData(new[] { "225-5" }, "charged-procuring")]
    [InlineData(new[] { "225-7-1", "225-10" }, "charged-procuring")]
    [InlineData(new[] { "225-4-1", "225-5" }, "charged-both")]
    [InlineData(new[] { "225-12-1" }, "")] // neither trafficking nor procuring
    [InlineData(new string[0], "")]
    public void Charges_ReachOneQualificationMeasure(string[] charged, string expected) =>
        Assert.Equal(expected, Names(QualificationMeasures.Of(charged, ProceedingsOutcome.Pending)));

    [Theory(DisplayName = "CPP art. 706-5: a prosecution is brought when a court or an investigating judge decided; a conviction is counted apart")]
    [InlineData(ProceedingsOutcome.Pending, "")]
    [InlineData(ProceedingsOutcome.Dismissed, "")] // classement sans suite: no prosecution
    [InlineData(ProceedingsOutcome.NoCaseToAnswer, "prosecuted")]
    [InlineData(ProceedingsOutcome.Acquitted, "prosecuted")]
    [InlineData(ProceedingsOutcome.Convicted, "prosecuted convicted")]
    public void Outcome_ReachesProsecutedAndConvicted(ProceedingsOutcome outcome, string expected) =>
        Assert.Equal(expected, Names(QualificationMeasures.Of([], outcome)));

    [Fact(DisplayName = "Criminal Code 225-4-1 and 225-5, CPP art. 706-5: charges and outcome add up")]
    public void ChargesAndOutcome_BothCount() =>
        Assert.Equal("charged-both prosecuted convicted", Names(QualificationMeasures.Of(["225-4-1", "225-6"], ProceedingsOutcome.Convicted)));

    private static string Names(IEnumerable<Measure> measures) => string.Join(' ', measures.Select(m => Passerelle.Domain.Texts.KebabCase.Of(m)));
}
