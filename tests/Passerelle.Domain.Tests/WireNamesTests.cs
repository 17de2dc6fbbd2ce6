using Passerelle.Domain.Qualification;
using Passerelle.Domain.Screening;
using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Tests;

/// <summary>The web layer serializes enums in kebab-case: these are the exact strings issue 4 names.</summary>
public class WireNamesTests
{
    private static string[] Names<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(v => KebabCase.Of(v))];

    [Fact]
    public void Screening() => Assert.All(
        [
            (Names<Population>(), new[] { "adult", "child" }),
            (Names<ExploitationList>(), ["labour", "sexual"]),
            (Names<Strength>(), ["strong", "medium", "weak"]),
            (Names<ScreeningVerdict>(), ["indicative", "partial", "not-indicative"]),
            (Names<Dimension>(), ["deceptive-recruitment", "coercive-recruitment", "recruitment-abuse-of-vulnerability", "exploitative-conditions", "coercion-at-destination", "abuse-of-vulnerability-at-destination"]),
        ],
        pair => Assert.Equal(pair.Item2, pair.Item1));

    [Fact]
    public void Qualification() => Assert.All(
        [
            (Names<TraffickingAct>(), new[] { "recruit", "transport", "transfer", "harbour", "receive" }),
            (Names<TraffickingMeans>(), ["threat", "force", "deception", "abuse-of-authority", "abuse-of-vulnerability", "payment"]),
            (Names<ExploitationPurpose>(), ["procuring", "sexual-assault", "slavery", "servitude", "forced-labour", "organ-removal", "begging", "undignified-conditions", "forced-offences"]),
            (Names<AggravatingCircumstance>(), ["minor", "organised-group", "several-victims", "violence", "vulnerable-person", "public-official", "torture-or-barbarity", "victim-abroad-or-on-arrival", "online-contact", "risk-of-death-or-mutilation", "grave-situation"]),
            (Names<MissingElement>(), ["act", "means", "purpose"]),
        ],
        pair => Assert.Equal(pair.Item2, pair.Item1));
}
