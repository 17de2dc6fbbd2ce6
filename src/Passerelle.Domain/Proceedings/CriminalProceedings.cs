using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Qualification;

namespace Passerelle.Domain.Proceedings;

/// <summary>
/// The criminal side of a case (DOMAIN.md section 2, step 7). Filing a complaint is the victim's choice and never a
/// condition for assistance, referral, the reflection period or an APS: nothing outside this record reads it.
/// </summary>
public sealed record CriminalProceedings
{
    /// <summary>Null when no complaint was filed.</summary>
    public DateOnly? ComplaintFiledOn { get; init; }

    public InvestigatingUnit? Unit { get; init; }

    /// <summary>The unit's name when <see cref="Unit"/> is <see cref="InvestigatingUnit.Other"/> (a local police or gendarmerie unit).</summary>
    public string? OtherUnit { get; init; }

    /// <summary>Criminal Code articles, such as <c>225-4-1</c> or <c>225-5</c>.</summary>
    public IReadOnlyList<string> OffencesCharged { get; init; } = [];

    public ProceedingsOutcome Outcome { get; init; } = ProceedingsOutcome.Pending;

    public DateOnly? DecidedOn { get; init; }

    /// <summary>The day the decision became final (no appeal left); it starts the CIVI's one-year limit.</summary>
    public DateOnly? FinalOn { get; init; }

    public Sentence? Sentence { get; init; }

    public IReadOnlyList<Confiscation> Confiscations { get; init; } = [];

    public IReadOnlyList<CompensationClaim> CompensationClaims { get; init; } = [];

    public bool ComplaintFiled => ComplaintFiledOn is not null;

    public decimal ConfiscatedTotal => Confiscations.Sum(c => c.Amount);

    public decimal ClaimedTotal => CompensationClaims.Sum(c => c.AmountClaimed);

    public decimal GrantedTotal => CompensationClaims.Sum(c => c.AmountGranted ?? 0m);

    /// <summary>The facts the deadline engine reads from the proceedings: the final decision and the first CIVI claim.</summary>
    public DeadlineFacts ApplyTo(DeadlineFacts facts) => facts with
    {
        FinalCriminalDecisionOn = FinalOn,
        CiviClaimFiledOn = CompensationClaims.Where(c => c.Body == CompensationBody.Civi).Select(c => (DateOnly?)c.FiledOn).Min(),
    };

    /// <summary>The offences charged as article numbers, whatever way they were written.</summary>
    public IReadOnlyList<string> NormalizedOffences =>
        [.. OffencesCharged.Select(CriminalCodeArticles.Normalize).OfType<string>().Distinct(StringComparer.Ordinal)];
}
