using System.Globalization;
using System.Text;
using Passerelle.Domain.Linkage;

namespace Passerelle.Bench.Linkage;

/// <summary>One generated record and the person it belongs to (the truth the benchmark scores against).</summary>
public sealed record GeneratedRecord(PersonRecord Record, int PersonId);

/// <summary>
/// A seeded generator of populations like the ones a French NRM records, for the benchmark only (no generated
/// data is committed). Persons come from the main countries of origin of victims identified in France, with
/// surname pools whose concentration follows published frequency shapes, given names by sex and origin,
/// compound given names, family names with particles, and birth dates drawn from a 14–50 age range with the
/// administrative "1 January" of undocumented persons. Each person is recorded by one or more agencies (some
/// agencies twice: internal duplicates), and every copy is corrupted the way records are: transliteration
/// variants, typos, accents stripped, upper-case family names, swapped name order, compound given names
/// truncated, day/month swaps, year ± 1, year-only or missing birth dates, missing nationality or sex.
/// </summary>
/// <remarks>
/// Surname shapes (share of the population carrying the top names), with sources:
/// <list type="bullet">
/// <item>Vietnam: Nguyễn ≈ 38 %, Trần ≈ 11 %, Lê ≈ 9.5 %, Phạm ≈ 7 %, Hoàng/Huỳnh ≈ 5 % each (Lê Trung Hoa,
/// "Họ và tên người Việt Nam", 2005; Wikipedia "Vietnamese name").</item>
/// <item>China: Wang 7.25 %, Li 7.19 %, Zhang 6.83 %, Liu 5.38 %, Chen 4.53 % (Ministry of Public Security,
/// 2007 household register; Wikipedia "List of common Chinese surnames").</item>
/// <item>Guinea/Mali/Côte d'Ivoire: Diallo ≈ 12 % in Guinea, Traoré and Coulibaly ≈ 7 % each in Mali, Koné
/// common in Côte d'Ivoire (forebears.io surname distributions).</item>
/// <item>Brazil: Silva ≈ 10 %, Santos ≈ 6 %, Oliveira ≈ 4 %, Souza ≈ 4 % (IBGE 2022 name census via
/// forebears.io).</item>
/// <item>Albania/Kosovo: Krasniqi ≈ 3 %, Gashi ≈ 2 %, Hoxha ≈ 2 %, Berisha ≈ 2 % (Kosovo Agency of Statistics,
/// 2011 census names).</item>
/// <item>Nigeria: a wide spread, Musa ≈ 2 %, Ibrahim ≈ 1.8 %, Abubakar ≈ 1.5 %, Okafor, Okonkwo, Adeyemi below
/// 1 % (forebears.io).</item>
/// <item>Romania: Popa ≈ 1 %, Pop ≈ 0.9 %, Popescu ≈ 0.8 %, Radu ≈ 0.5 % (forebears.io).</item>
/// <item>Ukraine: Melnyk ≈ 0.5 %, Shevchenko ≈ 0.5 %, Boyko, Kovalenko ≈ 0.4 % (forebears.io).</item>
/// <item>Maghreb: Trabelsi ≈ 2 % in Tunisia, Benali, Mansouri, Saidi below 1 %; the given name Mohamed ≈ 10 %
/// of men (forebears.io).</item>
/// <item>France: Martin 0.35 %, Bernard 0.2 %, Thomas, Petit, Robert 0.15 % (INSEE, patronymes 1891–1990).</item>
/// </list>
/// Below the named top, each origin has a Zipf tail (share ∝ 1/rank) of pronounceable but fictional surnames
/// built from syllables of that origin, so that the whole pool is as concentrated as the published shapes say.
/// Origin weights approximate the nationalities of victims supported in France (MIPROF / SSMSI "Les victimes
/// de traite des êtres humains suivies par les associations", 2016–2022): Nigeria first, then France, West
/// Africa, the Maghreb, Romania, China, Vietnam, Ukraine, Albania/Kosovo and Brazil.
/// </remarks>
public sealed class RealisticPopulation
{
    private readonly Random random;

    public RealisticPopulation(int seed) => random = new Random(seed);

    /// <summary>Probabilities of each corruption per recorded copy (documented in docs/linkage.md).</summary>
    public sealed record Corruption
    {
        public double Typo { get; init; } = 0.08;
        public double Transliteration { get; init; } = 0.25;
        public double UpperFamily { get; init; } = 0.30;
        public double StripAccents { get; init; } = 0.5;
        public double SwapOrder { get; init; } = 0.08;
        public double TruncateCompound { get; init; } = 0.35;
        public double DayMonthSwap { get; init; } = 0.04;
        public double YearOff { get; init; } = 0.04;
        public double YearOnly { get; init; } = 0.07;
        public double MissingDate { get; init; } = 0.04;
        public double MissingNationality { get; init; } = 0.08;
        public double MissingSex { get; init; } = 0.05;
    }

    public Corruption Noise { get; init; } = new();

    /// <summary>
    /// Persons recorded by <paramref name="agencies"/> agencies (2 to 5): a person is known to one agency (55 %),
    /// two (30 %), three or more (15 %); an agency records a person twice with probability
    /// <paramref name="internalDuplicates"/>. Record ids are "a{agency}-{n}"; sources are "agency-{k}".
    /// </summary>
    public List<GeneratedRecord> Generate(int persons, int agencies, double internalDuplicates = 0.04)
    {
        var records = new List<GeneratedRecord>();
        var counter = 0;
        for (var p = 0; p < persons; p++)
        {
            var person = NewPerson();
            var known = random.NextDouble() switch { < 0.55 => 1, < 0.85 => 2, < 0.95 => 3, _ => 4 };
            known = Math.Min(known, agencies);
            var chosen = Enumerable.Range(0, agencies).OrderBy(_ => random.Next()).Take(known);
            foreach (var agency in chosen)
            {
                var copies = random.NextDouble() < internalDuplicates ? 2 : 1;
                for (var c = 0; c < copies; c++)
                {
                    records.Add(new GeneratedRecord(Copy(person, $"a{agency}-{counter++:D7}", $"agency-{agency}"), p));
                }
            }
        }

        return records;
    }

    /// <summary>Two agencies of about <paramref name="perAgency"/> records each, with internal duplicates.</summary>
    public List<GeneratedRecord> TwoAgencies(int perAgency) => Generate((int)(perAgency / 0.725), 2);

    /// <summary>
    /// One account floods its agency with <paramref name="count"/> near-identical cases of one invented person
    /// (as when a training account was used in production): same name, birth date a day or two apart or absent.
    /// They are one person in the truth.
    /// </summary>
    public List<GeneratedRecord> Flood(int count, int personId, string source)
    {
        var person = NewPerson();
        var list = new List<GeneratedRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var record = Copy(person, $"flood-{i:D6}", source);
            list.Add(new GeneratedRecord(record, personId));
        }

        return list;
    }

    private sealed record Person(Origin Origin, string Given, string Family, DateOnly Birth, bool DayKnown, char Sex, string Nationality);

    private Person NewPerson()
    {
        var origin = Pick(Origins, o => o.Weight);
        var sex = random.NextDouble() < origin.FemaleShare ? 'F' : 'M';
        var givenPool = sex == 'F' ? origin.Female : origin.Male;
        var given = ZipfPick(givenPool, 1.0);
        if (random.NextDouble() < origin.CompoundGiven)
        {
            var second = ZipfPick(givenPool, 1.0);
            if (second != given)
            {
                given = origin.Hyphenated ? given + "-" + second : given + " " + second;
            }
        }

        var family = Surname(origin);
        var age = 14 + (int)Math.Round(Math.Abs(Normal() * 9) + random.Next(0, 10));
        var birth = new DateOnly(2026 - Math.Min(age, 70), 1, 1).AddDays(random.Next(0, 365));
        // Undocumented persons are often registered born on 1 January of the year they give.
        var dayKnown = true;
        if (random.NextDouble() < origin.FirstJanuary)
        {
            birth = new DateOnly(birth.Year, 1, 1);
            dayKnown = false;
        }

        return new Person(origin, given, family, birth, dayKnown, sex, origin.Nationalities[random.Next(origin.Nationalities.Length)]);
    }

    private string Surname(Origin origin)
    {
        var u = random.NextDouble();
        foreach (var (name, share) in origin.TopSurnames)
        {
            if (u < share)
            {
                return name;
            }

            u -= share;
        }

        // Zipf tail over fictional names of the origin, continuing the named top (see Origin.TailRank).
        return origin.TailName(origin.TailRank(random.NextDouble()));
    }

    private PersonRecord Copy(Person person, string id, string source)
    {
        var n = Noise;
        var given = person.Given;
        var family = person.Family;
        if (given.Contains(' ') || given.Contains('-'))
        {
            if (random.NextDouble() < n.TruncateCompound)
            {
                given = given.Split(' ', '-')[0];
            }
        }

        if (random.NextDouble() < n.Transliteration)
        {
            given = Variant(given, person.Origin);
            family = Variant(family, person.Origin);
        }

        if (random.NextDouble() < n.Typo)
        {
            if (random.NextDouble() < 0.5)
            {
                given = Typo(given);
            }
            else
            {
                family = Typo(family);
            }
        }

        if (random.NextDouble() < n.StripAccents)
        {
            (given, family) = (StripAccents(given), StripAccents(family));
        }

        if (random.NextDouble() < n.UpperFamily)
        {
            family = family.ToUpperInvariant();
        }

        if (random.NextDouble() < n.SwapOrder)
        {
            (given, family) = (family, given);
        }

        string? birth;
        var date = person.Birth;
        var r = random.NextDouble();
        if (r < n.MissingDate)
        {
            birth = null;
        }
        else if (r < n.MissingDate + n.YearOnly || !person.DayKnown && random.NextDouble() < 0.3)
        {
            birth = date.Year.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            var (y, m, d) = (date.Year, date.Month, date.Day);
            var s = random.NextDouble();
            if (s < n.DayMonthSwap && d <= 12)
            {
                (m, d) = (d, m);
            }
            else if (s < n.DayMonthSwap + n.YearOff)
            {
                y += random.NextDouble() < 0.5 ? -1 : 1;
            }

            birth = random.NextDouble() < 0.5
                ? $"{y:D4}-{m:D2}-{d:D2}"
                : $"{d:D2}/{m:D2}/{y:D4}";
        }

        return new PersonRecord(id)
        {
            Source = source,
            GivenName = given,
            FamilyName = family,
            BirthDate = birth,
            Sex = random.NextDouble() < n.MissingSex ? null : person.Sex.ToString(),
            // Each agency writes the nationality its own way (code, alpha-3 or name): per copy.
            Nationality = random.NextDouble() < n.MissingNationality ? null
                : random.NextDouble() < 0.6 ? person.Nationality
                : person.Origin.Nationalities[random.Next(person.Origin.Nationalities.Length)] is var written && SameCountry(written, person.Nationality) ? written : person.Nationality,
        };
    }

    // "NG", "NGA" and "Nigeria" are one country; "GN" and "Mali" are not.
    private static bool SameCountry(string a, string b) =>
        Passerelle.Domain.Linkage.Standardisation.ContactStandardiser.Nationality(a) == Passerelle.Domain.Linkage.Standardisation.ContactStandardiser.Nationality(b);

    private string Variant(string name, Origin origin)
    {
        var words = name.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var parts = words[i].Split('-');
            for (var j = 0; j < parts.Length; j++)
            {
                if (origin.Variants.TryGetValue(StripAccents(parts[j]), out var variants))
                {
                    parts[j] = variants[random.Next(variants.Length)];
                }
            }

            words[i] = string.Join('-', parts);
        }

        return string.Join(' ', words);
    }

    private string Typo(string name)
    {
        if (name.Length < 3)
        {
            return name;
        }

        var i = random.Next(1, name.Length - 1);
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        return random.Next(4) switch
        {
            0 => name.Remove(i, 1),
            1 => name.Insert(i, letters[random.Next(letters.Length)].ToString()),
            2 => name[..i] + letters[random.Next(letters.Length)] + name[(i + 1)..],
            _ => name[..(i - 1)] + name[i] + name[i - 1] + name[(i + 1)..],
        };
    }

    internal static string StripAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC).Replace('đ', 'd').Replace('Đ', 'D');
    }

    private T Pick<T>(IReadOnlyList<T> items, Func<T, double> weight)
    {
        var u = random.NextDouble() * items.Sum(weight);
        foreach (var item in items)
        {
            u -= weight(item);
            if (u < 0)
            {
                return item;
            }
        }

        return items[^1];
    }

    private string ZipfPick(string[] pool, double exponent)
    {
        var total = 0.0;
        for (var r = 1; r <= pool.Length; r++)
        {
            total += 1 / Math.Pow(r, exponent);
        }

        var u = random.NextDouble() * total;
        for (var r = 1; r <= pool.Length; r++)
        {
            u -= 1 / Math.Pow(r, exponent);
            if (u < 0)
            {
                return pool[r - 1];
            }
        }

        return pool[^1];
    }

    private double Normal() =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private sealed record Origin(
        string Name,
        double Weight,
        string[] Nationalities,
        (string Name, double Share)[] TopSurnames,
        string[] Syllables,
        int TailSize,
        string[] Male,
        string[] Female,
        double FemaleShare,
        double CompoundGiven,
        bool Hyphenated,
        double FirstJanuary,
        Dictionary<string, string[]> Variants)
    {
        private double[]? tailCumulative;

        /// <summary>
        /// Rank 1..TailSize of a tail surname, P(r) ∝ 1/(k + r): the Zipf law continued below the named top. The
        /// offset k is the smallest that keeps the first tail name no more common than the least common named one,
        /// so no fictional name outranks the published top (until 3 December 2026 the tail was 1/r from rank 1,
        /// which made its first name ≈ 7 % of Nigerians and ≈ 6 % of the French — Musa is 2 %, Martin 0.35 %).
        /// </summary>
        public int TailRank(double u)
        {
            var cumulative = tailCumulative ??= TailCumulative();
            var index = Array.BinarySearch(cumulative, u * cumulative[^1]);
            return Math.Clamp(index < 0 ? ~index : index, 0, TailSize - 1) + 1;
        }

        private double[] TailCumulative()
        {
            var tailShare = Math.Max(0.0, 1 - TopSurnames.Sum(t => t.Share));
            var smallest = TopSurnames.Min(t => t.Share);
            double FirstShare(int k)
            {
                var total = 0.0;
                for (var r = 1; r <= TailSize; r++)
                {
                    total += 1.0 / (k + r);
                }

                return tailShare / (k + 1) / total;
            }

            // A tail too short for its share (China: 48 further names for 45 %) cannot stay below the top: it is
            // then as flat as it can be (offset capped).
            const int flattest = 1 << 20;
            var offset = 0;
            while (offset < flattest && FirstShare(offset) > smallest)
            {
                offset = Math.Max(1, offset * 2);
            }

            // Halve back down to the smallest offset that still holds.
            for (var step = offset / 2; step >= 1; step /= 2)
            {
                if (offset < flattest && FirstShare(offset - step) <= smallest)
                {
                    offset -= step;
                }
            }

            var cumulative = new double[TailSize];
            var sum = 0.0;
            for (var r = 1; r <= TailSize; r++)
            {
                sum += 1.0 / (offset + r);
                cumulative[r - 1] = sum;
            }

            return cumulative;
        }

        public string TailName(int rank)
        {
            // Single-syllable systems (Chinese, Vietnamese): the tail is the list of further real surnames.
            if (TailSize <= Syllables.Length)
            {
                return Syllables[rank - 1];
            }

            // Elsewhere a deterministic fictional name per rank: two or three syllables of the origin.
            // Not HashCode.Combine: it is seeded per process, and the same seed must give the same population.
            var r = new Random(((Name.Length * 31) + Name[0]) * 100_003 + rank);
            var count = 2 + r.Next(2);
            var builder = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                builder.Append(Syllables[r.Next(Syllables.Length)]);
            }

            var text = builder.ToString();
            return char.ToUpperInvariant(text[0]) + text[1..];
        }
    }

    private static Dictionary<string, string[]> V(params (string Key, string[] Values)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Values, StringComparer.Ordinal);

    private static readonly Origin[] Origins =
    [
        new("Nigeria", 20, ["NG", "Nigeria", "NGA"],
            [("Musa", 0.02), ("Ibrahim", 0.018), ("Abubakar", 0.015), ("Okafor", 0.009), ("Okonkwo", 0.008), ("Adeyemi", 0.008), ("Eze", 0.008), ("Okoro", 0.007), ("Bello", 0.007), ("Ogunleye", 0.005), ("Osagie", 0.006), ("Igbinedion", 0.005), ("Omoregie", 0.006), ("Edosa", 0.004)],
            ["o", "ba", "de", "ko", "la", "mi", "na", "se", "gbe", "fo", "ri", "ye", "we", "ka", "nwa", "chi", "ike", "du"], 4000,
            ["Chukwuemeka", "Emeka", "Ibrahim", "Samuel", "Daniel", "Osaro", "Efosa", "Godwin", "Ikenna", "Tunde", "Yusuf", "Kingsley", "Uche", "Femi", "Osas"],
            ["Blessing", "Joy", "Precious", "Gift", "Mercy", "Favour", "Esther", "Osas", "Faith", "Peace", "Happiness", "Ngozi", "Chioma", "Amaka", "Itohan", "Omosede", "Success", "Patience"],
            0.85, 0.15, false, 0.25,
            V(("Blessing", ["Blessin", "Blesing"]), ("Okonkwo", ["Okonko"]), ("Osagie", ["Osagye"]), ("Chukwuemeka", ["Chukwuemeka", "Chukuemeka"]), ("Ibrahim", ["Ibrahima", "Ebrahim"]), ("Yusuf", ["Youssouf", "Yussuf"]))),
        new("France", 14, ["FR", "France", "FRA"],
            [("Martin", 0.0035), ("Bernard", 0.002), ("Thomas", 0.0015), ("Petit", 0.0015), ("Robert", 0.0015), ("Richard", 0.0014), ("Durand", 0.0013), ("Dubois", 0.0013), ("Moreau", 0.0012), ("Laurent", 0.0012), ("Simon", 0.0011), ("Michel", 0.0011), ("Lefebvre", 0.001), ("Leroy", 0.001)],
            ["ber", "mar", "lan", "ti", "gue", "rou", "chan", "del", "fon", "ta", "ne", "vi", "lot", "mont", "bois", "rie", "gar", "deau", "ran", "sel", "co", "pin", "mas", "ret"], 30000,
            ["Lucas", "Hugo", "Louis", "Nathan", "Thomas", "Kevin", "Jordan", "Enzo", "Maxime", "Dylan", "Jean", "Pierre", "Yanis", "Mathis"],
            ["Léa", "Manon", "Camille", "Chloé", "Emma", "Inès", "Sarah", "Océane", "Laura", "Marie", "Anaïs", "Julie", "Claire", "Lisa", "Jade", "Eva", "Lucie", "Mélanie", "Émilie", "Pauline"],
            0.7, 0.15, true, 0.0,
            V(("Lefebvre", ["Lefèvre", "Lefevre"]), ("Chloe", ["Chloé", "Cloé"]), ("Anais", ["Anaïs", "Anaiss"]), ("Ines", ["Inès", "Inesse"]))),
        new("West Africa", 12, ["GN", "ML", "CI", "Guinée", "Mali", "Côte d'Ivoire"],
            [("Diallo", 0.12), ("Traoré", 0.07), ("Coulibaly", 0.06), ("Camara", 0.05), ("Bah", 0.04), ("Barry", 0.035), ("Keïta", 0.035), ("Koné", 0.04), ("Sow", 0.03), ("Touré", 0.03), ("Konaté", 0.02), ("Sylla", 0.015), ("Cissé", 0.015), ("Doumbia", 0.015), ("Kouassi", 0.015), ("Diakité", 0.012), ("Sangaré", 0.012), ("Soumah", 0.01)],
            ["dia", "kou", "ma", "ba", "so", "ke", "ta", "sa", "ko", "ra", "ni", "fo", "di", "ga", "bou"], 1500,
            ["Mamadou", "Moussa", "Amadou", "Ibrahima", "Abdoulaye", "Sekou", "Oumar", "Seydou", "Boubacar", "Alpha", "Lamine", "Souleymane", "Adama", "Ousmane"],
            ["Fatoumata", "Aminata", "Mariam", "Kadiatou", "Hawa", "Aïssata", "Fanta", "Mariama", "Oumou", "Djénéba", "Assitan", "Rokia", "Bintou", "Nafissatou", "Salimata"],
            0.55, 0.3, false, 0.5,
            V(("Diallo", ["Dialo", "Djallo"]), ("Traore", ["Traoré", "Traore"]), ("Keita", ["Keïta", "Keyta"]), ("Kone", ["Koné", "Konneh"]), ("Toure", ["Touré", "Tourey"]), ("Mamadou", ["Mamoudou", "Mamadu"]), ("Fatoumata", ["Fatoumatta", "Fatimata", "Fatumata"]), ("Aminata", ["Aminatta", "Aminatou"]), ("Kadiatou", ["Kadiatu", "Khadiatou"]), ("Aissata", ["Aïssata", "Aissatou"]), ("Sekou", ["Sékou", "Sekuba"]), ("Oumar", ["Omar", "Umar"]), ("Ousmane", ["Usman", "Ousman"]))),
        new("Maghreb", 10, ["MA", "DZ", "TN", "Maroc", "Algérie", "Tunisie"],
            [("Trabelsi", 0.02), ("Ould Ahmed", 0.015), ("Benali", 0.01), ("Mansouri", 0.01), ("Saidi", 0.01), ("El Amrani", 0.01), ("Belkacem", 0.008), ("Bouazizi", 0.006), ("Haddad", 0.01), ("Cherif", 0.008), ("Ben Salah", 0.008), ("Alaoui", 0.008), ("Hamdi", 0.007)],
            ["ben", "bou", "ha", "mer", "za", "ka", "li", "sa", "mou", "che", "ri", "ssa", "di", "ba", "la", "ou", "ya"], 3000,
            ["Mohamed", "Ahmed", "Youssef", "Karim", "Amine", "Rachid", "Omar", "Bilal", "Hamza", "Mehdi", "Nabil", "Samir"],
            ["Fatima", "Khadija", "Amina", "Meriem", "Nadia", "Samira", "Hawa", "Salma", "Leila", "Yasmine", "Imane", "Sara", "Zineb"],
            0.5, 0.08, false, 0.2,
            V(("Mohamed", ["Muhammad", "Mohammed", "Mouhamed", "Mohamad"]), ("Ahmed", ["Ahmad", "Ahmet"]), ("Youssef", ["Yousef", "Yusuf", "Youcef"]), ("Fatima", ["Fatma", "Fatimah"]), ("Khadija", ["Khadidja", "Kadija"]), ("Meriem", ["Maryam", "Meryem"]), ("Leila", ["Layla", "Leïla"]), ("Saidi", ["Saïdi", "Saeedi"]), ("Cherif", ["Chérif", "Sharif"]), ("Benali", ["Ben Ali"]), ("Haddad", ["Hadad"]))),
        new("Romania", 8, ["RO", "Roumanie", "ROU"],
            [("Popa", 0.01), ("Pop", 0.009), ("Popescu", 0.008), ("Radu", 0.005), ("Ionescu", 0.004), ("Dumitru", 0.005), ("Stan", 0.005), ("Stoica", 0.004), ("Gheorghe", 0.004), ("Matei", 0.004), ("Ciobanu", 0.004), ("Rusu", 0.004), ("Munteanu", 0.003)],
            ["ne", "scu", "ra", "du", "mi", "te", "an", "ghe", "cu", "lo", "vi", "ța", "bu", "ma", "ri", "co", "pe"], 6000,
            ["Ion", "Andrei", "Alexandru", "Mihai", "Florin", "Constantin", "Marian", "Ionuț", "Gheorghe", "Vasile", "Adrian", "Cătălin"],
            ["Maria", "Elena", "Ioana", "Andreea", "Alexandra", "Mihaela", "Florentina", "Ana", "Georgiana", "Cristina", "Denisa", "Roxana", "Larisa", "Bianca"],
            0.75, 0.2, false, 0.02,
            V(("Ionut", ["Ionuț", "Ionutz"]), ("Catalin", ["Cătălin"]), ("Gheorghe", ["Gheorge", "Georghe"]), ("Andreea", ["Andrea", "Andreia"]), ("Popescu", ["Popesco"]), ("Stefan", ["Ștefan", "Stephan"]))),
        new("China", 6, ["CN", "Chine", "CHN"],
            [("Wang", 0.0725), ("Li", 0.0719), ("Zhang", 0.0683), ("Liu", 0.0538), ("Chen", 0.0453), ("Yang", 0.0308), ("Huang", 0.0223), ("Zhao", 0.0219), ("Wu", 0.0205), ("Zhou", 0.0189), ("Xu", 0.0167), ("Sun", 0.0154), ("Ma", 0.0129), ("Zhu", 0.0128), ("Hu", 0.0131), ("Guo", 0.0115), ("He", 0.0114), ("Lin", 0.0105), ("Gao", 0.0107), ("Luo", 0.0087)],
            ["Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Lu", "Jiang", "Cui", "Zhong", "Tan", "Lu", "Wang", "Fan", "Jin", "Shi", "Liao", "Jia", "Xia", "Wei", "Fu", "Fang", "Bai", "Zou", "Meng", "Xiong", "Qin", "Qiu"], 48,
            ["Wei", "Jun", "Hao", "Lei", "Yong", "Jie", "Tao", "Ming", "Chao", "Hugo", "Qiang", "Peng"],
            ["Fang", "Li", "Na", "Min", "Jing", "Yan", "Xiu", "Hua", "Ying", "Mei", "Lan", "Hong", "Ting", "Xue", "Qing", "Yu"],
            0.8, 0.4, false, 0.05,
            V(("Zhang", ["Chang"]), ("Zhou", ["Chou", "Tcheou"]), ("Xu", ["Hsu"]), ("Huang", ["Hwang", "Wong"]), ("Chen", ["Chan", "Tchen"]))),
        new("Vietnam", 5, ["VN", "Viêt Nam", "VNM"],
            [("Nguyễn", 0.38), ("Trần", 0.11), ("Lê", 0.095), ("Phạm", 0.071), ("Hoàng", 0.051), ("Huỳnh", 0.051), ("Phan", 0.045), ("Vũ", 0.039), ("Võ", 0.039), ("Đặng", 0.021), ("Bùi", 0.02), ("Đỗ", 0.014), ("Hồ", 0.013), ("Ngô", 0.013), ("Dương", 0.01), ("Lý", 0.005)],
            ["Trinh", "Dinh", "Mai", "Cao", "Luong", "Ta", "Kieu", "Tong", "Lam", "Chau", "Quach", "Thai", "Vuong", "Doan", "Trieu"], 15,
            ["Van Minh", "Van Hung", "Duc Anh", "Quang", "Tuan", "Van Nam", "Thanh", "Hoang", "Minh", "Van Long", "Duc"],
            ["Thi Lan", "Thi Hoa", "Thi Mai", "Thi Huong", "Thi Hang", "Linh", "Ngoc Anh", "Thu Trang", "Thi Thu", "Phuong", "Thi Nga"],
            0.5, 0.0, false, 0.1,
            V(("Nguyen", ["Nguyen", "Nguyên", "Ngyuen"]), ("Tran", ["Tran", "Trân"]), ("Pham", ["Pham", "Fam"]), ("Hoang", ["Hoang", "Hoàng"]), ("Huynh", ["Huynh"]), ("Vu", ["Vu", "Vû"]), ("Dang", ["Dang", "Đang"]))),
        new("Ukraine", 6, ["UA", "Ukraine", "UKR"],
            [("Melnyk", 0.005), ("Shevchenko", 0.005), ("Boyko", 0.004), ("Kovalenko", 0.004), ("Bondarenko", 0.004), ("Tkachenko", 0.003), ("Kovalchuk", 0.003), ("Kravchenko", 0.003), ("Oliynyk", 0.003), ("Shevchuk", 0.003), ("Koval", 0.003), ("Polishchuk", 0.003)],
            ["ko", "len", "chen", "ko", "bo", "ro", "dar", "vch", "shch", "uk", "ny", "ly", "mar", "te", "sy", "pet", "hor"], 8000,
            ["Oleksandr", "Andriy", "Serhiy", "Dmytro", "Volodymyr", "Mykola", "Yuriy", "Ivan", "Vasyl", "Bohdan"],
            ["Olena", "Tetiana", "Iryna", "Natalia", "Oksana", "Yulia", "Svitlana", "Anastasia", "Kateryna", "Viktoria", "Halyna", "Mariia"],
            0.7, 0.0, false, 0.0,
            V(("Shevchenko", ["Chevtchenko", "Schewtschenko", "Ševčenko"]), ("Melnyk", ["Melnik", "Melnyk"]), ("Kovalenko", ["Kovalenko", "Kowalenko"]), ("Tkachenko", ["Tkatchenko", "Tkachenko"]), ("Oleksandr", ["Alexandre", "Olexandr", "Aleksandr"]), ("Andriy", ["Andrii", "Andrei"]), ("Serhiy", ["Serhii", "Sergei", "Sergueï"]), ("Tetiana", ["Tatiana", "Tetyana"]), ("Iryna", ["Irina"]), ("Natalia", ["Nataliya", "Natalya"]), ("Yulia", ["Ioulia", "Julia", "Yuliya"]), ("Oksana", ["Oxana"]), ("Kateryna", ["Ekaterina", "Katerina"]), ("Yuriy", ["Iouri", "Yuri"]))),
        new("Albania/Kosovo", 5, ["AL", "XK", "Albanie", "Kosovo"],
            [("Krasniqi", 0.03), ("Gashi", 0.02), ("Hoxha", 0.02), ("Berisha", 0.02), ("Morina", 0.015), ("Shala", 0.015), ("Kelmendi", 0.012), ("Bytyqi", 0.012), ("Hasani", 0.01), ("Rama", 0.01), ("Leka", 0.008), ("Dervishi", 0.008)],
            ["shi", "ja", "ri", "ko", "ber", "ha", "qi", "ra", "li", "do", "ka", "ma", "ze", "ni", "lla"], 3000,
            ["Arben", "Besnik", "Ilir", "Gentian", "Erion", "Blerim", "Driton", "Fatmir", "Arjan", "Dritan"],
            ["Elira", "Besiana", "Anjeza", "Arta", "Blerta", "Drita", "Erjona", "Fjolla", "Kaltrina", "Mimoza", "Vlora", "Albana"],
            0.75, 0.0, false, 0.0,
            V(("Hoxha", ["Hodja", "Hoxa", "Hodža"]), ("Krasniqi", ["Krasnici", "Krasniçi"]), ("Bytyqi", ["Bytici", "Bytyci"]), ("Fjolla", ["Fiola", "Fjola"]))),
        new("Brazil", 5, ["BR", "Brésil", "BRA"],
            [("Silva", 0.10), ("Santos", 0.06), ("Oliveira", 0.04), ("Souza", 0.04), ("Rodrigues", 0.02), ("Ferreira", 0.02), ("Alves", 0.02), ("Pereira", 0.02), ("Lima", 0.015), ("Gomes", 0.015), ("Costa", 0.012), ("Ribeiro", 0.012), ("Martins", 0.01), ("Carvalho", 0.01)],
            ["ra", "mo", "ci", "nho", "ta", "cos", "bar", "fe", "lu", "mei", "rei", "ro", "ca", "ve"], 2000,
            ["João", "Pedro", "Lucas", "Gabriel", "Rafael", "Thiago", "Bruno", "Felipe", "Luiz", "Carlos"],
            ["Ana", "Maria", "Juliana", "Fernanda", "Camila", "Jéssica", "Larissa", "Beatriz", "Letícia", "Amanda", "Bruna", "Vitória"],
            0.65, 0.35, false, 0.0,
            V(("Souza", ["Sousa", "Souza"]), ("Joao", ["João", "Joao"]), ("Jessica", ["Jéssica", "Jessika"]), ("Leticia", ["Letícia", "Leticia"]), ("Luiz", ["Luis", "Luíz"]))),
    ];
}
