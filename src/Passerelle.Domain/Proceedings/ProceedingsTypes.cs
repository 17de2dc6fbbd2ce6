namespace Passerelle.Domain.Proceedings;

/// <summary>
/// The central offices and brigade that investigate trafficking (DOMAIN.md section 2): OCRTEH sexual exploitation,
/// OCLTI and OCRIEST labour, OCLDI forced criminality, BPM children. Serialized in kebab-case.
/// </summary>
public enum InvestigatingUnit
{
    Ocrteh = 1,
    Oclti = 2,
    Ocriest = 3,
    Ocldi = 4,
    Bpm = 5,
    Other = 99,
}

/// <summary>Serialized in kebab-case.</summary>
public enum ProceedingsOutcome
{
    Pending = 1,

    /// <summary>Classement sans suite by the prosecutor.</summary>
    Dismissed = 2,

    /// <summary>Non-lieu by the investigating judge.</summary>
    NoCaseToAnswer = 3,

    /// <summary>Relaxe or acquittement.</summary>
    Acquitted = 4,
    Convicted = 5,
}

/// <summary>Where compensation is claimed. Serialized in kebab-case.</summary>
public enum CompensationBody
{
    /// <summary>Commission d'indemnisation des victimes d'infractions (CPP art. 706-3).</summary>
    Civi = 1,

    /// <summary>Payment from confiscated assets (CPP art. 706-164).</summary>
    Agrasc = 2,
}

/// <summary>The main sentence of a conviction; amounts in euros.</summary>
public sealed record Sentence(int PrisonMonths = 0, int SuspendedMonths = 0, decimal Fine = 0m, string? Other = null);

public sealed record Confiscation(DateOnly OrderedOn, decimal Amount, string? Description = null);

public sealed record CompensationClaim(CompensationBody Body, DateOnly FiledOn, decimal AmountClaimed, DateOnly? DecidedOn = null, decimal? AmountGranted = null);

/// <summary>The victim's own position in criminal proceedings. Serialized in kebab-case.</summary>
public enum AccusedStatus
{
    /// <summary>Suspected (garde à vue, investigation) of an offence committed while exploited.</summary>
    Suspect = 1,

    /// <summary>Prosecuted before a court.</summary>
    Defendant = 2,
}

/// <summary>What became of the case against the victim. Serialized in kebab-case.</summary>
public enum NonPunishmentOutcome
{
    Pending = 1,

    /// <summary>The prosecutor did not prosecute (classement, CPP art. 40-1), as the 2015 circular invites.</summary>
    NotProsecuted = 2,

    /// <summary>Acquitted (duress, CP art. 122-2) or exempted from penalty.</summary>
    NotPunished = 3,

    /// <summary>Convicted nonetheless: what CoE Convention art. 26 asks to avoid; counted so it can be seen.</summary>
    Convicted = 4,
}

/// <summary>
/// The non-punishment follow-up of a victim suspected or prosecuted for an offence committed as a result of being
/// trafficked. <paramref name="NoteToProsecutorOn"/> is the day a note drew the prosecutor's attention to the
/// trafficking (CoE Convention art. 26, Directive 2011/36 art. 8, 2015 circular).
/// </summary>
public sealed record NonPunishment(AccusedStatus Status, DateOnly? NoteToProsecutorOn = null, NonPunishmentOutcome Outcome = NonPunishmentOutcome.Pending);
