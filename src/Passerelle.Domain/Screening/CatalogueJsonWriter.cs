using System.Text.Encodings.Web;
using System.Text.Json;
using Passerelle.Domain.Texts;

namespace Passerelle.Domain.Screening;

/// <summary>Writes a catalogue in the format <see cref="CatalogueJsonReader"/> reads, property order fixed so versions diff cleanly.</summary>
internal static class CatalogueJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Keeps French accents and apostrophes readable for the coordinators who edit the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(IndicatorCatalogue catalogue)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", catalogue.Version);
            json.WriteString("source", catalogue.Source);
            json.WriteBoolean("provisional", catalogue.Provisional);
            json.WriteStartArray("notes");
            foreach (var note in catalogue.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            json.WriteStartArray("indicators");
            foreach (var indicator in catalogue.Indicators)
            {
                WriteIndicator(json, indicator);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteIndicator(Utf8JsonWriter json, CatalogueIndicator indicator)
    {
        json.WriteStartObject();
        json.WriteString("code", indicator.Code);
        json.WriteString("dimension", KebabCase.Of(indicator.Dimension));
        json.WriteStartObject("text");
        json.WriteString("fr", indicator.Text.French);
        json.WriteString("en", indicator.Text.English);
        json.WriteEndObject();
        json.WriteStartObject("ratings");
        foreach (var list in IndicatorListId.All.Where(indicator.Ratings.ContainsKey))
        {
            json.WriteString(list.ToString(), KebabCase.Of(indicator.Ratings[list]));
        }

        json.WriteEndObject();
        json.WriteBoolean("provisional", indicator.Provisional);
        if (indicator.Note is not null)
        {
            json.WriteString("note", indicator.Note);
        }

        json.WriteEndObject();
    }
}
