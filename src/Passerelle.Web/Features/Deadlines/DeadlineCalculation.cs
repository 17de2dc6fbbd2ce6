using System.Globalization;
using Passerelle.Domain.Deadlines;
using Passerelle.Domain.Geography;
using Passerelle.Web.Platform.Http;

namespace Passerelle.Web.Features.Deadlines;

/// <summary>The outcome of a calculator request: the due date, or the fields that were wrong (keyed as the API names them).</summary>
public sealed record DeadlineCalculationResult(DeadlineRule Rule, DateOnly From, string Departement, DateOnly? DueOn, Dictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// The deadline calculator behind <c>GET /api/v1/deadlines/calculate</c> and the page <c>/Deadlines/Calculator</c>:
/// one reading of the three inputs and the domain's <see cref="DeadlineCalculator"/>, so that both answer alike.
/// </summary>
public static class DeadlineCalculation
{
    public const string RuleMessage = "Choose one of the rules of the calculator.";
    public const string FromMessage = "A date as yyyy-MM-dd is required.";
    public const string DepartementMessage = "A known département code is required (e.g. 67, 2A, 974).";

    /// <summary>The rules computed from one date, in the order the page offers them.</summary>
    public static IReadOnlyList<DeadlineRule> Rules => DeadlineCalculator.SingleDateRules;

    public static DeadlineCalculationResult Calculate(string? rule, string? from, string? departement)
    {
        var errors = new Dictionary<string, string[]>();
        if (!ApiEnum.TryParse<DeadlineRule>(rule, out var parsedRule) || !Rules.Contains(parsedRule))
        {
            errors["rule"] = [RuleMessage];
        }

        // Dates far outside any case (year 9999) would overflow the calendar arithmetic.
        if (!DateOnly.TryParseExact(from?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var fromDate)
            || fromDate.Year is < 1900 or > 2200)
        {
            errors["from"] = [FromMessage];
        }

        var code = departement?.Trim().ToUpperInvariant();
        if (!Departements.IsKnown(code))
        {
            errors["departement"] = [DepartementMessage];
        }

        return errors.Count > 0
            ? new DeadlineCalculationResult(parsedRule, fromDate, code ?? "", null, errors)
            : new DeadlineCalculationResult(parsedRule, fromDate, code!, DeadlineCalculator.Calculate(parsedRule, fromDate, code!), errors);
    }
}
