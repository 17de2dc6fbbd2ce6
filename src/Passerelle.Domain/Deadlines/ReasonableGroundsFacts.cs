namespace Passerelle.Domain.Deadlines;

/// <summary>One reasonable-grounds request and, once made, its decision.</summary>
public sealed record RgStepFact(DateOnly RequestedOn, bool Reconsideration, DateOnly? DecidedOn = null, bool? Positive = null);

/// <summary>What a case's reasonable-grounds requests and decisions give the deadline engine.</summary>
public static class ReasonableGroundsFacts
{
    /// <summary>
    /// The decision target follows the latest request (a reconsideration replaces the first) and is met only by a
    /// decision on that request made on or after it: an earlier decision never meets a later request. The reflection
    /// period opens on the first positive decision, even if a later request was made.
    /// </summary>
    public static DeadlineFacts Apply(DeadlineFacts facts, IEnumerable<RgStepFact> steps)
    {
        var ordered = steps.OrderBy(s => s.RequestedOn).ThenBy(s => s.Reconsideration).ToList();
        if (ordered.Count == 0)
        {
            return facts;
        }

        var latest = ordered[^1];
        var positiveOn = ordered.Where(s => s.Positive == true && s.DecidedOn is not null).Select(s => s.DecidedOn).Min();
        return facts with
        {
            RgRequestedOn = latest.RequestedOn,
            RgDecidedOn = latest.DecidedOn >= latest.RequestedOn ? latest.DecidedOn : null,
            RgPositive = positiveOn is not null,
            RgPositiveOn = positiveOn,
        };
    }
}
