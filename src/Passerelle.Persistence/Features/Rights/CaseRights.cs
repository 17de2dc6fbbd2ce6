using Passerelle.Domain.Rights;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Rights;

/// <summary>
/// The residence rights of one case: the reflection period's dates here, permits, APS and exit-pathway
/// applications in their own rows. Plain dated columns, so statistics can count them directly.
/// </summary>
public sealed class CaseRights : Cases.ICaseFileRecord
{
    public Guid CaseId { get; init; }

    /// <summary>The prefecture's receipt (récépissé) that grants the reflection period.</summary>
    public DateOnly? PrefectureReceiptOn { get; set; }

    /// <summary>The day the prefect withdrew the receipt (CESEDA R.425-2 al. 2): the protection from removal stops.</summary>
    public DateOnly? PrefectureReceiptWithdrawnOn { get; set; }

    /// <summary>The day the person said whether they will cooperate with the authorities.</summary>
    public DateOnly? ReflectionDecisionOn { get; set; }

    public DateTime UpdatedAt { get; set; }
    public Guid UpdatedBy { get; set; }
    public int Version { get; set; }
}

public enum PermitKind
{
    First = 1,
    Renewal = 2,

    /// <summary>The resident card (carte de résident) after the offender's final conviction (CESEDA L.425-3).</summary>
    ResidentCard = 3,
}

/// <summary>A temporary residence permit (CESEDA L.425-1), or the resident card after a final conviction.</summary>
public sealed class ResidencePermit : ICaseFact
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public PermitKind Kind { get; init; }
    public DateOnly IssuedOn { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public DateOnly? RenewalRequestedOn { get; init; }

    /// <summary>CESEDA R.425-5: a minor of 16 or 17 declared wishing to work or to train (required for a minor's L.425-1 card).</summary>
    public MinorDeclaration? MinorDeclaration { get; init; }
}

/// <summary>A provisional residence authorisation (APS), six months, renewable.</summary>
public sealed class ProvisionalAuthorisation : ICaseFact
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public DateOnly GrantedOn { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public DateOnly? RenewalRequestedOn { get; init; }
}

/// <summary>An application to enter or renew the exit pathway (parcours de sortie de la prostitution, Law 2016-444).</summary>
public sealed class ExitPathwayApplication : ICaseFact
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public DateOnly AppliedOn { get; init; }
    public DateOnly? DecidedOn { get; init; }

    /// <summary>The prefect's decision once made: true authorised, false refused, null pending.</summary>
    public bool? Authorised { get; init; }
}
