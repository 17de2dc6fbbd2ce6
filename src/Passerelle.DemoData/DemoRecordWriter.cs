using Passerelle.Domain.Cases;

namespace Passerelle.DemoData;

/// <summary>
/// Writes a person down as one agency would: the first agency from what the person says, later ones with their
/// own pseudonym, spelling, format and gaps.
/// </summary>
internal sealed class DemoRecordWriter(Random random)
{
    private readonly Dictionary<string, HashSet<string>> pseudonymsByAgency = new(StringComparer.Ordinal);

    public CaseFacts Write(DemoPerson person, string agency, DateOnly detectedOn, bool first, ICollection<string> personPseudonyms)
    {
        var (birthYear, estimatedAge, dateOfBirth) = Age(person, detectedOn, first);
        return new CaseFacts
        {
            Pseudonym = Pseudonym(agency, personPseudonyms),
            Sex = !first && random.Chance(0.03) ? Sex.Unknown : person.Sex,
            BirthYear = birthYear,
            EstimatedAge = estimatedAge,
            AgeDisputed = person.AgeDisputed,
            Nationality = random.Chance(0.02) ? null : person.Nationality,
            ExploitationForms = first || random.Chance(0.75) ? person.Forms : [person.MainForm],
            Departement = first || random.Chance(0.8) ? person.Departement : DemoPlaces.Nearby(random, person.Departement),
            DetectedOn = detectedOn,
            Identity = new IdentifyingFields
            {
                LegalName = random.Chance(first ? 0.88 : 0.8)
                    ? first ? person.Name.ToString() : NameVariations.Rewrite(random, person.Name)
                    : null,
                DateOfBirth = dateOfBirth,
                Phone = person.PhoneSuffix is { } suffix && random.Chance(first ? 0.8 : 0.6)
                    ? FictionalNames.Phone(suffix, random.Next(4))
                    : null,
                Languages = first || random.Chance(0.7) ? person.Languages : [person.Languages[0]],
                Notes = DemoNotes.Draw(random, agency, person.MainForm),
            },
        };
    }

    /// <summary>
    /// A full date of birth, the birth year only, or an estimated age. Later agencies sometimes swap day and
    /// month. A disputed age is always an estimate: what the person claims, or what the agency believes.
    /// </summary>
    private (int? BirthYear, int? EstimatedAge, DateOnly? DateOfBirth) Age(DemoPerson person, DateOnly detectedOn, bool first)
    {
        var age = person.AgeOn(detectedOn);
        if (person.AgeDisputed)
        {
            return (null, random.Chance(0.7) ? random.Next(15, 18) : random.Next(18, 21), null);
        }

        var dob = person.DateOfBirth;
        var draw = random.NextDouble();
        if (draw < (first ? 0.75 : 0.55))
        {
            return (dob.Year, null, dob);
        }

        if (!first && draw < 0.7 && dob.Day <= 12 && dob.Day != dob.Month)
        {
            return (dob.Year, null, new DateOnly(dob.Year, dob.Day, dob.Month));
        }

        if (draw < (first ? 0.87 : 0.85))
        {
            return (dob.Year, null, null);
        }

        return (null, age >= 25 ? age + random.Next(-2, 3) : age, null);
    }

    /// <summary>Each agency chooses its own pseudonym, never one it already gave someone else.</summary>
    private string Pseudonym(string agency, ICollection<string> personPseudonyms)
    {
        if (!pseudonymsByAgency.TryGetValue(agency, out var used))
        {
            pseudonymsByAgency[agency] = used = new HashSet<string>(StringComparer.Ordinal);
        }

        string word;
        do
        {
            word = random.Pick(FictionalNames.Pseudonyms);
        }
        while (personPseudonyms.Contains(word));

        personPseudonyms.Add(word);
        var pseudonym = word;
        for (var n = 2; !used.Add(pseudonym); n++)
        {
            pseudonym = $"{word} {n}";
        }

        return pseudonym;
    }
}
