using Passerelle.Domain.Qualification;
using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Tests.Qualification;

public class QualificationAdvisorTests
{
    private static readonly QualificationFacts Adult = new()
    {
        AgeAtFacts = 25,
        Acts = [TraffickingAct.Recruit, TraffickingAct.Harbour],
        Means = [TraffickingMeans.Deception],
        Purposes = [ExploitationPurpose.ForcedLabour],
    };

    private static readonly QualificationFacts Child = Adult with { AgeAtFacts = 16, Means = [] };

    private static IEnumerable<QualificationWarningCode> Codes(QualificationFacts facts) =>
        QualificationAdvisor.Advise(facts).Warnings.Select(w => w.Code);

    [Fact]
    public void Adult_WithActMeansAndPurpose_IsTrafficking()
    {
        var advice = QualificationAdvisor.Advise(Adult);

        Assert.True(advice.Trafficking);
        Assert.False(advice.Child);
        Assert.Empty(advice.MissingElements);
        Assert.Empty(advice.Warnings);
        Assert.Equal(Penalties.Basic, advice.Penalty);
    }

    [Theory]
    [InlineData(MissingElement.Act)]
    [InlineData(MissingElement.Means)]
    [InlineData(MissingElement.Purpose)]
    public void Adult_MissingAnElement_IsNotTrafficking_AndSaysWhich(MissingElement element)
    {
        var facts = element switch
        {
            MissingElement.Act => Adult with { Acts = [] },
            MissingElement.Means => Adult with { Means = [] },
            MissingElement.Purpose => Adult with { Purposes = [] },
        };

        var advice = QualificationAdvisor.Advise(facts);

        Assert.False(advice.Trafficking);
        Assert.Equal([element], advice.MissingElements);
        Assert.Null(advice.Penalty);
    }

    [Fact]
    public void NoFacts_MissEveryElement() =>
        Assert.Equal([MissingElement.Act, MissingElement.Means, MissingElement.Purpose], QualificationAdvisor.Advise(new QualificationFacts()).MissingElements);

    [Fact]
    public void Child_NeedsNoMeans()
    {
        var advice = QualificationAdvisor.Advise(Child);

        Assert.True(advice.Trafficking);
        Assert.True(advice.Child);
        Assert.Empty(advice.MissingElements);
        Assert.Contains(QualificationWarningCode.ChildNoMeansRequired, advice.Warnings.Select(w => w.Code));
    }

    [Fact]
    public void Child_StillNeedsActAndPurpose() =>
        Assert.Equal([MissingElement.Act, MissingElement.Purpose], QualificationAdvisor.Advise(Child with { Acts = [], Purposes = [] }).MissingElements);

    [Fact]
    public void MinorCircumstance_MakesAChild_WhenTheAgeIsUnknown() =>
        Assert.True(QualificationAdvisor.Advise(Child with { AgeAtFacts = null, Aggravating = [AggravatingCircumstance.Minor] }).Child);

    [Fact]
    public void UnknownAge_IsTreatedAsAnAdult() =>
        Assert.Equal([MissingElement.Means], QualificationAdvisor.Advise(Child with { AgeAtFacts = null }).MissingElements);

    [Fact]
    public void ConsentIrrelevant_WhenTheAdultConsentedButAMeansWasUsed()
    {
        Assert.Contains(QualificationWarningCode.ConsentIrrelevant, Codes(Adult with { Consented = true }));
        Assert.DoesNotContain(QualificationWarningCode.ConsentIrrelevant, Codes(Adult with { Consented = false }));
        Assert.DoesNotContain(QualificationWarningCode.ConsentIrrelevant, Codes(Adult with { Consented = true, Means = [] }));
    }

    [Fact]
    public void ConsentIrrelevant_ForAChild_EvenWithoutMeans() =>
        Assert.Contains(QualificationWarningCode.ConsentIrrelevant, Codes(Child with { Consented = true }));

    [Fact]
    public void ChildNoMeansRequired_OnlyWhenNoMeansIsRecorded()
    {
        Assert.DoesNotContain(QualificationWarningCode.ChildNoMeansRequired, Codes(Child with { Means = [TraffickingMeans.Threat] }));
        Assert.DoesNotContain(QualificationWarningCode.ChildNoMeansRequired, Codes(Adult with { Means = [] }));
    }

    [Fact]
    public void NoBorderCrossingRequired_WhenNoBorderWasCrossed()
    {
        Assert.Contains(QualificationWarningCode.NoBorderCrossingRequired, Codes(Adult with { BorderCrossed = false }));
        Assert.DoesNotContain(QualificationWarningCode.NoBorderCrossingRequired, Codes(Adult with { BorderCrossed = true }));
        Assert.DoesNotContain(QualificationWarningCode.NoBorderCrossingRequired, Codes(Adult));
    }

    [Theory]
    [InlineData("225-5")]
    [InlineData("art. 225-5")]
    [InlineData("225-7 CP")]
    public void PimpingChargedWhereTrafficking_WhenOnlyProcuringIsCharged(string charge)
    {
        var facts = Adult with { Purposes = [ExploitationPurpose.Procuring], Charged = [charge] };

        Assert.Contains(QualificationWarningCode.PimpingChargedWhereTrafficking, Codes(facts));
    }

    [Fact]
    public void PimpingChargedWhereTrafficking_NotWhenTraffickingIsAlsoCharged_OrItsElementsAreNotMet()
    {
        var facts = Adult with { Purposes = [ExploitationPurpose.Procuring], Charged = ["225-5"] };

        Assert.DoesNotContain(QualificationWarningCode.PimpingChargedWhereTrafficking, Codes(facts with { Charged = ["225-5", "225-4-1"] }));
        Assert.DoesNotContain(QualificationWarningCode.PimpingChargedWhereTrafficking, Codes(facts with { Means = [] }));
    }

    [Fact]
    public void ChildProstitutionIsTrafficking_ForAChildExploitedInProstitution()
    {
        Assert.Contains(QualificationWarningCode.ChildProstitutionIsTrafficking, Codes(Child with { Purposes = [ExploitationPurpose.Procuring] }));
        Assert.Contains(QualificationWarningCode.ChildProstitutionIsTrafficking, Codes(Child with { Charged = ["225-12-1"] }));
        Assert.DoesNotContain(QualificationWarningCode.ChildProstitutionIsTrafficking, Codes(Child));
        Assert.DoesNotContain(QualificationWarningCode.ChildProstitutionIsTrafficking, Codes(Adult with { Purposes = [ExploitationPurpose.Procuring] }));
    }

    [Fact]
    public void NonPunishment_NamesTheCompelledOffences()
    {
        var warning = QualificationAdvisor.Advise(Adult with { CompelledOffences = ["theft", " drug dealing "] }).Warnings
            .Single(w => w.Code == QualificationWarningCode.NonPunishment);

        Assert.Contains("(theft, drug dealing)", warning.Text.English, StringComparison.Ordinal);
        Assert.Contains("(theft, drug dealing)", warning.Text.French, StringComparison.Ordinal);
        Assert.DoesNotContain(QualificationWarningCode.NonPunishment, Codes(Adult));
    }

    [Fact]
    public void IssueExample_GivesEveryRelevantWarning()
    {
        var facts = new QualificationFacts
        {
            AgeAtFacts = 16,
            Acts = [TraffickingAct.Recruit, TraffickingAct.Harbour],
            Means = [TraffickingMeans.Deception],
            Purposes = [ExploitationPurpose.Procuring],
            Consented = true,
            BorderCrossed = false,
            Aggravating = [AggravatingCircumstance.OrganisedGroup],
            Charged = ["225-5"],
            CompelledOffences = ["theft"],
        };

        var advice = QualificationAdvisor.Advise(facts);

        Assert.True(advice.Trafficking);
        Assert.Equal(
            [
                QualificationWarningCode.ConsentIrrelevant,
                QualificationWarningCode.NoBorderCrossingRequired,
                QualificationWarningCode.PimpingChargedWhereTrafficking,
                QualificationWarningCode.ChildProstitutionIsTrafficking,
                QualificationWarningCode.NonPunishment,
            ],
            advice.Warnings.Select(w => w.Code));
        Assert.Equal(Penalties.OrganisedGroup, advice.Penalty);
    }

    [Fact(DisplayName = "Non-punishment (OSCE ¶62; CoE art. 26; CPP 40-1): the warning says what French law allows, not a bar")]
    public void NonPunishment_SaysWhatFrenchLawAllows()
    {
        var text = QualificationWarnings.NonPunishment(["theft"]).Text;

        Assert.Contains("no automatic non-punishment rule", text.In(Language.English), StringComparison.Ordinal);
        Assert.Contains("art. 40-1", text.In(Language.English), StringComparison.Ordinal);
        Assert.DoesNotContain("should not be prosecuted", text.In(Language.English), StringComparison.Ordinal);
        Assert.DoesNotContain("ne doit pas être poursuivie", text.In(Language.French), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Criminal Code 225-7-1, 225-12-2, 222-23-1: the child warning names the under-15 offences")]
    public void ChildProstitution_NamesTheUnder15Offences()
    {
        var text = QualificationWarnings.ChildProstitutionIsTrafficking.Text.In(Language.English);

        Assert.Contains("225-7-1", text, StringComparison.Ordinal);
        Assert.Contains("225-12-2", text, StringComparison.Ordinal);
        Assert.Contains("222-23-1", text, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Criminal Code 225-4-2 I 2°: a border crossed without the circumstance ticked raises a warning")]
    public void BorderCrossed_WithoutTheVictimAbroadCircumstance_Warns()
    {
        var crossed = Adult with { BorderCrossed = true };
        Assert.Contains(QualificationWarningCode.VictimAbroadCircumstance, Codes(crossed));
        Assert.DoesNotContain(QualificationWarningCode.VictimAbroadCircumstance,
            Codes(crossed with { Aggravating = [AggravatingCircumstance.VictimAbroadOrOnArrival] }));
        Assert.Equal(Penalties.Aggravated, QualificationAdvisor.Advise(crossed with { Aggravating = [AggravatingCircumstance.VictimAbroadOrOnArrival] }).Penalty);
    }

    [Fact]
    public void EveryWarning_CitesItsLegalReference_InBothLanguages()
    {
        var warnings = new[]
        {
            QualificationWarnings.ConsentIrrelevant,
            QualificationWarnings.ChildNoMeansRequired,
            QualificationWarnings.NoBorderCrossingRequired,
            QualificationWarnings.PimpingChargedWhereTrafficking,
            QualificationWarnings.ChildProstitutionIsTrafficking,
            QualificationWarnings.NonPunishment(["theft"]),
            QualificationWarnings.VictimAbroadCircumstance,
        };

        Assert.Equal(Enum.GetValues<QualificationWarningCode>(), warnings.Select(w => w.Code));
        Assert.All(warnings, w =>
        {
            Assert.Contains("art.", w.Text.In(Language.English), StringComparison.Ordinal);
            Assert.Contains("art.", w.Text.In(Language.French), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(w.LegalReference));
        });
    }

    [Fact]
    public void WarningCodes_HaveTheirStableWireNames() =>
        Assert.Equal(
            ["consent-irrelevant", "child-no-means-required", "no-border-crossing-required", "pimping-charged-where-trafficking", "child-prostitution-is-trafficking", "non-punishment", "victim-abroad-circumstance"],
            Enum.GetValues<QualificationWarningCode>().Select(c => KebabCase.Of(c)));
}
