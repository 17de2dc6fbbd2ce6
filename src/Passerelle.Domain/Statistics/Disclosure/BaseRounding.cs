namespace Passerelle.Domain.Statistics.Disclosure;

/// <summary>
/// Conventional rounding to a base, applied to every cell and margin independently (so totals need not equal the
/// sum of their rounded cells). A zero stays zero and any other count rounds to at least the base, so a published
/// zero always means nobody; otherwise the nearest multiple, halves rounded up.
/// </summary>
public static class BaseRounding
{
    public static int Round(int count, int @base = 5)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
        {
            return 0;
        }

        var nearest = (count + (@base / 2)) / @base * @base;
        return Math.Max(@base, nearest);
    }
}
