using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Qualification;

namespace Passerelle.Domain.Proceedings;

/// <summary>
/// The criminal side of a case (DOMAIN.md section 2, step 7). Filing a complaint is the victim's choice and never a
/// condition for assistance, referral, the reflection period or an APS: nothing outside this record reads it.
/// </summary>
public sealed record CriminalProceedings
{
    /// <summary>
    /// The date of the offence (its last act, for a continuing exploitation): it starts the CIVI's three years
    /// (CPP art. 706-5). Null when unknown; the CIVI limit then follows the final decision only.
    /// </summary>
    public DateOnly? OffenceOn { get; init; }

    /// <summary>Null when no complaint was filed.</summary>
    public DateOnly? ComplaintFiledOn { get; init; }

    /// <summary>
    /// The day the person testified in criminal proceedings against the perpetrators. CESEDA L.425-1 opens the
    /// temporary permit to a foreigner who files a complaint <b>or</b> testifies: either route counts.
    /// </summary>
    public DateOnly? TestimonyGivenOn { get; init; }

    /// <summary>
    /// Whether the person has severed all ties with the perpetrators, the condition L.425-1 sets since 1 May 2021
    /// ("sous réserve qu'il ait rompu tout lien"); null when not assessed. Recorded, never a condition for assistance.
    /// </summary>
    public bool? TiesSevered { get; init; }

    /// <summary>
    /// When the victim is themself a suspect or defendant (forced criminality, irregular stay, false papers): the
    /// non-punishment follow-up. French law has no non-punishment provision (OSCE report ¶62): the prosecutor may
    /// decline to prosecute (CPP art. 40-1, 2015 circular), the court may apply duress (CP art. 122-2); CoE
    /// Convention art. 26 and Directive 2011/36 art. 8 require only that this be possible.
    /// </summary>
    public NonPunishment? NonPunishment { get; init; }

    public InvestigatingUnit? Unit { get; init; }

    /// <summary>The unit's name when <see cref="Unit"/> is <see cref="InvestigatingUnit.Other"/> (a local police or gendarmerie unit).</summary>
    public string? OtherUnit { get; init; }

    /// <summary>Criminal Code articles, such as <c>225-4-1</c> or <c>225-5</c>.</summary>
    public IReadOnlyList<string> OffencesCharged { get; init; } = [];

    public ProceedingsOutcome Outcome { get; init; } = ProceedingsOutcome.Pending;

    public DateOnly? DecidedOn { get; init; }

    /// <summary>
    /// The day the decision became final (no appeal left). After a prosecution it extends the CIVI's limit to one
    /// year after it (CPP art. 706-5); after a conviction it starts the AGRASC's six months (CPP art. 706-164).
    /// </summary>
    public DateOnly? FinalOn { get; init; }

    public Sentence? Sentence { get; init; }

    public IReadOnlyList<Confiscation> Confiscations { get; init; } = [];

    public IReadOnlyList<CompensationClaim> CompensationClaims { get; init; } = [];

    public bool ComplaintFiled => ComplaintFiledOn is not null;

    /// <summary>Either route of CESEDA L.425-1: a complaint or a testimony.</summary>
    public bool Cooperated => ComplaintFiledOn is not null || TestimonyGivenOn is not null;

    /// <summary>
    /// Whether a prosecution was brought ("poursuites exercées", CPP art. 706-5): a court or an investigating judge
    /// decided. A prosecutor's dismissal (classement sans suite) is not a prosecution.
    /// </summary>
    public bool ProsecutionBrought => Prosecutes(Outcome);

    /// <summary>Whether the outcome ends a prosecution brought (CPP art. 706-5), as <see cref="ProsecutionBrought"/> says.</summary>
    public static bool Prosecutes(ProceedingsOutcome outcome) =>
        outcome is ProceedingsOutcome.NoCaseToAnswer or ProceedingsOutcome.Acquitted or ProceedingsOutcome.Convicted;

    public decimal ConfiscatedTotal => Confiscations.Sum(c => c.Amount);

    public decimal ClaimedTotal => CompensationClaims.Sum(c => c.AmountClaimed);

    public decimal GrantedTotal => CompensationClaims.Sum(c => c.AmountGranted ?? 0m);

    /// <summary>
    /// The facts the deadline engine reads from the proceedings: the offence date, the final decision of a
    /// prosecution (never a dismissal, CPP art. 706-5), whether it convicted, and the first CIVI and AGRASC claims.
    /// </summary>
    public DeadlineFacts ApplyTo(DeadlineFacts facts) => facts with
    {
        OffenceOn = OffenceOn,
        FinalCriminalDecisionOn = ProsecutionBrought ? FinalOn : null,
        Convicted = Outcome == ProceedingsOutcome.Convicted && FinalOn is not null,
        CiviClaimFiledOn = CompensationClaims.Where(c => c.Body == CompensationBody.Civi).Select(c => (DateOnly?)c.FiledOn).Min(),
        AgrascClaimFiledOn = CompensationClaims.Where(c => c.Body == CompensationBody.Agrasc).Select(c => (DateOnly?)c.FiledOn).Min(),
    };

    /// <summary>The offences charged as article numbers, whatever way they were written.</summary>
    public IReadOnlyList<string> NormalizedOffences =>
        [.. OffencesCharged.Select(CriminalCodeArticles.Normalize).OfType<string>().Distinct(StringComparer.Ordinal)];
}
