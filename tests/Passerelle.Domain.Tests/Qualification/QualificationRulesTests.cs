using Passerelle.Domain.Qualification;

namespace Passerelle.Domain.Tests.Qualification;

public class QualificationRulesTests
{
    [Fact]
    public void ValidFacts_HaveNoErrors() =>
        Assert.Empty(QualificationRules.Validate(new QualificationFacts
        {
            AgeAtFacts = 16,
            Acts = [TraffickingAct.Receive],
            Charged = ["225-4-1", "art. 225-12-1"],
            CompelledOffences = ["theft"],
        }));

    [Theory]
    [InlineData(-1)]
    [InlineData(111)]
    public void Age_MustBePlausible(int age) =>
        Assert.Contains("ageAtFacts", QualificationRules.Validate(new QualificationFacts { AgeAtFacts = age }).Keys);

    [Fact]
    public void MinorCircumstance_ContradictingTheAge_IsRefused() =>
        Assert.Contains("aggravating", QualificationRules.Validate(new QualificationFacts
        {
            AgeAtFacts = 20,
            Aggravating = [AggravatingCircumstance.Minor],
        }).Keys);

    [Fact]
    public void Charges_MustBeCriminalCodeArticles()
    {
        var errors = QualificationRules.Validate(new QualificationFacts { Charged = ["pimping", "225-5"] });

        Assert.Equal(["'pimping' is not a Criminal Code article, such as 225-4-1 or 225-5."], errors["charged"]);
    }

    [Fact]
    public void UndefinedEnumValues_AreRefused() =>
        Assert.Contains("acts", QualificationRules.Validate(new QualificationFacts { Acts = [(TraffickingAct)42] }).Keys);

    [Fact]
    public void BlankCompelledOffences_AreRefused() =>
        Assert.Contains("compelledOffences", QualificationRules.Validate(new QualificationFacts { CompelledOffences = [" "] }).Keys);

    [Theory]
    [InlineData("225-5", "225-5")]
    [InlineData("art. 225-12-1", "225-12-1")]
    [InlineData("225-4-1 CP", "225-4-1")]
    [InlineData("article 225-4-1 II", "225-4-1")]
    [InlineData("pimping", null)]
    [InlineData("2255", null)]
    public void CriminalCodeArticles_AreReadFromFreeText(string charge, string? article) =>
        Assert.Equal(article, CriminalCodeArticles.Normalize(charge));
}
