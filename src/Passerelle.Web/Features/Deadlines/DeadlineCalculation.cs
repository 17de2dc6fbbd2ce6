using System.Globalization;
using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Geography;
using Passerelle.Web.Platform.Http;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>The outcome of a calculator request: the due date, or the fields that were wrong (keyed as the API names them).</summary>
public sealed record DeadlineCalculationResult(DeadlineRule Rule, DateOnly From, string Departement, DateOnly? DueOn, Dictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The CIVI's optional inputs, as they were used.</summary>
    public DateOnly? FinalDecisionOn { get; init; }

    public DateOnly? VictimBirthDate { get; init; }
}

/// <summary>
/// The deadline calculator behind <c>GET /api/v1/deadlines/calculate</c> and the page <c>/Deadlines/Calculator</c>:
/// one reading of the inputs and the domain's <see cref="DeadlineCalculator"/>, so that both answer alike.
/// </summary>
public static class DeadlineCalculation
{
    public const string RuleMessage = "Choose one of the rules of the calculator.";
    public const string FromMessage = "A date as yyyy-MM-dd is required.";
    public const string DepartementMessage = "A known département code is required (e.g. 67, 2A, 974).";
    public const string DateRangeMessage = "Dates are between 1900-01-01 and 2199-12-31.";
    public const string OptionalDateMessage = "A date as yyyy-MM-dd, or nothing.";
    public const string CiviOnlyMessage = "Only the CIVI claim limit (civi-claim-limit) takes this date.";
    public const string FinalBeforeOffenceMessage = "The final decision comes after the offence.";
    public const string BirthAfterOffenceMessage = "The victim was born before the offence.";

    /// <summary>Bounds that keep every computation (three years, holidays) inside the calendar: 9999-12-31 answers 400, never 500.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static readonly DateOnly Latest = new(2199, 12, 31);

    /// <summary>The rules computed from one date, in the order the page offers them.</summary>
    public static IReadOnlyList<DeadlineRule> Rules => DeadlineCalculator.SingleDateRules;

    /// <summary>
    /// Rules of the Code of Criminal Procedure, whose periods count the national holidays when no département is
    /// given (CPP art. 801): a local holiday can only move the last day later, so the national answer is never late.
    /// </summary>
    public static bool DepartementOptional(DeadlineRule rule) => rule is DeadlineRule.CiviClaimLimit or DeadlineRule.AgrascClaimLimit;

    public static DeadlineCalculationResult Calculate(string? rule, string? from, string? departement, string? finalDecisionOn = null, string? victimBirthDate = null)
    {
        var errors = new Dictionary<string, string[]>();
        var ruleKnown = ApiEnum.TryParse<DeadlineRule>(rule, out var parsedRule) && Rules.Contains(parsedRule);
        if (!ruleKnown)
        {
            errors["rule"] = [RuleMessage];
        }

        // Dates far outside any case (year 9999) would overflow the calendar arithmetic.
        if (!DateOnly.TryParseExact(from?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fromDate)
            || fromDate.Year is < 1900 or > 2200)
        {
            errors["from"] = [FromMessage];
        }
        else if (fromDate < Earliest || fromDate > Latest)
        {
            errors["from"] = [DateRangeMessage];
        }

        var finalDate = OptionalDate("finalDecisionOn", finalDecisionOn, errors);
        var birthDate = OptionalDate("victimBirthDate", victimBirthDate, errors);
        if (ruleKnown && parsedRule != DeadlineRule.CiviClaimLimit)
        {
            if (!string.IsNullOrWhiteSpace(finalDecisionOn))
            {
                errors["finalDecisionOn"] = [CiviOnlyMessage];
            }

            if (!string.IsNullOrWhiteSpace(victimBirthDate))
            {
                errors["victimBirthDate"] = [CiviOnlyMessage];
            }
        }

        if (!errors.ContainsKey("from") && finalDate is { } final && final < fromDate && !errors.ContainsKey("finalDecisionOn"))
        {
            errors["finalDecisionOn"] = [FinalBeforeOffenceMessage];
        }

        if (!errors.ContainsKey("from") && birthDate is { } birth && birth > fromDate && !errors.ContainsKey("victimBirthDate"))
        {
            errors["victimBirthDate"] = [BirthAfterOffenceMessage];
        }

        var code = departement?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code) && ruleKnown && DepartementOptional(parsedRule))
        {
            code = "";
        }
        else if (!Departements.IsKnown(code))
        {
            errors["departement"] = [DepartementMessage];
        }

        if (errors.Count > 0)
        {
            return new DeadlineCalculationResult(parsedRule, fromDate, code ?? "", null, errors) { FinalDecisionOn = finalDate, VictimBirthDate = birthDate };
        }

        var holidays = code!.Length == 0 ? DeadlineCalculator.NationalDepartement : code;
        var dueOn = parsedRule == DeadlineRule.CiviClaimLimit
            ? DeadlineCalculator.CiviClaimLimit(fromDate, finalDate, birthDate is { } b ? DeadlineCalculator.MajorityOn(b) : null, holidays)
            : DeadlineCalculator.Calculate(parsedRule, fromDate, holidays);
        return new DeadlineCalculationResult(parsedRule, fromDate, code, dueOn, errors) { FinalDecisionOn = finalDate, VictimBirthDate = birthDate };
    }

    private static DateOnly? OptionalDate(string field, string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors[field] = [OptionalDateMessage];
            return null;
        }

        if (date < Earliest || date > Latest)
        {
            errors[field] = [DateRangeMessage];
            return null;
        }

        return date;
    }
}
