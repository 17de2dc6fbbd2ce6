using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Passerelle.Domain.Cases;
using Passerelle.Web.Features.Cases;
using Passerelle.Web.Platform.Localization;
using Passerelle.Web.Platform.Outcomes;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Localization;

/// <summary>
/// Every English key the pages show must have its French in <c>Text.fr.resx</c>, and the file must hold nothing
/// else. The keys are found where they are written: <c>T["..."]</c> in the Razor pages, the labels of
/// <see cref="Labels"/>, the messages page models set (<c>Error = "..."</c>, <c>Message = "..."</c>) and the
/// validation messages of <see cref="MessageSources"/> (pages show them through <c>T[message]</c>), and the texts
/// of refused writes (<see cref="ProblemTexts"/>).
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class FrenchTranslationTests(PasserelleApp app)
{
    private const string ResourceName = "Passerelle.Web.Platform.Localization.Text";
    private const string ResxPath = "src/Passerelle.Web/Platform/Localization/Text.fr.resx";
    private const string FeaturesPath = "src/Passerelle.Web/Features";

    /// <summary>Code whose English messages reach a page through <c>T[message]</c>. Add a file here when you add a validator.</summary>
    private static readonly string[] MessageSources =
    [
        "src/Passerelle.Domain/Cases/CaseRules.cs",
        "src/Passerelle.Web/Features/Cases/CaseForm.cs",
        "src/Passerelle.Web/Features/Agencies/AgencyDirectory.cs",
        "src/Passerelle.Web/Features/Users/UserAdministration.cs",
        "src/Passerelle.Web/Features/Rights/RightsValidation.cs",
        "src/Passerelle.Web/Features/Deadlines/CommissionService.cs",
        "src/Passerelle.Web/Features/Deadlines/DeadlineCalculation.cs",
        "src/Passerelle.Web/Features/Deadlines/DeadlineDigest.cs",
        "src/Passerelle.Domain/Proceedings/ProceedingsRules.cs",
        "src/Passerelle.Web/Features/Proceedings/ProceedingsMapping.cs",
        "src/Passerelle.Web/Features/Proceedings/Index.cshtml.cs",
        "src/Passerelle.Web/Platform/Http/DatabaseUnavailableHandler.cs",
        "src/Passerelle.Domain/LegalSteps/LegalStep.cs",
        "src/Passerelle.Web/Features/LegalSteps/LegalStepsService.cs",
        "src/Passerelle.Web/Features/LegalSteps/Index.cshtml.cs",
        "src/Passerelle.Web/Features/Qualification/QualificationService.cs",
        "src/Passerelle.Web/Features/Children/ChildProtectionService.cs",
        "src/Passerelle.Domain/Cases/CaseClosure.cs",
        "src/Passerelle.Web/Features/Retention/RetentionService.cs",
        "src/Passerelle.Web/Features/Htcds/HtcdsApi.cs",
        "src/Passerelle.Web/Features/Imports/ImportRowReader.cs",
        "src/Passerelle.Web/Features/Imports/ImportService.cs",
        "src/Passerelle.Web/Features/Imports/ImportWorker.cs",
        "src/Passerelle.Web/Features/Statistics/ReportPdf.cs",
        "src/Passerelle.Domain/DataRequests/DataSubjectRequests.cs",
    ];

    /// <summary>
    /// The computed keys the pages may use, each fed by a source collected in <see cref="UsedKeys"/>: a label, a
    /// page model's Error or Message, or a validation message (<c>nameErrors[0]</c>, <c>m</c> of the case form).
    /// </summary>
    private static readonly Regex[] KnownComputedKeys =
    [
        new(@"^Labels\.Of\(.+\)$"),
        new(@"^Model\.(Error|Message)$"),
        new(@"^\w+\[0\]$"),
        new("^m$"),
    ];

    private static readonly DateOnly Today = new(2026, 6, 1);

    [Fact]
    public void EveryKey_HasAFrenchTranslation()
    {
        var french = FrenchResources();
        var missing = UsedKeys()
            .Where(k => !french.TryGetValue(k.Key, out var value) || string.IsNullOrWhiteSpace(value))
            .Select(k => $"  \"{k.Key}\" ({k.Value})")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0,
            $"{missing.Count} key(s) have no French in {ResxPath}; add a <data name=\"English\"><value>Français</value></data> for each:\n"
            + string.Join("\n", missing));
    }

    [Fact]
    public void NoTwoKeys_DifferOnlyInCase()
    {
        // A .resx cannot hold both "Age disputed" and "age disputed": the build keeps one and only warns (MSB3568).
        var clashes = UsedKeys().Keys
            .GroupBy(k => k, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => "  " + string.Join(" / ", g.Select(k => $"\"{k}\"")))
            .ToList();

        Assert.True(clashes.Count == 0,
            "These keys differ only in case; resource names ignore case, so only one can have its French. Rephrase one:\n"
            + string.Join("\n", clashes));
    }

    [Fact]
    public void FrenchResource_HasNoStaleEntry()
    {
        var used = UsedKeys();
        var stale = FrenchResources().Keys
            .Where(k => !used.ContainsKey(k))
            .Select(k => $"  \"{k}\"")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(stale.Count == 0,
            $"{stale.Count} entr(y/ies) of {ResxPath} are no longer used by any page, label or message; remove them "
            + "(or, if a page does use one, teach this test where it comes from):\n" + string.Join("\n", stale));
    }

    [Fact]
    public void FrenchTranslations_KeepThePlaceholdersOfTheirKey()
    {
        var wrong = FrenchResources()
            .Where(e => !Placeholders(e.Key).SetEquals(Placeholders(e.Value)))
            .Select(e => $"  \"{e.Key}\" => \"{e.Value}\"")
            .ToList();

        Assert.True(wrong.Count == 0, "French translations whose {0}-style placeholders differ from their key:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void EveryComputedKey_InThePages_ComesFromACollectedSource()
    {
        var unknown = RazorFiles()
            .SelectMany(file => ComputedKeys(File.ReadAllText(file)).Select(expression => (file, expression)))
            .Where(x => !KnownComputedKeys.Any(known => known.IsMatch(x.expression)))
            .Select(x => $"  T[{x.expression}] in {RepositorySources.Relative(x.file)}")
            .ToList();

        Assert.True(unknown.Count == 0,
            "These pages translate a computed key that this test cannot see, so its French cannot be checked. Use a "
            + "literal T[\"...\"], or collect the strings it can take in FrenchTranslationTests.UsedKeys and allow the "
            + "expression in KnownComputedKeys:\n" + string.Join("\n", unknown));
    }

    [Fact]
    public void EveryMessageOfTheValidators_IsProducedByTheBadInputsOfThisTest()
    {
        // Interpolated messages ($"... {Max} ...") are only known at run time: the bad inputs below must produce each.
        var produced = ProducedMessages().Keys.ToList();
        var unexercised = MessageSources
            .SelectMany(path => MessageLiterals(File.ReadAllText(Path.Combine(RepositorySources.Root, path))).Select(literal => (path, literal)))
            .Where(x => x.literal.Interpolated && !produced.Any(message => x.literal.Pattern.IsMatch(message)))
            .Select(x => $"  $\"{x.literal.Text}\" in {x.path}")
            .ToList();

        Assert.True(unexercised.Count == 0,
            "These interpolated messages are not produced by FrenchTranslationTests.BadCases/BadForms; add an input that "
            + "triggers each, so that its French is checked:\n" + string.Join("\n", unexercised));
    }

    [Theory]
    [InlineData("fr-FR", "Se connecter à Passerelle", "Sign in to Passerelle")]
    [InlineData("en-GB", "Sign in to Passerelle", "Se connecter à Passerelle")]
    public async Task LoginPage_SpeaksTheLanguageOfTheCultureCookie(string culture, string expected, string unexpected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        var cookie = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture));
        request.Headers.Add("Cookie", $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(cookie)}");

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain(unexpected, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Localizer_ReturnsFrenchForAFrenchUiCulture()
    {
        var localizer = app.Services.GetRequiredService<IStringLocalizer<Text>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            var label = localizer[Labels.Of(ExploitationForm.ForcedCriminality)];
            Assert.False(label.ResourceNotFound);
            Assert.Equal("Contrainte à commettre des délits", label.Value);

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.Equal("Forced criminality", localizer[Labels.Of(ExploitationForm.ForcedCriminality)].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>Every key the user interface can ask for, with where it was found.</summary>
    private static Dictionary<string, string> UsedKeys()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string source) => keys.TryAdd(key, source);

        foreach (var file in RazorFiles())
        {
            foreach (var key in LiteralKeys(File.ReadAllText(file)))
            {
                Add(key, RepositorySources.Relative(file));
            }
        }

        foreach (var (label, source) in AllLabels())
        {
            Add(label, source);
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositorySources.Root, FeaturesPath), "*.cshtml.cs", SearchOption.AllDirectories))
        {
            foreach (Match statement in PageMessagePattern().Matches(File.ReadAllText(file)))
            {
                foreach (Match literal in StringLiteralPattern().Matches(statement.Groups["value"].Value))
                {
                    Add(Unescape(literal.Groups["text"].Value), RepositorySources.Relative(file));
                }
            }
        }

        foreach (var path in MessageSources)
        {
            foreach (var literal in MessageLiterals(File.ReadAllText(Path.Combine(RepositorySources.Root, path))).Where(l => !l.Interpolated))
            {
                Add(literal.Text, path);
            }
        }

        // The titles and details of refused writes (problem+json in the API, ModelState in pages).
        foreach (var field in typeof(ProblemTexts).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            Add((string)field.GetRawConstantValue()!, $"ProblemTexts.{field.Name}");
        }

        // The day's texts built in code (tasks, days to a date, the digest), collected the same way.
        foreach (var field in typeof(Passerelle.Web.Features.Home.DayTexts).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            Add((string)field.GetRawConstantValue()!, $"DayTexts.{field.Name}");
        }

        foreach (var (message, source) in ProducedMessages())
        {
            Add(message, source);
        }

        return keys;
    }

    private static IEnumerable<(string Label, string Source)> AllLabels() =>
        typeof(Labels).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == nameof(Labels.Of) && m.GetParameters() is [{ ParameterType.IsEnum: true }])
            .SelectMany(m =>
            {
                var type = m.GetParameters()[0].ParameterType;
                return Enum.GetValues(type).Cast<object>()
                    .Select(value => ((string)m.Invoke(null, [value])!, $"Labels.Of({type.Name}.{value})"));
            });

    /// <summary>The messages of <see cref="CaseRules.Validate"/> and <see cref="CaseForm.ToFacts"/> for inputs that break every rule.</summary>
    private static Dictionary<string, string> ProducedMessages()
    {
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var facts in BadCases())
        {
            foreach (var message in CaseRules.Validate(facts, Today).Values.SelectMany(m => m))
            {
                messages.TryAdd(message, "CaseRules.Validate");
            }
        }

        foreach (var form in BadForms())
        {
            foreach (var message in form.ToFacts(Today).Errors.Values.SelectMany(m => m))
            {
                messages.TryAdd(message, "CaseForm.ToFacts");
            }
        }

        var badProceedings = new Domain.Proceedings.CriminalProceedings
        {
            Unit = Domain.Proceedings.InvestigatingUnit.Other,
            OtherUnit = new string('x', Domain.Proceedings.ProceedingsRules.NameMaxLength + 1),
            OffencesCharged = [.. Enumerable.Repeat("225-4-1", Domain.Proceedings.ProceedingsRules.MaxOffences + 1)],
        };
        foreach (var message in Domain.Proceedings.ProceedingsRules.Validate(badProceedings, Today).Values.SelectMany(m => m))
        {
            messages.TryAdd(message, "ProceedingsRules.Validate");
        }

        return messages;
    }

    private static IEnumerable<CaseFacts> BadCases()
    {
        yield return new CaseFacts
        {
            Pseudonym = " ",
            Sex = (Sex)99,
            BirthYear = Today.Year + 1,
            EstimatedAge = CaseRules.MaxAge + 1,
            Nationality = "ZZ",
            ExploitationForms = [],
            Departement = "00",
            DetectedOn = Today.AddDays(1),
            Identity = new IdentifyingFields
            {
                LegalName = new string('x', CaseRules.LegalNameMaxLength + 1),
                DateOfBirth = Today.AddDays(1),
                Phone = "call me",
                Languages = Enumerable.Range(0, CaseRules.MaxLanguages + 1).Select(i => $"l{i}").ToList(),
                Notes = new string('x', CaseRules.NotesMaxLength + 1),
            },
        };
        yield return new CaseFacts
        {
            Pseudonym = new string('x', CaseRules.PseudonymMaxLength + 1),
            ExploitationForms = [(ExploitationForm)99],
            Departement = "93",
            DetectedOn = CaseRules.EarliestDetection.AddDays(-1),
            Identity = new IdentifyingFields { DateOfBirth = new DateOnly(Today.Year - CaseRules.MaxAge - 1, 1, 1), Languages = [" "] },
        };
        yield return new CaseFacts
        {
            Pseudonym = "Amina",
            BirthYear = 2004,
            ExploitationForms = [ExploitationForm.ForcedLabour, ExploitationForm.ForcedLabour],
            Departement = "93",
            DetectedOn = new DateOnly(2005, 1, 1),
            Identity = new IdentifyingFields { DateOfBirth = new DateOnly(2005, 5, 5) },
        };
    }

    private static IEnumerable<CaseForm> BadForms()
    {
        yield return new CaseForm
        {
            Sex = null,
            BirthYear = "two thousand",
            EstimatedAge = "twenty",
            DetectedOn = null,
            DateOfBirth = "05/05/2005",
            ExploitationForms = ["no-such-form"],
        };
    }

    /// <summary>The French entries actually embedded in the application (the fr satellite assembly).</summary>
    private static Dictionary<string, string> FrenchResources()
    {
        var manager = new ResourceManager(ResourceName, typeof(Text).Assembly);
        var set = manager.GetResourceSet(CultureInfo.GetCultureInfo("fr"), createIfNotExists: true, tryParents: false);
        Assert.True(set is not null, $"No French resources named {ResourceName} are embedded: is {ResxPath} in the project?");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? "", StringComparer.Ordinal);
    }

    private static IEnumerable<string> RazorFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositorySources.Root, FeaturesPath), "*.cshtml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static IEnumerable<string> LiteralKeys(string razor) =>
        LiteralKeyPattern().Matches(razor).Select(m => Unescape(m.Groups["text"].Value));

    /// <summary>The expressions of <c>T[...]</c> that are not a plain string literal.</summary>
    private static IEnumerable<string> ComputedKeys(string razor)
    {
        foreach (Match start in IndexerPattern().Matches(razor))
        {
            var open = start.Index + start.Length;
            if (razor[open] == '"')
            {
                continue;
            }

            var depth = 1;
            var end = open;
            while (end < razor.Length && depth > 0)
            {
                depth += razor[end] switch { '[' or '(' => 1, ']' or ')' => -1, _ => 0 };
                end++;
            }

            yield return razor[open..(end - 1)].Trim();
        }
    }

    private sealed record MessageLiteral(string Text, bool Interpolated)
    {
        /// <summary>For an interpolated message, its text with each hole matching anything.</summary>
        public Regex Pattern { get; } = new("^" + string.Join(".+?", HolePattern().Split(Text).Select(Regex.Escape)) + "$");
    }

    /// <summary>String literals that read as a sentence for the user ("Capital ... ."), outside comments and exceptions.</summary>
    private static IEnumerable<MessageLiteral> MessageLiterals(string code) =>
        code.Split('\n')
            .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal) && !line.Contains("Exception(", StringComparison.Ordinal))
            .SelectMany(line => StringLiteralPattern().Matches(line))
            .Select(m => new MessageLiteral(Unescape(m.Groups["text"].Value), m.Groups["dollar"].Success))
            .Where(l => SentencePattern().IsMatch(l.Text));

    private static HashSet<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet();

    private static string Unescape(string literal)
    {
        var text = new StringBuilder(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            if (literal[i] == '\\' && i + 1 < literal.Length)
            {
                i++;
                text.Append(literal[i] switch { 'n' => '\n', 't' => '\t', var c => c });
            }
            else
            {
                text.Append(literal[i]);
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"(?<![\w.])T\[\s*""(?<text>(?:[^""\\]|\\.)*)""\s*\]")]
    private static partial Regex LiteralKeyPattern();

    [GeneratedRegex(@"(?<![\w.])T\[\s*")]
    private static partial Regex IndexerPattern();

    [GeneratedRegex(@"\b(?:Error|Message)\s*=(?!=)(?<value>(?:""(?:[^""\\]|\\.)*""|[^;""])*);")]
    private static partial Regex PageMessagePattern();

    [GeneratedRegex(@"(?<![@\w])(?<dollar>\$)?""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex StringLiteralPattern();

    [GeneratedRegex(@"^[A-Z].* .*\.$")]
    private static partial Regex SentencePattern();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex HolePattern();

    [GeneratedRegex(@"\{\d+(?:[,:][^{}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
