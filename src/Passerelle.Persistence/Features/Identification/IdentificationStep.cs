namespace Passerelle.Web.Features.Identification;

public enum IdentificationStage
{
    Rg = 1,
    Cg = 2,
}

public enum DecisionOutcome
{
    Positive = 1,
    Negative = 2,
}

/// <summary>
/// One request for a reasonable- or conclusive-grounds decision before a multi-agency panel, and the panel's decision
/// once its members' <see cref="PanelOpinion"/>s concur or a majority forms.
/// Reasons and new information may describe the person: encrypted.
/// </summary>
public sealed class IdentificationStep
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public IdentificationStage Stage { get; init; }
    public bool Reconsideration { get; init; }
    public string? ProtectedNewInformation { get; init; }
    public DateOnly RequestedOn { get; init; }
    public Guid RequestedBy { get; init; }
    public List<Guid> PanelMemberIds { get; init; } = [];

    /// <summary>RG: the 5-working-day target. CG: null (no target; <see cref="NotBefore"/> applies).</summary>
    public DateOnly? DueOn { get; init; }

    /// <summary>CG: the day after the reflection period ends.</summary>
    public DateOnly? NotBefore { get; init; }

    public DecisionOutcome? Outcome { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? ProtectedReasons { get; set; }
    public Guid? DecidedBy { get; set; }

    /// <summary>Which branch of <see cref="Domain.Identification.PanelConsensusRules"/> decided; null for decisions recorded before panels concurred.</summary>
    public Domain.Identification.ConsensusBasis? Basis { get; set; }
}
