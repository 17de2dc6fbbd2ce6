namespace Passerelle.Domain.Cases;

/// <summary>
/// A person's age, one way. The law counts age in completed years on a date (a child is a person under 18 on
/// the date of the facts: CoE Convention art. 4(d), C. pén. art. 225-4-2 1°, CASF L.112-3); when only part of the
/// birth date is known, a caller says which bound it needs: the youngest the person can be (protection: presume a
/// child) or the age reached during the year (statistics, the Eurostat convention).
/// </summary>
public static class Age
{
    public const int OfMajority = 18;

    /// <summary>Completed years on <paramref name="on"/> (born 29 February: a year older on 28 February of a common year).</summary>
    public static int At(DateOnly birthDate, DateOnly on)
    {
        var age = on.Year - birthDate.Year;
        return birthDate.AddYears(age) > on ? age - 1 : age;
    }

    /// <summary>The youngest a person born in <paramref name="birthYear"/> can be on <paramref name="on"/>: born on 31 December.</summary>
    public static int YoungestAt(int birthYear, DateOnly on) => At(new DateOnly(birthYear, 12, 31), on);

    /// <summary>The age reached during <paramref name="year"/> (statistics: Eurostat's "age reached during the year").</summary>
    public static int ReachedIn(int birthYear, int year) => year - birthYear;

    /// <summary>An age estimated on <paramref name="estimatedOn"/>, aged by the calendar years since.</summary>
    public static int Aged(int estimated, DateOnly estimatedOn, DateOnly on) => estimated + (on.Year - estimatedOn.Year);

    /// <summary>The earliest year of birth an age estimated on <paramref name="estimatedOn"/> allows (the oldest the person can be).</summary>
    public static int EarliestBirthYear(int estimated, DateOnly estimatedOn) => estimatedOn.Year - estimated - 1;

    /// <summary>
    /// The youngest the person can be on <paramref name="on"/> from what is known: the date of birth, else the year
    /// of birth, else an estimate made on <paramref name="estimatedOn"/> and aged since; null when nothing is known.
    /// </summary>
    public static int? YoungestAt(DateOnly on, DateOnly? birthDate, int? birthYear, int? estimated, DateOnly estimatedOn) =>
        birthDate is { } dob ? At(dob, on)
        : birthYear is { } year ? YoungestAt(year, on)
        : estimated is { } age ? Aged(age, estimatedOn, on)
        : null;
}
