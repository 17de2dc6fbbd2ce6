using Passerelle.Domain.Deadlines;

namespace Passerelle.Web.Features.Deadlines;

/// <param name="DaysLeft">Days from today to the due date; negative when overdue.</param>
public sealed record DeadlineView(
    Guid CaseId, string CaseReference, DeadlineRule Rule, string? Reference, DateOnly From, DateOnly DueOn, DateOnly? MetOn,
    DeadlineStatus Status, int DaysLeft);

public sealed record CalculationView(string Rule, string From, string DueOn);

public sealed record CommissionCalendarView(string Departement, bool Configured, IReadOnlyList<DateOnly> Sessions);

public sealed record CommissionCalendarInput(IReadOnlyList<DateOnly>? Sessions);
