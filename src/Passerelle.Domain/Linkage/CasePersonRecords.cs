using System.Globalization;
using Passerelle.Domain.Cases;

namespace Passerelle.Domain.Linkage;

/// <summary>
/// A case as the linkage engine sees it. The legal name is written given names first (as the case form asks);
/// the engine also compares names crosswise, so a swapped order still meets.
/// </summary>
public static class CasePersonRecords
{
    /// <param name="departement">
    /// The case's département, compared as a postcode at département resolution. Since 3 December 2026 (sixth pass):
    /// two namesakes with one birth date missing had nothing else to tell them apart, and two agencies often record
    /// one person in the same département. Its m and u are estimated like any field's (EM, random pairs), so in a
    /// population where agencies record the same person in different départements it weighs little.
    /// </param>
    public static PersonRecord From(
        string id, string source, string? legalName, DateOnly? dateOfBirth, int? birthYear, Sex sex, string? nationality, string? phone,
        string? departement = null)
    {
        var (given, family) = SplitName(legalName);
        return new PersonRecord(id)
        {
            Source = source,
            GivenName = given,
            FamilyName = family,
            BirthDate = dateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? birthYear?.ToString(CultureInfo.InvariantCulture),
            Sex = sex is Sex.Female or Sex.Male ? sex.ToString() : null,
            Nationality = nationality,
            Phone = phone,
            Postcode = departement,
        };
    }

    /// <summary>
    /// The family name is the words written in capitals when some, not all, are and they lead or end the name
    /// (the French administrative convention, "DIALLO Aminata" or "Aminata Fatou DIALLO"); otherwise the last word.
    /// </summary>
    /// <remarks>
    /// Until 3 December 2026 the last word was always the family name, so "DOLOREMQUE Camille Sarah" (family name
    /// first, in capitals) became given names "Doloremque Camille", family name "Sarah", and no reading — straight,
    /// crosswise or as a set of words when one was misspelt — met "Camille Sarah Doloremque" (demo population).
    /// </remarks>
    public static (string? Given, string? Family) SplitName(string? legalName)
    {
        var words = (legalName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return (null, null);
        }

        var capitals = CapitalsAtOneEnd(words);
        if (capitals is var (from, count))
        {
            var given = words[..from].Concat(words[(from + count)..]);
            return (string.Join(' ', given), string.Join(' ', words[from..(from + count)]));
        }

        return words.Length == 1 ? (null, words[0]) : (string.Join(' ', words[..^1]), words[^1]);
    }

    /// <summary>The run of words in capitals that starts or ends the name, when some words are not in capitals.</summary>
    private static (int From, int Count)? CapitalsAtOneEnd(string[] words)
    {
        var capitals = words.Select(InCapitals).ToArray();
        if (capitals.All(c => c) || !capitals.Any(c => c))
        {
            return null;
        }

        var leading = capitals.TakeWhile(c => c).Count();
        var trailing = capitals.Reverse().TakeWhile(c => c).Count();
        var total = capitals.Count(c => c);
        return leading == total ? (0, leading) : trailing == total ? (words.Length - trailing, trailing) : null;
    }

    /// <summary>Two letters or more, every letter a capital ("DIALLO", "N'DIAYE", "EL-AMINE"; not "A" or "Li").</summary>
    private static bool InCapitals(string word) =>
        word.Count(char.IsLetter) >= 2 && word.Where(char.IsLetter).All(char.IsUpper);
}
