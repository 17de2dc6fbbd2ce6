namespace Passerelle.Domain.Screening;

/// <summary>Either a result, or the reasons the observed codes could not be screened against the chosen list.</summary>
public sealed record ScreeningOutcome
{
    public const string Field = "indicators";

    public ScreeningResult? Result { get; init; }

    /// <summary>Codes that are in no list of the catalogue.</summary>
    public IReadOnlyList<string> UnknownCodes { get; init; } = [];

    /// <summary>Codes of the catalogue that belong to other lists, not to the one the screening uses.</summary>
    public IReadOnlyList<string> CodesFromAnotherList { get; init; } = [];

    public bool NoIndicators { get; init; }

    public bool IsValid => Result is not null;

    /// <summary>Errors keyed by the API field name, as <c>CaseRules.Validate</c> returns them.</summary>
    public IReadOnlyDictionary<string, string[]> Errors
    {
        get
        {
            var messages = new List<string>();
            if (NoIndicators)
            {
                messages.Add("Record at least one indicator observed.");
            }

            if (UnknownCodes.Count > 0)
            {
                messages.Add($"Unknown indicator codes: {string.Join(", ", UnknownCodes)}.");
            }

            if (CodesFromAnotherList.Count > 0)
            {
                messages.Add($"Indicator codes not in the list used for this screening: {string.Join(", ", CodesFromAnotherList)}.");
            }

            return messages.Count == 0
                ? new Dictionary<string, string[]>()
                : new Dictionary<string, string[]> { [Field] = [.. messages] };
        }
    }
}
