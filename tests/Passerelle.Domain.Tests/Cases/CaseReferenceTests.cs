using Passerelle.Domain.Cases;

namespace Passerelle.Domain.Tests.Cases;

public class CaseReferenceTests
{
    [Fact]
    public void ToString_PadsTheNumberToSixDigits() =>
        Assert.Equal("PAS-2026-000123", new CaseReference(2026, 123).ToString());

    [Theory]
    [InlineData("PAS-2026-000123", 2026, 123)]
    [InlineData(" pas-2025-1 ", 2025, 1)]
    public void TryParse_AcceptsReferences(string text, int year, int number)
    {
        Assert.True(CaseReference.TryParse(text, out var reference));
        Assert.Equal(new CaseReference(year, number), reference);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("PAS-26-000123")]
    [InlineData("ABC-2026-000123")]
    [InlineData("PAS-2026-0")]
    [InlineData("PAS-2026-12x")]
    [InlineData("Rose")]
    public void TryParse_RefusesOtherText(string? text) => Assert.False(CaseReference.TryParse(text, out _));
}
