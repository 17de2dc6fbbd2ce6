using Passerelle.Domain.Children;
using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Tests.Children;

public class ChildrenWireNamesTests
{
    private static string[] Names<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(v => KebabCase.Of(v))];

    [Fact]
    public void Children() => Assert.All(
        [
            (Names<AgeAssessmentMethod>(), new[] { "social-evaluation", "document-verification", "bone-examination", "medical-examination", "judicial-decision", "other" }),
            (Names<AgeAssessmentResult>(), ["minor", "adult", "inconclusive"]),
            (Names<AgeBasis>(), ["presumption", "assessed-minor", "assessed-adult"]),
            (Names<GuardianKind>(), ["parent", "legal-guardian", "ad-hoc-administrator", "child-welfare-service"]),
            (Names<DurableSolutionType>(), ["integration", "relocation", "return"]),
            (Names<MissingEpisodeStatus>(), ["reported", "found", "closed"]),
            (Names<AlertRecipient>(), ["lead-agency", "police", "national-focal-point"]),
        ],
        pair => Assert.Equal(pair.Item2, pair.Item1));
}
