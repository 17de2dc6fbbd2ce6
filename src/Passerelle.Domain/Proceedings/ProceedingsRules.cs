using Passerelle.Domain.Qualification;

namespace Passerelle.Domain.Proceedings;

/// <summary>The rules proceedings must satisfy; errors are keyed by the camelCase field the API and forms use.</summary>
public static class ProceedingsRules
{
    public const int NameMaxLength = 200;
    public const int MaxOffences = 20;

    public static IReadOnlyDictionary<string, string[]> Validate(CriminalProceedings p, DateOnly today)
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

        if (p.ComplaintFiledOn > today)
        {
            Add("complaintFiledOn", "The complaint date cannot be in the future.");
        }

        if (p.OffenceOn > today)
        {
            Add("offenceOn", "The offence date cannot be in the future.");
        }
        else if (p.OffenceOn is { } offence && p.DecidedOn is { } decided && offence > decided)
        {
            Add("offenceOn", "The offence comes before the decision on it.");
        }

        if (p.TestimonyGivenOn > today)
        {
            Add("testimonyGivenOn", "The testimony date cannot be in the future.");
        }

        if (p.NonPunishment is { } np)
        {
            if (!Enum.IsDefined(np.Status) || !Enum.IsDefined(np.Outcome))
            {
                Add("nonPunishment", "Unknown status or outcome.");
            }
            else if (np.NoteToProsecutorOn > today)
            {
                Add("nonPunishment", "The note to the prosecutor cannot be dated in the future.");
            }
        }

        if (p.Unit is { } unit && !Enum.IsDefined(unit))
        {
            Add("unit", "Unknown investigating unit.");
        }

        var isOtherUnit = p.Unit == InvestigatingUnit.Other;
        var namesAUnit = !string.IsNullOrWhiteSpace(p.OtherUnit);
        if (isOtherUnit != namesAUnit || p.OtherUnit is { Length: > NameMaxLength })
        {
            Add("otherUnit", $"Name the unit (at most {NameMaxLength} characters) when, and only when, it is another unit.");
        }

        if (p.OffencesCharged.Count > MaxOffences)
        {
            Add("offencesCharged", $"At most {MaxOffences} offences.");
        }
        else if (p.OffencesCharged.Any(o => CriminalCodeArticles.Normalize(o) is null))
        {
            Add("offencesCharged", "Each offence is a Criminal Code article, such as 225-4-1 or 225-5.");
        }

        ValidateOutcome(p, today, Add);
        ValidateMoney(p, today, Add);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void ValidateOutcome(CriminalProceedings p, DateOnly today, Action<string, string> add)
    {
        if (!Enum.IsDefined(p.Outcome))
        {
            add("outcome", "Unknown outcome.");
            return;
        }

        var decided = p.Outcome != ProceedingsOutcome.Pending;
        if (decided != p.DecidedOn.HasValue)
        {
            add("decidedOn", "A decision date goes with an outcome, and only then.");
        }
        else if (p.DecidedOn > today)
        {
            add("decidedOn", "The decision date cannot be in the future.");
        }

        if (p.FinalOn is { } final && (!decided || final < p.DecidedOn || final > today))
        {
            add("finalOn", "A decision becomes final on or after it is made, and not in the future.");
        }

        if (p.Sentence is not null && p.Outcome != ProceedingsOutcome.Convicted)
        {
            add("sentence", "Only a conviction has a sentence.");
        }

        if (p.Sentence is { } s && (s.PrisonMonths < 0 || s.SuspendedMonths < 0 || s.SuspendedMonths > s.PrisonMonths || s.Fine < 0))
        {
            add("sentence", "Months and fine are not negative; the suspended part is within the prison term.");
        }
    }

    private static void ValidateMoney(CriminalProceedings p, DateOnly today, Action<string, string> add)
    {
        if (p.Confiscations.Any(c => c.Amount < 0 || c.OrderedOn > today))
        {
            add("confiscations", "A confiscation has an amount of at least 0 and a date that is not in the future.");
        }

        foreach (var claim in p.CompensationClaims)
        {
            if (!Enum.IsDefined(claim.Body) || claim.FiledOn > today || claim.AmountClaimed < 0)
            {
                add("compensationClaims", "A claim is made before the CIVI or AGRASC, on a past date, for an amount of at least 0.");
            }
            else if (claim.AmountGranted is { } granted && (granted < 0 || claim.DecidedOn is null))
            {
                add("compensationClaims", "An amount granted is at least 0 and comes with the date of the decision.");
            }
            else if (claim.DecidedOn is { } decidedOn && (decidedOn < claim.FiledOn || decidedOn > today))
            {
                add("compensationClaims", "A claim is decided after it is filed, and not in the future.");
            }
        }
    }
}
