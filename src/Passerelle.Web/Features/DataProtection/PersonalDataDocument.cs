using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Passerelle.Domain.Texts;
using Passerelle.Web.Features.Documents;
using Passerelle.Web.Platform.Localization;

namespace Passerelle.Web.Features.DataProtection;

/// <summary>
/// The personal-data export as PDF (<see cref="PdfBuilder"/>), for a person who asks for a copy on paper (GDPR art.
/// 15(3)): the same content as the JSON, section by section with headings in the reader's language, every field
/// written as the API names it — so nothing in the JSON can be missing from the paper.
/// </summary>
public sealed class PersonalDataDocument(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, TimeProvider clock)
{
    private static readonly Dictionary<string, LocalizedText> Sections = new(StringComparer.Ordinal)
    {
        ["notice"] = new("Responsable, finalités, droits", "Controller, purposes, rights"),
        ["case"] = new("Dossier et identité", "Case and identity"),
        ["screenings"] = new("Repérages", "Screenings"),
        ["qualifications"] = new("Qualification pénale", "Legal qualification"),
        ["identification"] = new("Identification", "Identification"),
        ["referrals"] = new("Orientations", "Referrals"),
        ["rights"] = new("Droits", "Rights"),
        ["proceedings"] = new("Procédure pénale", "Criminal proceedings"),
        ["legalSteps"] = new("Démarches juridiques", "Legal steps"),
        ["deadlines"] = new("Échéances", "Deadlines"),
        ["childProtection"] = new("Protection de l'enfant", "Child protection"),
        ["notes"] = new("Notes", "Notes"),
        ["attachments"] = new("Pièces jointes (liste)", "Attachments (list)"),
        ["linkedRecords"] = new("Autres dossiers de la même personne", "Other records of the same person"),
        ["closure"] = new("Clôture et conservation", "Closure and retention"),
        ["accesses"] = new("Consultations et modifications du dossier", "Who read or changed the file"),
    };

    public PdfFile Render(PersonalDataExport export)
    {
        var language = LocalizationSetup.CurrentLanguage;
        var title = new LocalizedText("Données personnelles détenues", "Personal data held").In(language) + " — " + export.Case.Reference;
        var printed = clock.GetUtcNow().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        using var pdf = new PdfBuilder(title, $"Passerelle — {export.Case.Reference} — {printed}");
        pdf.Small(new LocalizedText(
            "Copie des données (RGPD art. 15(3)). Chaque champ est nommé comme dans l'export JSON de l'API.",
            "Copy of the data (GDPR art. 15(3)). Each field is named as in the API's JSON export.").In(language));
        var document = JsonSerializer.SerializeToNode(export, json.Value.SerializerOptions)!.AsObject();
        foreach (var (name, value) in document)
        {
            if (name == "generatedAt")
            {
                pdf.Field(new LocalizedText("Édité le", "Generated on").In(language), value?.ToString());
                continue;
            }

            pdf.Heading(Sections.TryGetValue(name, out var heading) ? heading.In(language) : name);
            var fields = new List<(string Label, string Value)>();
            Flatten("", value, fields, language);
            if (fields.Count == 0)
            {
                pdf.Paragraph("—");
            }

            foreach (var (label, text) in fields)
            {
                pdf.Field(label, text);
            }
        }

        return new PdfFile($"{export.Case.Reference}-personal-data.pdf", pdf.ToBytes());
    }

    /// <summary>Every leaf value with its path (<c>identity › legalName</c>, <c>items [2] › date</c>); empty lists and nulls are left out.</summary>
    private static void Flatten(string path, JsonNode? node, List<(string, string)> fields, Language language)
    {
        switch (node)
        {
            case JsonObject item:
                foreach (var (key, child) in item)
                {
                    Flatten(path.Length == 0 ? key : $"{path} › {key}", child, fields, language);
                }

                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    Flatten($"{(path.Length == 0 ? "" : path + " ")}[{i + 1}]", list[i], fields, language);
                }

                break;
            case JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                fields.Add((path, (value.GetValue<bool>() ? new LocalizedText("oui", "yes") : new LocalizedText("non", "no")).In(language)));
                break;
            case JsonValue value:
                fields.Add((path, value.ToString()));
                break;
        }
    }
}
