using Passerelle.Domain.Proceedings;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Proceedings;

/// <summary>
/// The criminal proceedings of one case. Filing a complaint is the victim's choice: nothing else in the platform
/// reads this record as a condition. Amounts are plain euro columns, so statistics can add them up.
/// </summary>
public sealed class CaseProceedings : ICaseFact, IVersioned
{
    public Guid CaseId { get; init; }
    public DateOnly? ComplaintFiledOn { get; set; }
    public InvestigatingUnit? Unit { get; set; }
    public string? OtherUnit { get; set; }
    public List<string> OffencesCharged { get; set; } = [];
    public ProceedingsOutcome Outcome { get; set; } = ProceedingsOutcome.Pending;
    public DateOnly? DecidedOn { get; set; }
    public DateOnly? FinalOn { get; set; }

    /// <summary>Null when there is no sentence; the other sentence columns are then null too.</summary>
    public int? SentencePrisonMonths { get; set; }

    public int? SentenceSuspendedMonths { get; set; }
    public decimal? SentenceFine { get; set; }
    public string? SentenceOther { get; set; }

    public DateTime UpdatedAt { get; set; }
    public Guid UpdatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>A confiscation ordered by the court, in euros.</summary>
public sealed class Confiscation : ICaseFact
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public DateOnly OrderedOn { get; init; }
    public decimal Amount { get; init; }
    public string? Description { get; init; }
}

/// <summary>A compensation claim before the CIVI or the AGRASC, in euros.</summary>
public sealed class CompensationClaim : ICaseFact
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CaseId { get; init; }
    public CompensationBody Body { get; init; }
    public DateOnly FiledOn { get; init; }
    public decimal AmountClaimed { get; init; }
    public DateOnly? DecidedOn { get; init; }
    public decimal? AmountGranted { get; init; }
}
