using Passerelle.Domain.Referrals;
using Passerelle.Domain.Screening;

namespace Passerelle.Domain.Tests.Referrals;

public class ReferralTransitionsTests
{
    private static readonly DateOnly SentOn = new(2026, 4, 2);
    private static readonly DateOnly Later = new(2026, 4, 9);
    private static readonly InformedConsent Consent = new(SentOn, "English", "A. Martin, Ac.Sé");

    public static TheoryData<ReferralStatus, ReferralAction, ReferralStatus?> Table => new()
    {
        { ReferralStatus.Sent, ReferralAction.Accept, ReferralStatus.Accepted },
        { ReferralStatus.Sent, ReferralAction.Decline, ReferralStatus.Declined },
        { ReferralStatus.Sent, ReferralAction.Complete, null },
        { ReferralStatus.Sent, ReferralAction.Withdraw, ReferralStatus.Withdrawn },
        { ReferralStatus.Accepted, ReferralAction.Accept, null },
        { ReferralStatus.Accepted, ReferralAction.Decline, null },
        { ReferralStatus.Accepted, ReferralAction.Complete, ReferralStatus.Completed },
        { ReferralStatus.Accepted, ReferralAction.Withdraw, ReferralStatus.Withdrawn },
        { ReferralStatus.Declined, ReferralAction.Accept, null },
        { ReferralStatus.Declined, ReferralAction.Decline, null },
        { ReferralStatus.Declined, ReferralAction.Complete, null },
        { ReferralStatus.Declined, ReferralAction.Withdraw, null },
        { ReferralStatus.Completed, ReferralAction.Accept, null },
        { ReferralStatus.Completed, ReferralAction.Decline, null },
        { ReferralStatus.Completed, ReferralAction.Complete, null },
        { ReferralStatus.Completed, ReferralAction.Withdraw, null },
        { ReferralStatus.Withdrawn, ReferralAction.Accept, null },
        { ReferralStatus.Withdrawn, ReferralAction.Decline, null },
        { ReferralStatus.Withdrawn, ReferralAction.Complete, null },
        { ReferralStatus.Withdrawn, ReferralAction.Withdraw, null },
    };

    [Fact]
    public void Table_CoversEveryStatusAndAction() =>
        Assert.Equal(Enum.GetValues<ReferralStatus>().Length * Enum.GetValues<ReferralAction>().Length, Table.Count);

    [Theory]
    [MemberData(nameof(Table))]
    public void Target_FollowsTheStateMachine(ReferralStatus from, ReferralAction action, ReferralStatus? expected) =>
        Assert.Equal(expected, ReferralTransitions.Target(from, action));

    [Theory]
    [MemberData(nameof(Table))]
    public void Referral_AppliesLegalTransitions_AndRefusesIllegalOnesWithAConflict(ReferralStatus from, ReferralAction action, ReferralStatus? expected)
    {
        var capacity = new ProviderCapacity(5, 2);
        var referral = InStatus(from, capacity);
        var occupiedBefore = capacity.Occupied;

        void Act()
        {
            switch (action)
            {
                case ReferralAction.Accept: referral.Accept(capacity, Later); break;
                case ReferralAction.Decline: referral.Decline("No place for a man.", Later); break;
                case ReferralAction.Complete: referral.Complete(capacity, Later); break;
                case ReferralAction.Withdraw: referral.Withdraw(capacity, Later); break;
            }
        }

        if (expected is { } target)
        {
            Act();
            Assert.Equal(target, referral.Status);
        }
        else
        {
            var refused = Assert.Throws<DomainRuleException>(Act);
            Assert.Equal(DomainRuleKind.Conflict, refused.Kind);
            Assert.Equal("referral.illegal-transition", refused.Code);
            Assert.Equal(from, referral.Status);
            Assert.Equal(occupiedBefore, capacity.Occupied);
        }
    }

    [Fact]
    public void Accept_AfterWithdrawal_IsRefused()
    {
        var capacity = new ProviderCapacity(1, 0);
        var referral = Referral.Send(ServiceType.SpecialisedShelter, Population.Adult, SentOn, Consent);
        referral.Withdraw(capacity, SentOn, "The person moved to another city.");

        Assert.Throws<DomainRuleException>(() => referral.Accept(capacity, Later));
        Assert.Equal("The person moved to another city.", referral.Reason);
        Assert.Equal(0, capacity.Occupied);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Decline_NeedsAReason_AndLeavesTheReferralSent(string? reason)
    {
        var referral = Referral.Send(ServiceType.Medical, Population.Adult, SentOn, Consent);

        var refused = Assert.Throws<DomainRuleException>(() => referral.Decline(reason!, Later));

        Assert.Equal((DomainRuleKind.Invalid, "reason"), (refused.Kind, refused.Field));
        Assert.Equal(ReferralStatus.Sent, referral.Status);
    }

    [Fact]
    public void Decline_KeepsTheReason()
    {
        var referral = Referral.Send(ServiceType.Medical, Population.Adult, SentOn, Consent);

        referral.Decline("  No interpreter for Tigrinya this month.  ", Later);

        Assert.Equal((ReferralStatus.Declined, "No interpreter for Tigrinya this month.", Later), (referral.Status, referral.Reason, referral.EndedOn));
    }

    [Fact]
    public void Changes_CannotPredateTheLastOne()
    {
        var capacity = new ProviderCapacity(1, 0);
        var referral = Referral.Send(ServiceType.Medical, Population.Adult, SentOn, Consent);

        Assert.Equal(DomainRuleKind.Invalid, Assert.Throws<DomainRuleException>(() => referral.Accept(capacity, SentOn.AddDays(-1))).Kind);
        referral.Accept(capacity, Later);
        Assert.Throws<DomainRuleException>(() => referral.Complete(capacity, Later.AddDays(-1)));
        Assert.Equal(1, capacity.Occupied);
    }

    [Theory]
    [InlineData(ReferralStatus.Sent, true, new[] { ReferralAction.Accept, ReferralAction.Decline, ReferralAction.Withdraw })]
    [InlineData(ReferralStatus.Accepted, true, new[] { ReferralAction.Complete, ReferralAction.Withdraw })]
    [InlineData(ReferralStatus.Declined, false, new ReferralAction[0])]
    [InlineData(ReferralStatus.Completed, false, new ReferralAction[0])]
    [InlineData(ReferralStatus.Withdrawn, false, new ReferralAction[0])]
    public void ProviderAccess_LastsWhileTheReferralIsActive(ReferralStatus status, bool active, ReferralAction[] allowed)
    {
        Assert.Equal(active, InStatus(status, new ProviderCapacity(5, 0)).IsActive);
        Assert.Equal(allowed, ReferralTransitions.Allowed(status));
    }

    private static Referral InStatus(ReferralStatus status, ProviderCapacity capacity)
    {
        var referral = Referral.Send(ServiceType.SpecialisedShelter, Population.Adult, SentOn, Consent);
        switch (status)
        {
            case ReferralStatus.Sent: break;
            case ReferralStatus.Accepted: referral.Accept(capacity, SentOn); break;
            case ReferralStatus.Declined: referral.Decline("Full.", SentOn); break;
            case ReferralStatus.Completed: referral.Accept(capacity, SentOn); referral.Complete(capacity, SentOn); break;
            case ReferralStatus.Withdrawn: referral.Withdraw(capacity, SentOn); break;
        }

        return referral;
    }
}
