using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Platform.Localization;

public static class LocalizationSetup
{
    public static readonly CultureInfo[] Cultures = [new("fr-FR"), new("en-GB")];

    public static string LanguageOf(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" ? "en" : "fr";

    /// <summary>The language domain texts (explanations, warnings) are written in for this request.</summary>
    public static Domain.Texts.Language CurrentLanguage =>
        LanguageOf(CultureInfo.CurrentUICulture) == "en" ? Domain.Texts.Language.English : Domain.Texts.Language.French;

    public static CultureInfo CultureOf(string? language) => language == "en" ? Cultures[1] : Cultures[0];

    /// <summary>French by default; a signed-in user's own choice first, then the language cookie, then the browser.</summary>
    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Cultures[0]),
            SupportedCultures = Cultures,
            SupportedUICultures = Cultures,
        };
        options.RequestCultureProviders.Insert(0, new CustomRequestCultureProvider(context =>
        {
            var language = context.User.FindFirst(PasserelleClaims.Language)?.Value;
            return Task.FromResult(language is null ? null : new ProviderCultureResult(CultureOf(language).Name));
        }));
        return options;
    }
}
