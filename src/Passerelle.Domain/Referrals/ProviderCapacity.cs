namespace Passerelle.Domain.Referrals;

/// <summary>
/// A provider's places: total and occupied, as the provider reports them, and taken or freed by referrals.
/// Occupied never exceeds total. The database keeps each report as history and guards concurrent accepts.
/// </summary>
public sealed class ProviderCapacity
{
    public ProviderCapacity(int total, int occupied)
    {
        Check(total, occupied);
        Total = total;
        Occupied = occupied;
    }

    public int Total { get; private set; }

    public int Occupied { get; private set; }

    public int Free => Total - Occupied;

    public bool HasFreePlace => Free > 0;

    /// <summary>The provider's own count, which includes people who did not come through Passerelle.</summary>
    public void Report(int total, int occupied)
    {
        Check(total, occupied);
        Total = total;
        Occupied = occupied;
    }

    /// <exception cref="DomainRuleException">A conflict (<c>provider.full</c>) when no place is free.</exception>
    public void TakePlace()
    {
        if (!HasFreePlace)
        {
            throw DomainRuleException.Conflict("provider.full", "The provider has no free place.");
        }

        Occupied++;
    }

    /// <summary>
    /// Frees the place a referral held. If the provider has meanwhile reported fewer occupied places, there may be
    /// none left to free: the report stands and nothing goes below zero, so ending a referral is never blocked.
    /// </summary>
    public void FreePlace() => Occupied = Math.Max(0, Occupied - 1);

    private static void Check(int total, int occupied)
    {
        if (total < 0)
        {
            throw DomainRuleException.Invalid("placesTotal", "provider.bad-capacity", "The number of places cannot be negative.");
        }

        if (occupied < 0 || occupied > total)
        {
            throw DomainRuleException.Invalid("placesOccupied", "provider.bad-capacity", "Occupied places are between 0 and the number of places.");
        }
    }
}
