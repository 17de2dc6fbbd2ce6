using Passerelle.Domain.Retention;

namespace Passerelle.Domain.Tests.Retention;

public class RetentionScheduleTests
{
    private static readonly RetentionOptions Defaults = new();

    [Fact]
    public void EveryCategory_HasAPeriod_ABasis_AndASource()
    {
        var rules = RetentionSchedule.Rules(Defaults);
        Assert.Equal(Enum.GetValues<DataCategory>().Order(), rules.Select(r => r.Category).Order());
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Period));
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
            Assert.True(Enum.IsDefined(r.Basis));
        });

        // Only the CIVI limit is law; the two years are the CNIL's recommendation; the rest is the operator's choice.
        Assert.Equal(RetentionBasis.Law, rules.Single(r => r.Category == DataCategory.CompensationClaims).Basis);
        Assert.Equal(RetentionBasis.CnilRecommendation, rules.Single(r => r.Category == DataCategory.CaseFile).Basis);
        Assert.Contains("2023-095", rules.Single(r => r.Category == DataCategory.CaseFile).Source, StringComparison.Ordinal);
        Assert.False(rules.Single(r => r.Category == DataCategory.AuditLog).ErasedWithTheCase);
    }

    [Fact(DisplayName = "CNIL 2023-095: an adult's case file, with an old offence, is erasable two years after closure (the day after)")]
    public void AdultCase_TwoYearsAfterClosure()
    {
        var facts = new RetentionFacts(new DateOnly(2024, 3, 1), new DateOnly(2023, 1, 10), "75", OffenceOn: new DateOnly(2020, 6, 1));
        var decision = RetentionSchedule.Decide(facts, Defaults);
        Assert.Equal(new DateOnly(2026, 3, 2), decision.ErasableOn);
        Assert.False(decision.MayErase(new DateOnly(2026, 3, 1)));
        Assert.True(decision.MayErase(new DateOnly(2026, 3, 2)));
    }

    [Fact(DisplayName = "CPP 706-5: the case is kept until the CIVI limit, 3 years from the offence, when that is later than 2 years after closure")]
    public void CiviLimit_HoldsTheCase()
    {
        // Offence on 2025-06-02 (a Monday): the limit is 2028-06-02, a Friday; closed 2025-07-01 → the file alone would go in 2027.
        var facts = new RetentionFacts(new DateOnly(2025, 7, 1), new DateOnly(2025, 6, 20), "93", OffenceOn: new DateOnly(2025, 6, 2));
        var decision = RetentionSchedule.Decide(facts, Defaults);
        Assert.Equal(new DateOnly(2028, 6, 2), decision.Holds.Single(h => h.Category == DataCategory.CompensationClaims).Until);
        Assert.Equal(new DateOnly(2028, 6, 3), decision.ErasableOn);
    }

    [Fact(DisplayName = "CPP 706-5: without an offence date the detection bounds the CIVI period; after a prosecution, 1 year after the final decision")]
    public void CiviLimit_FromDetection_AndFinalDecision()
    {
        var noOffence = RetentionSchedule.Decide(new RetentionFacts(new DateOnly(2025, 1, 6), new DateOnly(2025, 1, 6), "75"), Defaults);
        Assert.Equal(new DateOnly(2028, 1, 6), noOffence.Holds.Single(h => h.Category == DataCategory.CompensationClaims).Until);

        var judged = RetentionSchedule.Decide(
            new RetentionFacts(new DateOnly(2025, 1, 6), new DateOnly(2020, 1, 6), "75", OffenceOn: new DateOnly(2019, 5, 6), FinalDecisionOn: new DateOnly(2027, 3, 1)), Defaults);
        Assert.Equal(new DateOnly(2028, 3, 1), judged.Holds.Single(h => h.Category == DataCategory.CompensationClaims).Until);
    }

    [Fact(DisplayName = "CPP 706-5: for a minor victim the CIVI period runs from majority; a child's case is kept until 21 (policy)")]
    public void ChildCase_KeptUntilMajorityPlusThree_AndTwentyOne()
    {
        // Born in 2010 (latest 31 December 2010): majority at the latest 2028-12-31, CIVI limit 2031-12-31 (a Wednesday).
        var born = RetentionSchedule.LatestBirthDate(2010, null, new DateOnly(2025, 5, 5));
        Assert.Equal(new DateOnly(2010, 12, 31), born);
        var facts = new RetentionFacts(new DateOnly(2026, 1, 5), new DateOnly(2025, 5, 5), "13", OffenceOn: new DateOnly(2025, 4, 1), LatestBirthDate: born, ChildCase: true);
        var decision = RetentionSchedule.Decide(facts, Defaults);
        Assert.Equal(new DateOnly(2031, 12, 31), decision.Holds.Single(h => h.Category == DataCategory.ChildProtection).Until);
        Assert.Equal(new DateOnly(2031, 12, 31), decision.Holds.Single(h => h.Category == DataCategory.CompensationClaims).Until);
        Assert.Equal(new DateOnly(2032, 1, 1), decision.ErasableOn);

        // Unknown age: three years after closure (policy).
        var unknown = RetentionSchedule.Decide(new RetentionFacts(new DateOnly(2026, 1, 5), new DateOnly(2025, 5, 5), "13", ChildCase: true), Defaults);
        Assert.Equal(new DateOnly(2029, 1, 5), unknown.Holds.Single(h => h.Category == DataCategory.ChildProtection).Until);
    }

    [Fact]
    public void LatestBirthDate_ReadsAnEstimateWithAYearsMargin() =>
        Assert.Equal(new DateOnly(2010, 12, 31), RetentionSchedule.LatestBirthDate(null, 16, new DateOnly(2025, 5, 5)));

    [Fact(DisplayName = "Pending proceedings hold the case without an end date; the operator's periods are configurable")]
    public void PendingProceedings_HoldWithoutEnd_AndOptionsChangeThePeriods()
    {
        var pending = RetentionSchedule.Decide(new RetentionFacts(new DateOnly(2020, 1, 6), new DateOnly(2019, 1, 7), "75", ProceedingsPending: true), Defaults);
        Assert.Null(pending.ErasableOn);
        Assert.False(pending.MayErase(new DateOnly(2060, 1, 1)));

        var fiveYears = RetentionSchedule.Decide(new RetentionFacts(new DateOnly(2020, 1, 6), new DateOnly(2019, 1, 7), "75"), Defaults with { CaseFileYears = 5 });
        Assert.Equal(new DateOnly(2025, 1, 7), fiveYears.ErasableOn);
    }
}
