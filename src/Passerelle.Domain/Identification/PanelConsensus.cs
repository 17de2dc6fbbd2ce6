using Passerelle.Domain.Agencies;

namespace Passerelle.Domain.Identification;

/// <summary>What one panel member thinks: there are (positive) or there are not (negative) grounds.</summary>
public enum PanelOutcome
{
    Positive = 1,
    Negative = 2,
}

/// <summary>One member's own view, with the type of their agency when they gave it.</summary>
public sealed record MemberView(Guid UserId, AgencyType AgencyType, PanelOutcome Outcome);

/// <summary>Why the panel has, or has not yet, decided. Each value names one branch of <see cref="PanelConsensusRules.Decide"/>.</summary>
public enum ConsensusBasis
{
    /// <summary>Pending: the views given so far agree but do not yet make a qualified concurrence.</summary>
    AwaitingConcurrence = 1,

    /// <summary>Pending: members disagree; the panel decides by majority once every member has given a view.</summary>
    AwaitingAllViews = 2,

    /// <summary>Decided: at least two members of two agency types, one outside police and gendarmerie, agree and no one dissents.</summary>
    Concurrence = 3,

    /// <summary>Decided: every member has given a view and more of them hold the outcome than the other.</summary>
    Majority = 4,

    /// <summary>Decided positive: every member has given a view and the panel is split evenly; doubt benefits the person.</summary>
    TieGoesToThePerson = 5,

    /// <summary>
    /// Decided positive: the negative majority is made only of police and gendarmerie members. A refusal needs someone
    /// from outside law enforcement (seed report ¶37–38), so doubt remains and benefits the person.
    /// </summary>
    NegativeOnlyFromLawEnforcement = 6,
}

/// <param name="Outcome">The panel's decision, or null while it is pending.</param>
/// <param name="Dissenting">Members whose view differs from the decision (decided) or from the first view given (pending).</param>
/// <param name="Awaiting">Members who have not given their view yet.</param>
public sealed record PanelConsensus(PanelOutcome? Outcome, ConsensusBasis Basis, IReadOnlyList<Guid> Dissenting, IReadOnlyList<Guid> Awaiting)
{
    public bool Decided => Outcome is not null;
}

/// <summary>
/// How a multi-agency panel reaches its reasonable- or conclusive-grounds decision so that no one decides alone and
/// identification is not the police's alone (OSCE seed report ¶37–38; CoE Convention art. 10 asks for identification
/// by competent authorities that co-operate with each other and with support organisations).
/// <list type="number">
/// <item>Concurrence: the decision is taken as soon as the views given agree, come from at least two members of at
/// least two agency types, at least one of them outside the police and the gendarmerie (the same composition
/// <see cref="PanelRules"/> asks of the panel), and no member has dissented.</item>
/// <item>Dissent: once members disagree, the panel waits for every member's view and decides by majority.</item>
/// <item>A tie goes to the person: there are grounds while doubt remains (the reasonable-grounds threshold is
/// "reasonable grounds to believe", CoE Convention art. 10(2); doubt benefits the person as for age, C. civ. 388).</item>
/// <item>A negative majority made only of police and gendarmerie members does not refuse: that would be the police
/// deciding alone, which ¶37–38 ask to end; doubt remains and benefits the person.</item>
/// </list>
/// Pure: the caller supplies the panel and the views; one view per member.
/// </summary>
public static class PanelConsensusRules
{
    public static PanelConsensus Decide(IReadOnlyCollection<PanelMember> panel, IReadOnlyCollection<MemberView> views)
    {
        var memberIds = panel.Select(m => m.UserId).ToHashSet();
        if (views.Any(v => !memberIds.Contains(v.UserId)))
        {
            throw new ArgumentException("A view was given by someone who does not sit on the panel.", nameof(views));
        }

        if (views.Select(v => v.UserId).Distinct().Count() != views.Count)
        {
            throw new ArgumentException("A member gives one view only.", nameof(views));
        }

        var awaiting = panel.Select(m => m.UserId).Where(id => views.All(v => v.UserId != id)).ToList();
        var positive = views.Where(v => v.Outcome == PanelOutcome.Positive).ToList();
        var negative = views.Where(v => v.Outcome == PanelOutcome.Negative).ToList();

        if (positive.Count > 0 && negative.Count > 0)
        {
            if (awaiting.Count > 0)
            {
                // Open dissent: the first view given sets the side the others dissent from until the panel decides.
                var first = views.First().Outcome;
                return new PanelConsensus(null, ConsensusBasis.AwaitingAllViews, Against(views, first), awaiting);
            }

            if (positive.Count == negative.Count)
            {
                return new PanelConsensus(PanelOutcome.Positive, ConsensusBasis.TieGoesToThePerson, Against(views, PanelOutcome.Positive), awaiting);
            }

            var majority = positive.Count > negative.Count ? PanelOutcome.Positive : PanelOutcome.Negative;
            if (majority == PanelOutcome.Negative && negative.All(v => PanelRules.IsLawEnforcement(v.AgencyType)))
            {
                return new PanelConsensus(PanelOutcome.Positive, ConsensusBasis.NegativeOnlyFromLawEnforcement, Against(views, PanelOutcome.Positive), awaiting);
            }

            return new PanelConsensus(majority, ConsensusBasis.Majority, Against(views, majority), awaiting);
        }

        if (views.Count == 0)
        {
            return new PanelConsensus(null, ConsensusBasis.AwaitingConcurrence, [], awaiting);
        }

        var agreed = views.First().Outcome;
        if (IsQualifiedConcurrence(views))
        {
            return new PanelConsensus(agreed, ConsensusBasis.Concurrence, [], awaiting);
        }

        if (awaiting.Count == 0)
        {
            // Everyone agrees but the panel itself lacks the composition (it was changed after it sat): unanimity is
            // still a majority, and a refusal still needs someone outside law enforcement.
            return agreed == PanelOutcome.Negative && views.All(v => PanelRules.IsLawEnforcement(v.AgencyType))
                ? new PanelConsensus(PanelOutcome.Positive, ConsensusBasis.NegativeOnlyFromLawEnforcement, Against(views, PanelOutcome.Positive), awaiting)
                : new PanelConsensus(agreed, ConsensusBasis.Majority, [], awaiting);
        }

        return new PanelConsensus(null, ConsensusBasis.AwaitingConcurrence, [], awaiting);
    }

    /// <summary>At least two members, of at least two agency types, at least one outside the police and the gendarmerie.</summary>
    public static bool IsQualifiedConcurrence(IReadOnlyCollection<MemberView> agreeing) =>
        agreeing.Count >= PanelRules.MinimumMembers
        && agreeing.Select(v => v.AgencyType).Distinct().Count() >= 2
        && agreeing.Any(v => !PanelRules.IsLawEnforcement(v.AgencyType));

    /// <summary>The English explanation of a basis; it is also the key of its French translation.</summary>
    public static string Explain(ConsensusBasis basis) => basis switch
    {
        ConsensusBasis.AwaitingConcurrence => "Pending: the decision is taken when at least two members of two types of agency, one outside the police and the gendarmerie, concur.",
        ConsensusBasis.AwaitingAllViews => "Pending: members disagree; the panel decides by majority once every member has given a view.",
        ConsensusBasis.Concurrence => "Decided by concurring views of members of at least two types of agency, one outside the police and the gendarmerie, without dissent.",
        ConsensusBasis.Majority => "Decided by the majority of the panel once every member had given a view.",
        ConsensusBasis.TieGoesToThePerson => "The panel was evenly split: the doubt benefits the person, so there are grounds.",
        ConsensusBasis.NegativeOnlyFromLawEnforcement => "Only police or gendarmerie members found no grounds: identification is not the police's alone, so the doubt benefits the person.",
    };

    private static List<Guid> Against(IEnumerable<MemberView> views, PanelOutcome outcome) =>
        views.Where(v => v.Outcome != outcome).Select(v => v.UserId).ToList();
}
