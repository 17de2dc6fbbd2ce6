namespace Passerelle.DemoData;

/// <summary>Languages a person speaks, as ISO 639-1 codes, after their nationality.</summary>
internal static class DemoLanguages
{
    private static readonly Dictionary<string, string[]> ByCountry = new (string Country, string[] Codes)[]
    {
        ("FR", ["fr"]), ("NG", ["en", "yo", "ig"]), ("GH", ["en"]), ("RO", ["ro"]), ("MD", ["ro", "ru"]),
        ("BG", ["bg"]), ("CN", ["zh"]), ("VN", ["vi"]), ("BR", ["pt"]), ("PT", ["pt"]), ("CO", ["es"]),
        ("PE", ["es"]), ("VE", ["es"]), ("PY", ["es"]), ("DO", ["es"]), ("MA", ["ar", "fr"]),
        ("DZ", ["ar", "fr"]), ("TN", ["ar", "fr"]), ("EG", ["ar"]), ("SY", ["ar"]), ("IQ", ["ar"]),
        ("SD", ["ar"]), ("CI", ["fr"]), ("CM", ["fr", "en"]), ("SN", ["fr", "wo"]), ("ML", ["fr", "bm"]),
        ("GN", ["fr"]), ("BF", ["fr"]), ("CD", ["fr", "ln"]), ("BJ", ["fr"]), ("TG", ["fr"]),
        ("MG", ["mg", "fr"]), ("HT", ["ht", "fr"]), ("AL", ["sq"]), ("BA", ["bs"]), ("RS", ["sr"]),
        ("HR", ["hr"]), ("UA", ["uk", "ru"]), ("PK", ["ur"]), ("AF", ["ps", "fa"]), ("BD", ["bn"]),
        ("IN", ["hi", "ta"]), ("LK", ["si", "ta"]), ("PH", ["tl", "en"]), ("ET", ["am"]), ("TR", ["tr"]),
        ("PL", ["pl"]), ("HU", ["hu"]), ("SR", ["nl"]), ("GY", ["en"]),
    }.ToDictionary(r => r.Country, r => r.Codes, StringComparer.Ordinal);

    /// <summary>The main language, sometimes a second one of the country, sometimes French learnt since.</summary>
    public static IReadOnlyList<string> Draw(Random random, string nationality)
    {
        var spoken = ByCountry.GetValueOrDefault(nationality, ["en"]);
        var languages = new List<string> { spoken[0] };
        if (spoken.Length > 1 && random.Chance(0.4))
        {
            languages.Add(spoken[random.Next(1, spoken.Length)]);
        }

        if (!languages.Contains("fr") && random.Chance(0.2))
        {
            languages.Add("fr");
        }

        return languages;
    }
}
