namespace Passerelle.Domain.Qualification;

/// <summary>
/// The checks the facts must pass before advice is given. Errors are keyed by the camelCase field name of the API,
/// as <c>CaseRules.Validate</c> does.
/// </summary>
public static class QualificationRules
{
    public const int MaxAge = 110;
    public const int MaxCharged = 20;
    public const int MaxCompelledOffences = 20;
    public const int MaxOffenceLength = 200;

    public static IReadOnlyDictionary<string, string[]> Validate(QualificationFacts facts)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        if (facts.AgeAtFacts is { } age && (age < 0 || age > MaxAge))
        {
            Add("ageAtFacts", $"The age at the time of the facts must be between 0 and {MaxAge}.");
        }

        if (facts.AgeAtFacts >= 18 && facts.Aggravating.Contains(AggravatingCircumstance.Minor))
        {
            Add("aggravating", "The victim cannot be a minor when the age at the time of the facts is 18 or more.");
        }

        CheckDefined(facts.Acts, "acts", "act", Add);
        CheckDefined(facts.Means, "means", "means", Add);
        CheckDefined(facts.Purposes, "purposes", "purpose", Add);
        CheckDefined(facts.Aggravating, "aggravating", "aggravating circumstance", Add);

        if (facts.Charged.Count > MaxCharged)
        {
            Add("charged", $"At most {MaxCharged} charged offences.");
        }

        foreach (var charge in facts.Charged.Where(c => CriminalCodeArticles.Normalize(c) is null))
        {
            Add("charged", $"'{charge}' is not a Criminal Code article, such as 225-4-1 or 225-5.");
        }

        if (facts.CompelledOffences.Count > MaxCompelledOffences)
        {
            Add("compelledOffences", $"At most {MaxCompelledOffences} offences.");
        }

        if (facts.CompelledOffences.Any(o => string.IsNullOrWhiteSpace(o) || o.Length > MaxOffenceLength))
        {
            Add("compelledOffences", $"Each offence is a text of 1 to {MaxOffenceLength} characters.");
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void CheckDefined<TEnum>(IReadOnlyList<TEnum> values, string field, string name, Action<string, string> add)
        where TEnum : struct, Enum
    {
        if (values.Any(v => !Enum.IsDefined(v)))
        {
            add(field, $"Unknown {name}.");
        }
    }
}
