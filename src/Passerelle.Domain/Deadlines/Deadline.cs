namespace Passerelle.Domain.Deadlines;

/// <summary>One deadline of a case, derived from its facts.</summary>
/// <param name="From">The date of the fact that started it.</param>
/// <param name="MetOn">The date of the fact that answered it, if any.</param>
/// <param name="Reference">Which permit, enquiry or missing episode it belongs to, when a case can have several.</param>
public sealed record Deadline(DeadlineRule Rule, DateOnly From, DateOnly DueOn, DateOnly? MetOn = null, string? Reference = null)
{
    /// <summary>How many days ahead counts as "this week": due today and the six days after.</summary>
    public const int WeekDays = 7;

    public bool MetLate => MetOn is { } met && met > DueOn;

    public DeadlineStatus StatusOn(DateOnly today)
    {
        if (MetOn is not null)
        {
            return DeadlineStatus.Met;
        }

        if (DueOn < today)
        {
            return DeadlineStatus.Overdue;
        }

        return DueOn < today.AddDays(WeekDays) ? DeadlineStatus.DueThisWeek : DeadlineStatus.Upcoming;
    }

    public bool Matches(DueFilter filter, DateOnly today) => (filter, StatusOn(today)) switch
    {
        (DueFilter.Overdue, DeadlineStatus.Overdue) => true,
        (DueFilter.Week, DeadlineStatus.DueThisWeek) => true,
        _ => false,
    };
}
