namespace Passerelle.Domain.Linkage.Standardisation;

/// <summary>
/// A birth date that may be known only in part: <see cref="Month"/> and <see cref="Day"/> are 0 when unknown.
/// Recorded dates are often only a year ("born 1998") or have day and month written the other way round.
/// </summary>
public readonly record struct PartialDate(int Year, int Month, int Day)
{
    public bool HasMonthAndDay => Month != 0 && Day != 0;

    public override string ToString() => $"{Year:D4}{Month:D2}{Day:D2}";

    /// <summary>
    /// Reads YYYYMMDD, YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY, MM/YYYY and YYYY; 00 or "XX" for an
    /// unknown day or month. A "month" above 12 with a day of at most 12 is read as the day (the two were swapped).
    /// </summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split(['-', '/', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        int year, month = 0, day = 0;
        switch (parts.Length)
        {
            case 1 when parts[0].Length == 8 && AllDigits(parts[0]):
                var digits = parts[0];
                var startsWithYear = digits[0] is '1' or '2' && Number(digits[..2]) is 19 or 20;
                (year, month, day) = startsWithYear
                    ? (Number(digits[..4]), Number(digits[4..6]), Number(digits[6..]))
                    : (Number(digits[4..]), Number(digits[2..4]), Number(digits[..2]));
                break;
            case 1 when parts[0].Length == 4:
                year = Number(parts[0]);
                break;
            case 2 when parts[1].Length == 4:
                (year, month) = (Number(parts[1]), Number(parts[0]));
                break;
            case 3 when parts[0].Length == 4:
                (year, month, day) = (Number(parts[0]), Number(parts[1]), Number(parts[2]));
                break;
            case 3 when parts[2].Length == 4:
                (year, month, day) = (Number(parts[2]), Number(parts[1]), Number(parts[0]));
                break;
            default:
                return false;
        }

        if (year is < 1000 or > 2999 || month < 0 || day < 0 || day > 31 || month > 31)
        {
            return false;
        }

        if (month > 12)
        {
            if (day is 0 or > 12)
            {
                return false;
            }

            (month, day) = (day, month);
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    private static bool AllDigits(string text) => text.All(char.IsAsciiDigit);

    // Unknown parts (00, XX, ??) read as 0.
    private static int Number(string text) => int.TryParse(text, out var n) ? n : 0;
}
