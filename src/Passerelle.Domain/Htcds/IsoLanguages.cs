using System.Globalization;

namespace Passerelle.Domain.Htcds;

/// <summary>A language: its ISO 639-1 code and its English and French names.</summary>
public sealed record Language(string Code, string NameEn, string NameFr)
{
    public string Name(bool french) => french ? NameFr : NameEn;
}

/// <summary>
/// Languages as ISO 639 codes (HTCDS 2.0 <c>prs_PrimaryLanguage</c>, <c>prs_SecondaryLanguage</c>: "Use ISO 639-2
/// language codes standard (two-letter codes optional)"). Passerelle stores the two-letter ISO 639-1 code and
/// accepts the three-letter ISO 639-2 code too, which it turns into the two-letter one. A code may carry BCP 47
/// subtags after it (<c>fa-AF</c>, <c>ar-x-darija</c>): the language is its first subtag.
/// </summary>
public static class IsoLanguages
{
    public static readonly IReadOnlyList<Language> All =
    [
        new("af", "Afrikaans", "afrikaans"),
        new("am", "Amharic", "amharique"),
        new("ar", "Arabic", "arabe"),
        new("az", "Azerbaijani", "azerbaïdjanais"),
        new("be", "Belarusian", "biélorusse"),
        new("bg", "Bulgarian", "bulgare"),
        new("bm", "Bambara", "bambara"),
        new("bn", "Bengali", "bengali"),
        new("bs", "Bosnian", "bosnien"),
        new("ca", "Catalan", "catalan"),
        new("cs", "Czech", "tchèque"),
        new("da", "Danish", "danois"),
        new("de", "German", "allemand"),
        new("el", "Greek", "grec"),
        new("en", "English", "anglais"),
        new("es", "Spanish", "espagnol"),
        new("et", "Estonian", "estonien"),
        new("fa", "Persian", "persan"),
        new("ff", "Fula", "peul"),
        new("fi", "Finnish", "finnois"),
        new("fr", "French", "français"),
        new("ha", "Hausa", "haoussa"),
        new("he", "Hebrew", "hébreu"),
        new("hi", "Hindi", "hindi"),
        new("hr", "Croatian", "croate"),
        new("ht", "Haitian Creole", "créole haïtien"),
        new("hu", "Hungarian", "hongrois"),
        new("hy", "Armenian", "arménien"),
        new("id", "Indonesian", "indonésien"),
        new("ig", "Igbo", "igbo"),
        new("it", "Italian", "italien"),
        new("ja", "Japanese", "japonais"),
        new("ka", "Georgian", "géorgien"),
        new("kk", "Kazakh", "kazakh"),
        new("km", "Khmer", "khmer"),
        new("ko", "Korean", "coréen"),
        new("ku", "Kurdish", "kurde"),
        new("ky", "Kyrgyz", "kirghize"),
        new("ln", "Lingala", "lingala"),
        new("lo", "Lao", "lao"),
        new("lt", "Lithuanian", "lituanien"),
        new("lv", "Latvian", "letton"),
        new("mg", "Malagasy", "malgache"),
        new("mk", "Macedonian", "macédonien"),
        new("mn", "Mongolian", "mongol"),
        new("ms", "Malay", "malais"),
        new("my", "Burmese", "birman"),
        new("ne", "Nepali", "népalais"),
        new("nl", "Dutch", "néerlandais"),
        new("no", "Norwegian", "norvégien"),
        new("om", "Oromo", "oromo"),
        new("pa", "Punjabi", "pendjabi"),
        new("pl", "Polish", "polonais"),
        new("ps", "Pashto", "pachto"),
        new("pt", "Portuguese", "portugais"),
        new("ro", "Romanian", "roumain"),
        new("ru", "Russian", "russe"),
        new("rw", "Kinyarwanda", "kinyarwanda"),
        new("sd", "Sindhi", "sindhi"),
        new("si", "Sinhala", "cingalais"),
        new("sk", "Slovak", "slovaque"),
        new("sl", "Slovenian", "slovène"),
        new("so", "Somali", "somali"),
        new("sq", "Albanian", "albanais"),
        new("sr", "Serbian", "serbe"),
        new("sv", "Swedish", "suédois"),
        new("sw", "Swahili", "swahili"),
        new("ta", "Tamil", "tamoul"),
        new("tg", "Tajik", "tadjik"),
        new("th", "Thai", "thaï"),
        new("ti", "Tigrinya", "tigrigna"),
        new("tk", "Turkmen", "turkmène"),
        new("tl", "Tagalog", "tagalog"),
        new("tr", "Turkish", "turc"),
        new("uk", "Ukrainian", "ukrainien"),
        new("ur", "Urdu", "ourdou"),
        new("uz", "Uzbek", "ouzbek"),
        new("vi", "Vietnamese", "vietnamien"),
        new("wo", "Wolof", "wolof"),
        new("xh", "Xhosa", "xhosa"),
        new("yo", "Yoruba", "yoruba"),
        new("zh", "Chinese", "chinois"),
        new("zu", "Zulu", "zoulou"),
    ];

    private static readonly Dictionary<string, Language> ByCode = All.ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>ISO 639-2 (terminology and bibliographic) codes of the languages above, from the platform's ICU data.</summary>
    private static readonly Dictionary<string, Language> ByThreeLetterCode = ThreeLetterCodes();

    private static readonly IReadOnlyList<Language> SortedEn = [.. All.OrderBy(l => l.NameEn, StringComparer.Create(CultureInfo.GetCultureInfo("en"), true))];
    private static readonly IReadOnlyList<Language> SortedFr = [.. All.OrderBy(l => l.NameFr, StringComparer.Create(CultureInfo.GetCultureInfo("fr"), true))];

    public static IReadOnlyList<Language> Sorted(bool french) => french ? SortedFr : SortedEn;

    public static Language? Find(string? code) =>
        code is null ? null
        : ByCode.TryGetValue(Primary(code), out var language) ? language
        : ByThreeLetterCode.GetValueOrDefault(Primary(code));

    /// <summary>
    /// The stored form of a language code: the ISO 639-1 code in lower case, then any further subtag as given; null
    /// when the first subtag is not a known ISO 639 code.
    /// </summary>
    public static string? Normalise(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var trimmed = code.Trim();
        var language = Find(trimmed);
        if (language is null)
        {
            return null;
        }

        var dash = trimmed.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? language.Code : language.Code + trimmed[dash..];
    }

    private static string Primary(string code)
    {
        var trimmed = code.Trim();
        var dash = trimmed.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? trimmed : trimmed[..dash];
    }

    private static Dictionary<string, Language> ThreeLetterCodes()
    {
        var codes = new Dictionary<string, Language>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in All)
        {
            try
            {
                var culture = CultureInfo.GetCultureInfo(language.Code);
                foreach (var three in new[] { culture.ThreeLetterISOLanguageName, culture.ThreeLetterWindowsLanguageName })
                {
                    if (three.Length == 3 && three.All(char.IsAsciiLetterLower))
                    {
                        codes.TryAdd(three, language);
                    }
                }
            }
            catch (CultureNotFoundException)
            {
                // Without ICU data a three-letter code is refused; the two-letter code always works.
            }
        }

        return codes;
    }
}
