namespace Passerelle.Domain.Deadlines;

/// <summary>
/// The dated facts of a case that deadlines derive from. Deadlines are never typed by hand: change a fact and
/// <see cref="DeadlineEngine.Derive"/> gives the new deadlines.
/// </summary>
public sealed record DeadlineFacts
{
    /// <summary>The case's département: its public holidays count in working-day periods.</summary>
    public required string Departement { get; init; }

    /// <summary>
    /// The person's nationality (ISO 3166-1 alpha-2), null when unknown. The reflection period and the residence
    /// permits are CESEDA rights of a foreign victim: a French national has none of them to follow.
    /// </summary>
    public string? Nationality { get; init; }

    /// <summary>The latest reasonable-grounds request (a reconsideration replaces the first): the decision target runs from it.</summary>
    public DateOnly? RgRequestedOn { get; init; }

    /// <summary>The decision on the latest request, which meets its target; see <see cref="ReasonableGroundsFacts"/>.</summary>
    public DateOnly? RgDecidedOn { get; init; }

    /// <summary>Whether the reasonable-grounds decision, when there is one, was positive.</summary>
    public bool RgPositive { get; init; }

    /// <summary>
    /// The day of the positive reasonable-grounds decision. It does not open the reflection period (only the
    /// prefecture's receipt does, CESEDA R.425-2): it tells the case worker to have the period requested.
    /// </summary>
    public DateOnly? RgPositiveOn { get; init; }

    /// <summary>Not a French national (an unknown nationality counts as foreign: the protective reading).</summary>
    public bool IsForeignNational => !string.Equals(Nationality, "FR", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The prefecture's receipt (récépissé) for the reflection period: the 30 days run from it and only it bars
    /// removal (CESEDA R.425-2 al. 1).
    /// </summary>
    public DateOnly? PrefectureReceiptOn { get; init; }

    /// <summary>
    /// The day the prefect interrupted the period and withdrew the receipt (renewed ties with the perpetrators, or a
    /// serious threat to public order, CESEDA R.425-2 al. 2): the protection from removal stops that day.
    /// </summary>
    public DateOnly? PrefectureReceiptWithdrawnOn { get; init; }

    /// <summary>The day the person said whether they will cooperate with the authorities, which closes the reflection period's follow-up.</summary>
    public DateOnly? ReflectionDecisionOn { get; init; }

    public IReadOnlyList<ResidencePermitFact> ResidencePermits { get; init; } = [];

    public IReadOnlyList<ProvisionalAuthorisationFact> ProvisionalAuthorisations { get; init; } = [];

    public IReadOnlyList<ExitPathwayApplicationFact> ExitPathwayApplications { get; init; } = [];

    public IReadOnlyList<MissingEpisodeFact> MissingEpisodes { get; init; } = [];

    /// <summary>National Focal Point enquiries linked to this case.</summary>
    public IReadOnlyList<EnquiryFact> Enquiries { get; init; } = [];

    /// <summary>The date of the offence (of its last act), which starts the CIVI's three years (CPP art. 706-5).</summary>
    public DateOnly? OffenceOn { get; init; }

    /// <summary>
    /// The day the criminal courts decided finally (no appeal left) on a prosecution that was brought. A
    /// prosecutor's dismissal (classement sans suite) is not a prosecution and is never given here (CPP art. 706-5).
    /// </summary>
    public DateOnly? FinalCriminalDecisionOn { get; init; }

    /// <summary>Whether that final decision convicted: it opens the AGRASC's six months (CPP art. 706-164).</summary>
    public bool Convicted { get; init; }

    /// <summary>
    /// The victim's 18th birthday when known (from a date or a year of birth, the earliest possible day): for a
    /// victim who was a minor at the offence the CIVI's three years run only from it (CPP art. 706-5).
    /// </summary>
    public DateOnly? VictimMajorityOn { get; init; }

    public DateOnly? CiviClaimFiledOn { get; init; }

    public DateOnly? AgrascClaimFiledOn { get; init; }
}

/// <summary>A temporary residence permit (CESEDA L.425-1), first or renewed.</summary>
/// <param name="ValidUntil">The end date printed on the card; one year from <paramref name="IssuedOn"/> when not given.</param>
public sealed record ResidencePermitFact(DateOnly IssuedOn, DateOnly? ValidUntil = null, DateOnly? RenewalRequestedOn = null);

/// <summary>A provisional residence authorisation (APS), first or renewed.</summary>
/// <param name="ValidUntil">The end date printed on the document; six months from <paramref name="GrantedOn"/> when not given.</param>
public sealed record ProvisionalAuthorisationFact(DateOnly GrantedOn, DateOnly? ValidUntil = null, DateOnly? RenewalRequestedOn = null);

/// <summary>An application to enter, or to renew, the exit pathway; <paramref name="Authorised"/> is the prefect's decision once made.</summary>
public sealed record ExitPathwayApplicationFact(DateOnly AppliedOn, DateOnly? DecidedOn = null, bool Authorised = false);

public sealed record MissingEpisodeFact(string Reference, DateOnly ReportedOn, DateOnly? AlertedOn = null);

/// <param name="RequestedBy">The answer date the requesting authority asked for, if any.</param>
public sealed record EnquiryFact(string Reference, DateOnly ReceivedOn, DateOnly? RequestedBy = null, DateOnly? AnsweredOn = null);
