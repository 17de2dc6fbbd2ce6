namespace Passerelle.Domain.Deadlines;

/// <summary>Where a deadline stands on a given day. Serialized in kebab-case.</summary>
public enum DeadlineStatus
{
    Upcoming = 1,

    /// <summary>Due today or in the next six days.</summary>
    DueThisWeek = 2,

    /// <summary>Its last day has passed (a period runs until midnight on its last day, art. 642 CPC).</summary>
    Overdue = 3,

    /// <summary>The fact that answers it was recorded, on time or late.</summary>
    Met = 4,
}

/// <summary>The filter of the deadline dashboards: <c>due=overdue|week</c>.</summary>
public enum DueFilter
{
    Overdue = 1,
    Week = 2,
}
