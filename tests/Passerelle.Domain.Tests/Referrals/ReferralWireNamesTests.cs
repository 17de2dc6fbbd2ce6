using Passerelle.Domain.Referrals;
using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Tests.Referrals;

public class ReferralWireNamesTests
{
    private static string[] Names<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(v => KebabCase.Of(v))];

    [Fact]
    public void Referrals() => Assert.All(
        [
            (Names<ServiceType>(), new[] { "specialised-shelter", "emergency-accommodation", "medical", "psychological", "legal-aid", "interpreter", "exit-pathway-association", "child-welfare-placement" }),
            (Names<ReferralStatus>(), ["sent", "accepted", "declined", "completed", "withdrawn"]),
            (Names<ReferralAction>(), ["accept", "decline", "complete", "withdraw"]),
            (Names<DomainRuleKind>(), ["invalid", "conflict", "forbidden"]),
        ],
        pair => Assert.Equal(pair.Item2, pair.Item1));
}
