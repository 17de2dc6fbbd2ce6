using Passerelle.Domain.Screening;

namespace Passerelle.Domain.Tests.Screening;

public class DimensionRuleTests
{
    [Theory]
    [InlineData(2, 0, 0, true)]
    [InlineData(1, 0, 1, true)]
    [InlineData(1, 1, 0, true)]
    [InlineData(0, 3, 0, true)]
    [InlineData(0, 2, 1, true)]
    [InlineData(0, 2, 0, false)]
    [InlineData(1, 0, 0, false)]
    [InlineData(0, 1, 1, false)]
    [InlineData(0, 1, 3, false)]
    [InlineData(0, 0, 3, false)]
    [InlineData(0, 0, 0, false)]
    public void IsPresent_FollowsTheCombinationRule(int strong, int medium, int weak, bool present) =>
        Assert.Equal(present, DimensionRule.IsPresent(strong, medium, weak));
}
