using Passerelle.Domain.Proceedings;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Platform.Persistence;

namespace Passerelle.Web.Features.Proceedings;

/// <summary>
/// The criminal proceedings of one case. Filing a complaint is the victim's choice: nothing else in the platform
/// reads this record as a condition. Amounts are plain euro columns, so statistics can add them up.
/// </summary>
public sealed class CaseProceedings : Cases.ICaseFileRecord
{
    public Guid CaseId { get; init; }

    /// <summary>The offence's date (its last act): the CIVI's three years run from it (CPP art. 706-5).</summary>
    public DateOnly? OffenceOn { get; set; }

    public DateOnly? ComplaintFiledOn { get; set; }

    /// <summary>A testimony in criminal proceedings: the other route to the L.425-1 permit.</summary>
    public DateOnly? TestimonyGivenOn { get; set; }

    /// <summary>All ties with the perpetrators severed (L.425-1 since 1 May 2021); null when not assessed.</summary>
    public bool? TiesSevered { get; set; }

    /// <summary>The victim is a suspect or defendant; null otherwise. With the note to the prosecutor and its outcome.</summary>
    public AccusedStatus? AccusedStatus { get; set; }

    public DateOnly? NonPunishmentNoteOn { get; set; }
    public NonPunishmentOutcome? NonPunishmentOutcome { get; set; }

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
