namespace Passerelle.Domain.LegalSteps;

/// <summary>
/// Steps the law expects around a case that practitioners take outside the NRM (legal review §4). Each value names
/// its source; <see cref="LegalStepRules"/> says what each must carry.
/// </summary>
public enum LegalStepKind
{
    /// <summary>
    /// CESEDA R.425-1: the police or gendarmerie inform a foreign national presumed victim of trafficking or pimping
    /// of the reflection period, the residence permit, assistance and protection, in a language they understand.
    /// </summary>
    RightsInformation = 1,

    /// <summary>CESEDA R.425-2: the prefect's receipt opens the 30-day reflection period; this records that it was asked for.</summary>
    ReceiptRequested = 2,

    /// <summary>
    /// CPP art. 40 al. 2: every public authority or official who learns of a crime or offence in their duties tells
    /// the prosecutor without delay; labour inspectors report to the prosecutor (C. trav. L.8112-2; seed ¶67).
    /// </summary>
    ProsecutorReport = 3,

    /// <summary>CASF L.226-3: the information préoccupante about a child in danger goes to the département's CRIP.</summary>
    CripInformation = 4,

    /// <summary>C. civ. art. 375 and 375-5: the children's judge (or, urgently, the prosecutor) orders protection or placement.</summary>
    JudgeOrder = 5,

    /// <summary>CPP art. 706-50: the prosecutor or judge appoints an ad hoc administrator when the legal guardians cannot protect the child's interests.</summary>
    AdHocAdministrator = 6,

    /// <summary>
    /// Safe relocation, first step: the person's danger where they are is assessed (who assessed it, how high). The
    /// national Ac.Sé scheme, coordinated by the association ALC, only takes persons in immediate danger or highly
    /// vulnerable who need geographic relocation (seed 000 ¶44; legal review §4, feature 3). Policy of the scheme, not a statute.
    /// </summary>
    DangerAssessment = 7,

    /// <summary>
    /// Safe relocation: the request to the Ac.Sé scheme (ALC) for a place outside the exploitation département. The
    /// places are CHRS places "ouvertes à l'accueil des victimes de la traite des êtres humains dans des conditions
    /// sécurisantes" (CASF L.345-1, added by loi 2003-239 art. 43; seed 000 ¶44).
    /// </summary>
    RelocationRequest = 8,

    /// <summary>
    /// Safe relocation: the person is placed in a confidential place. The place identifies where the person hides from the
    /// exploiters: it is stored encrypted and shown only to those who may read the case's identifying fields.
    /// </summary>
    ConfidentialPlacement = 9,
}

/// <summary>How much danger the person faces where they are (the assessment that opens a safe relocation; seed 000 ¶44).</summary>
public enum DangerLevel
{
    Low = 1,
    High = 2,

    /// <summary>Immediate danger: the threshold of the Ac.Sé scheme (seed 000 ¶44).</summary>
    Immediate = 3,
}

/// <summary>What the prosecutor did with a report (the feedback loop art. 40-2 CPP asks the prosecutor to give).</summary>
public enum ProsecutorOutcome
{
    Pending = 1,
    InvestigationOpened = 2,
    Prosecuted = 3,
    AlternativeMeasure = 4,
    Dismissed = 5,
}

/// <summary>The facts of one step as entered; which fields count depends on the kind.</summary>
/// <param name="Language">R.425-1: the language the information was given in (ISO 639-1/-3 code).</param>
/// <param name="Interpreter">Whether an interpreter translated the information.</param>
/// <param name="Recipient">Who received the step: the parquet, the CRIP, the court, the administrator's organisation; for a
/// danger assessment, who assessed; for a relocation request, the scheme or service asked.</param>
/// <param name="Level">A danger assessment's level.</param>
/// <param name="Place">A confidential placement's place (identifying: the web layer encrypts it).</param>
/// <param name="InformedBy">R.425-1: who gave the information on rights (the officer's service: police or gendarmerie unit, with a name or number).</param>
public sealed record LegalStepFacts(
    LegalStepKind Kind,
    DateOnly On,
    string? Language = null,
    bool? Interpreter = null,
    string? Recipient = null,
    ProsecutorOutcome? Outcome = null,
    DateOnly? OutcomeOn = null,
    DangerLevel? Level = null,
    string? Place = null,
    string? InformedBy = null);

/// <summary>The rules each kind of step follows; errors are keyed by the field they concern (camelCase, as the API names it).</summary>
public static class LegalStepRules
{
    public const int MaxRecipient = 200;
    public const int MaxPlace = 200;
    public const int MaxInformedBy = 200;

    /// <summary>The steps of a safe relocation (Ac.Sé, seed 000 ¶44), in the order they are taken.</summary>
    public static bool IsRelocation(LegalStepKind kind) =>
        kind is LegalStepKind.DangerAssessment or LegalStepKind.RelocationRequest or LegalStepKind.ConfidentialPlacement;

    /// <summary>Steps that concern a child only (CASF L.226-3, C. civ. 375, CPP 706-50).</summary>
    public static bool IsForChildren(LegalStepKind kind) =>
        kind is LegalStepKind.CripInformation or LegalStepKind.JudgeOrder or LegalStepKind.AdHocAdministrator;

    /// <param name="earlierOfKind">Dates of steps already recorded for the case, by kind (to order receipt after information).</param>
    public static Dictionary<string, string[]> Validate(LegalStepFacts facts, DateOnly today, IReadOnlyDictionary<LegalStepKind, DateOnly> earlierOfKind)
    {
        var errors = new Dictionary<string, string[]>();
        if (facts.On > today)
        {
            errors["on"] = ["The date of the step cannot be in the future."];
        }

        if (facts.Recipient is { Length: > MaxRecipient })
        {
            errors["recipient"] = ["The recipient has at most 200 characters."];
        }

        switch (facts.Kind)
        {
            case LegalStepKind.RightsInformation:
                // R.425-1: "dans une langue qu'il comprend" — without a language the step proves nothing.
                if (string.IsNullOrWhiteSpace(facts.Language) || facts.Language.Trim().Length is < 2 or > 3)
                {
                    errors["language"] = ["The information on rights is given in a language the person understands: give its code (e.g. en, ro, yo)."];
                }

                if (facts.Interpreter is null)
                {
                    errors["interpreter"] = ["Say whether an interpreter translated the information."];
                }

                // R.425-1: the police or gendarmerie service that takes the person's statement informs them: say who did.
                if (string.IsNullOrWhiteSpace(facts.InformedBy))
                {
                    errors["informedBy"] = ["Say who gave the information (the police or gendarmerie service, with the officer's name or number)."];
                }
                else if (facts.InformedBy.Length > MaxInformedBy)
                {
                    errors["informedBy"] = ["Who gave the information has at most 200 characters."];
                }

                break;
            case LegalStepKind.ReceiptRequested:
                // R.425-2: the receipt follows the information of R.425-1.
                if (!earlierOfKind.TryGetValue(LegalStepKind.RightsInformation, out var informed))
                {
                    errors["kind"] = ["Record the information on rights (CESEDA R.425-1) before the request for the receipt."];
                }
                else if (facts.On < informed)
                {
                    errors["on"] = ["The receipt is requested on or after the day the person was informed of their rights."];
                }

                break;
            case LegalStepKind.ProsecutorReport:
                if (string.IsNullOrWhiteSpace(facts.Recipient))
                {
                    errors["recipient"] = ["Name the prosecutor's office (parquet) the report went to."];
                }

                break;
            case LegalStepKind.CripInformation:
            case LegalStepKind.JudgeOrder:
            case LegalStepKind.AdHocAdministrator:
                if (string.IsNullOrWhiteSpace(facts.Recipient))
                {
                    errors["recipient"] = ["Name the CRIP, the court or the ad hoc administrator."];
                }

                break;
            case LegalStepKind.DangerAssessment:
                if (string.IsNullOrWhiteSpace(facts.Recipient))
                {
                    errors["recipient"] = ["Name who assessed the danger."];
                }

                if (facts.Level is null)
                {
                    errors["level"] = ["Give the level of danger."];
                }

                break;
            case LegalStepKind.RelocationRequest:
                // Ac.Sé takes persons whose danger was assessed (seed 000 ¶44): the request follows the assessment.
                if (string.IsNullOrWhiteSpace(facts.Recipient))
                {
                    errors["recipient"] = ["Name the scheme or service asked for a place (e.g. Ac.Sé)."];
                }

                RequireEarlier(LegalStepKind.DangerAssessment, "Record the danger assessment before the request for a safe place.",
                    "The request for a safe place is made on or after the danger assessment.");
                break;
            case LegalStepKind.ConfidentialPlacement:
                if (string.IsNullOrWhiteSpace(facts.Place))
                {
                    errors["place"] = ["Give the confidential place (it is encrypted and shown only to those who may read the identity)."];
                }

                RequireEarlier(LegalStepKind.RelocationRequest, "Record the request for a safe place before the placement.",
                    "The placement is on or after the request for a safe place.");
                break;
        }

        if (facts.Place is { Length: > MaxPlace })
        {
            errors["place"] = ["The place has at most 200 characters."];
        }

        if (facts.Kind != LegalStepKind.DangerAssessment && facts.Level is not null)
        {
            errors["level"] = ["Only a danger assessment has a level."];
        }

        if (facts.Kind != LegalStepKind.ConfidentialPlacement && !string.IsNullOrWhiteSpace(facts.Place))
        {
            errors["place"] = ["Only a confidential placement has a place."];
        }

        if (facts.Kind != LegalStepKind.RightsInformation && !string.IsNullOrWhiteSpace(facts.InformedBy))
        {
            errors["informedBy"] = ["Only the information on rights records who gave it."];
        }

        if (facts.Kind != LegalStepKind.ProsecutorReport && facts.Outcome is not null)
        {
            errors["outcome"] = ["Only a report to the prosecutor has an outcome."];
        }

        foreach (var (field, messages) in ValidateOutcome(facts.On, facts.Outcome, facts.OutcomeOn, today))
        {
            errors[field] = messages;
        }

        return errors;

        void RequireEarlier(LegalStepKind before, string missing, string tooEarly)
        {
            if (!earlierOfKind.TryGetValue(before, out var on))
            {
                errors["kind"] = [missing];
            }
            else if (facts.On < on)
            {
                errors["on"] = [tooEarly];
            }
        }
    }

    /// <summary>The prosecutor's answer: a date not before the report and not in the future; "pending" has no date.</summary>
    public static Dictionary<string, string[]> ValidateOutcome(DateOnly reportedOn, ProsecutorOutcome? outcome, DateOnly? outcomeOn, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (outcome is null or ProsecutorOutcome.Pending)
        {
            if (outcomeOn is not null)
            {
                errors["outcomeOn"] = ["A pending report has no outcome date."];
            }

            return errors;
        }

        if (outcomeOn is null)
        {
            errors["outcomeOn"] = ["Give the date of the prosecutor's answer."];
        }
        else if (outcomeOn < reportedOn || outcomeOn > today)
        {
            errors["outcomeOn"] = ["The answer's date is between the report and today."];
        }

        return errors;
    }
}
