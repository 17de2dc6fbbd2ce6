using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Notes;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Story;

[Collection(AppCollection.Name)]
public sealed class NotesAndTimelineApiTests(PasserelleApp app)
{
    private static HttpRequestMessage Put(string url, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.ParseAdd(ifMatch);
        }

        return request;
    }

    [Fact]
    public async Task Note_IsDatedAuthoredEncrypted_AndCorrectableOnlyByItsAuthorForAWhile()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var caseId = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("Note"))).GetProperty("id").GetString();
        var url = $"/api/v1/cases/{caseId}/notes";

        var empty = await ngo.PostAsJsonAsync(url, new { text = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True((await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("text", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.PostAsJsonAsync(url, new { text = new string('x', NotesService.MaxLength + 1) })).StatusCode);

        var added = await ngo.PostAsJsonAsync(url, new { text = "Rencontrée à la permanence de Zorglub-Quai (fictif)." });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("\"1\"", added.Headers.ETag?.Tag);
        var note = await added.Content.ReadFromJsonAsync<JsonElement>();
        var noteId = note.GetProperty("id").GetString()!;
        Assert.Equal("Rencontrée à la permanence de Zorglub-Quai (fictif).", note.GetProperty("text").GetString());
        Assert.False(string.IsNullOrEmpty(note.GetProperty("author").GetProperty("name").GetString()));
        Assert.False(string.IsNullOrEmpty(note.GetProperty("author").GetProperty("agency").GetString()));
        Assert.True(note.GetProperty("editableUntil").ValueKind == JsonValueKind.String);

        // Encrypted at rest: the row does not hold the text.
        var stored = app.WithDb(db => db.Set<CaseNote>().AsNoTracking().Single(n => n.Id == Guid.Parse(noteId)).ProtectedText);
        Assert.DoesNotContain("Zorglub", stored, StringComparison.Ordinal);

        // Correction: If-Match required, then the version read; a stale one is refused.
        var noteUrl = $"{url}/{noteId}";
        Assert.Equal((HttpStatusCode)428, (await ngo.SendAsync(Put(noteUrl, new { text = "Corrigée." }, null))).StatusCode);
        var corrected = await ngo.SendAsync(Put(noteUrl, new { text = "Rencontrée à la permanence (fictif), corrigée." }, "\"1\""));
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var correctedNote = await corrected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, correctedNote.GetProperty("version").GetInt32());
        Assert.True(correctedNote.GetProperty("editedAt").ValueKind == JsonValueKind.String);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await ngo.SendAsync(Put(noteUrl, new { text = "Encore." }, "\"1\""))).StatusCode);

        // Another worker of the same agency reads it but may not correct it.
        var colleague = await app.NewAccountAsync("colleague");
        var other = await app.ApiAsAsync(colleague.Email, colleague.Password);
        var notYours = await other.SendAsync(Put(noteUrl, new { text = "Pas à moi." }, "\"2\""));
        Assert.Equal(HttpStatusCode.Forbidden, notYours.StatusCode);
        Assert.Equal("note.not-author", (await notYours.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.True(StoryJson.Absent((await other.GetAllItemsAsync(url))[0], "editableUntil"));

        // After the window the note is append-only: 409 in the user's language.
        var writtenAt = app.WithDb(db => db.Set<CaseNote>().AsNoTracking().Single(n => n.Id == Guid.Parse(noteId)).WrittenAt);
        app.WithDb(db => db.Set<CaseNote>().Where(n => n.Id == Guid.Parse(noteId)).ExecuteUpdate(s => s.SetProperty(n => n.WrittenAt, writtenAt.AddMinutes(-16))));
        var late = Put(noteUrl, new { text = "Trop tard." }, "\"2\"");
        late.Headers.AcceptLanguage.ParseAdd("fr-FR");
        var locked = await ngo.SendAsync(late);
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        var problem = await locked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("note.locked", problem.GetProperty("code").GetString());
        Assert.Equal("Cette note ne peut plus être modifiée", problem.GetProperty("title").GetString());

        // Another agency does not see the case; the coordinator sees that a note exists, not its text nor its author's name.
        var ngo2 = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.PostAsJsonAsync(url, new { text = "Intrusion." })).StatusCode);
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var seen = (await coordinator.GetAllItemsAsync(url))[0];
        Assert.True(seen.GetProperty("withheld").GetBoolean());
        Assert.True(StoryJson.Absent(seen, "text"));
        Assert.True(StoryJson.Absent(seen.GetProperty("author"), "name"));
        Assert.False(string.IsNullOrEmpty(seen.GetProperty("author").GetProperty("role").GetString()));
        Assert.False(string.IsNullOrEmpty(seen.GetProperty("author").GetProperty("agency").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync(url, new { text = "Coordination." })).StatusCode);

        // Audited: added, corrected, read.
        var auditor = await app.ApiAsAsync("auditor@demo.test");
        var entries = (await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?caseId={caseId}&pageSize=200")).GetProperty("items").ToString();
        Assert.Contains("1600", entries, StringComparison.Ordinal);
        Assert.Contains("1601", entries, StringComparison.Ordinal);
        Assert.Contains("1602", entries, StringComparison.Ordinal);
        Assert.DoesNotContain("Zorglub", entries, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_TellsWhoDidWhatNewestFirst_InTheReadersLanguage_Pseudonymised()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var caseId = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("Story"))).GetProperty("id").GetString();
        var steps = await ngo.PostAsJsonAsync($"/api/v1/cases/{caseId}/legal-steps", new { kind = "rights-information", on = "2026-03-03", language = "en", interpreter = false, informedBy = "Commissariat fictif" });
        Assert.Equal(HttpStatusCode.Created, steps.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ngo.PostAsJsonAsync($"/api/v1/cases/{caseId}/notes", new { text = "Zorglub-Timeline note (fictive)." })).StatusCode);
        var url = $"/api/v1/cases/{caseId}/timeline";

        using var english = new HttpRequestMessage(HttpMethod.Get, url);
        english.Headers.AcceptLanguage.ParseAdd("en-GB");
        var timeline = await (await ngo.SendAsync(english)).Content.ReadFromJsonAsync<JsonElement>();
        var items = timeline.GetProperty("items").EnumerateArray().ToList();
        var kinds = items.Select(i => i.GetProperty("kind").GetString()).ToList();
        Assert.Contains("case-created", kinds);
        Assert.Contains("legal-step-recorded", kinds);
        Assert.Contains("note-added", kinds);
        Assert.DoesNotContain("case-viewed", kinds);
        var times = items.Select(i => i.GetProperty("at").GetDateTime()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        var noteEvent = items.First(i => i.GetProperty("kind").GetString() == "note-added");
        Assert.Equal("Zorglub-Timeline note (fictive).", noteEvent.GetProperty("detail").GetString());
        Assert.Equal("Note added", noteEvent.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(noteEvent.GetProperty("actor").GetProperty("name").GetString()));
        // The record tells the note, so the audit entry of the same note is not shown twice.
        Assert.Single(kinds, k => k == "note-added");

        // Paged.
        var first = await ngo.GetFromJsonAsync<JsonElement>($"{url}?pageSize=1");
        Assert.Single(first.GetProperty("items").EnumerateArray());
        Assert.Equal(items.Count, first.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.GetAsync($"{url}?page=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.GetAsync($"{url}?pageSize=1000")).StatusCode);

        // In French for a French reader; pseudonymised for the coordinator: no names, no note text.
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        using var french = new HttpRequestMessage(HttpMethod.Get, url);
        french.Headers.AcceptLanguage.ParseAdd("fr-FR");
        var response = await coordinator.SendAsync(french);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Zorglub", body, StringComparison.Ordinal);
        var seen = JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().ToList();
        var seenNote = seen.First(i => i.GetProperty("kind").GetString() == "note-added");
        Assert.Equal("Note ajoutée", seenNote.GetProperty("title").GetString());
        Assert.True(StoryJson.Absent(seenNote.GetProperty("actor"), "name"));
        Assert.Equal("Gestionnaire de dossiers", seenNote.GetProperty("actor").GetProperty("role").GetString());
        Assert.All(seen, i => Assert.True(StoryJson.Absent(i, "actor") || StoryJson.Absent(i.GetProperty("actor"), "name")));

        var ngo2 = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.GetAsync(url)).StatusCode);
        var statistician = await app.ApiAsAsync("statistician@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await statistician.GetAsync(url)).StatusCode);
    }
}
