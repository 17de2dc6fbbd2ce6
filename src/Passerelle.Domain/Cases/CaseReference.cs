using System.Globalization;

namespace Passerelle.Domain.Cases;

/// <summary>The human reference of a case, <c>PAS-2026-000123</c>: the registration year and a number within it.</summary>
public readonly record struct CaseReference(int Year, int Number)
{
    public const string Prefix = "PAS";

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year:D4}-{Number:D6}");

    public static bool TryParse(string? text, out CaseReference reference)
    {
        reference = default;
        var parts = text?.Trim().Split('-');
        if (parts is not [var prefix, var year, var number]
            || !prefix.Equals(Prefix, StringComparison.OrdinalIgnoreCase)
            || year.Length != 4
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || n <= 0)
        {
            return false;
        }

        reference = new CaseReference(y, n);
        return true;
    }
}
