using Passerelle.Domain.Retention;

namespace Passerelle.Domain.Tests.Retention;

public class RetentionScheduleTests
{
    [Fact]
    public void EveryCategory_HasARule_WithASource()
    {
        foreach (var category in Enum.GetValues<DataCategory>())
        {
            Assert.False(string.IsNullOrWhiteSpace(RetentionSchedule.For(category).Source));
        }
    }

    [Fact]
    public void NothingIsErased_OnAnUnconfirmedRule() =>
        Assert.False(RetentionSchedule.MayErase(RetentionSchedule.For(DataCategory.CaseFile), new DateOnly(2000, 1, 1), new DateOnly(2026, 1, 1)));

    [Fact]
    public void AConfirmedRule_ErasesOnceThePeriodHasRun()
    {
        var rule = RetentionSchedule.For(DataCategory.CaseFile) with { Confirmed = true };
        Assert.False(RetentionSchedule.MayErase(rule, new DateOnly(2024, 3, 1), new DateOnly(2026, 2, 28)));
        Assert.True(RetentionSchedule.MayErase(rule, new DateOnly(2024, 3, 1), new DateOnly(2026, 3, 1)));
    }
}
