using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Attachments;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Story;

[Collection(AppCollection.Name)]
public sealed class AttachmentsApiTests(PasserelleApp app)
{
    /// <summary>A tiny PNG header followed by a fictive marker, enough for the signature check.</summary>
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. "Zorglub-PNG-content (fictive)"u8.ToArray()];

    public static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(name == "mimetype" ? "application/vnd.oasis.opendocument.text" : "<x/>");
            }
        }

        return buffer.ToArray();
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient api, string caseId, byte[] content, string fileName, string declaredType)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(declaredType);
        form.Add(file, "file", fileName);
        return await api.PostAsync($"/api/v1/cases/{caseId}/attachments", form);
    }

    [Fact]
    public async Task Document_IsTypedByItsContent_EncryptedAtRest_AndOpenedOnlyByTheHoldingAgency()
    {
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var caseId = (await CaseApi.CreateAsync(ngo, CaseApi.Unique("Docs"))).GetProperty("id").GetString()!;

        // Declared as text, named .txt: it is a PNG, stored and served as one.
        var uploaded = await UploadAsync(ngo, caseId, Png, "../../consent form.txt", "text/plain");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var attachment = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("image/png", attachment.GetProperty("contentType").GetString());
        Assert.Equal("consent form.png", attachment.GetProperty("fileName").GetString());
        Assert.Equal(Png.Length, attachment.GetProperty("size").GetInt64());
        var id = attachment.GetProperty("id").GetString()!;

        var download = await ngo.GetAsync($"/api/v1/cases/{caseId}/attachments/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());

        // Encrypted in the database row, name and content.
        var row = app.WithDb(db => db.Set<CaseAttachment>().AsNoTracking().Single(a => a.Id == Guid.Parse(id)));
        Assert.DoesNotContain("Zorglub", Encoding.Latin1.GetString(row.ProtectedContent), StringComparison.Ordinal);
        Assert.DoesNotContain("consent", row.ProtectedFileName, StringComparison.Ordinal);

        // Office documents by their manifest; a macro project or an executable is refused whatever its name and type.
        var docx = await UploadAsync(ngo, caseId, Zip("[Content_Types].xml", "word/document.xml"), "certificat.docx", "application/octet-stream");
        Assert.Equal(HttpStatusCode.Created, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (await docx.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contentType").GetString());
        var odt = await UploadAsync(ngo, caseId, Zip("mimetype", "content.xml"), "note.odt", "application/octet-stream");
        Assert.Equal(HttpStatusCode.Created, odt.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(ngo, caseId, Zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"), "macro.docx", "application/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(ngo, caseId, Zip("payload.exe"), "archive.zip", "application/zip")).StatusCode);
        var exe = await UploadAsync(ngo, caseId, [0x4D, 0x5A, 0x90, 0x00, .. new byte[64]], "passport.pdf", "application/pdf");
        Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode);
        Assert.Equal("attachment.type", (await exe.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(ngo, caseId, [], "empty.pdf", "application/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ngo.PostAsJsonAsync($"/api/v1/cases/{caseId}/attachments", new { file = "x" })).StatusCode);

        // Over the limit (10 MB): 413 with the limit in the user's language.
        var huge = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-"u8.CopyTo(huge);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/attachments");
        var form = new MultipartFormDataContent { { new ByteArrayContent(huge), "file", "big.pdf" } };
        request.Content = form;
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");
        var tooLarge = await ngo.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        var problem = await tooLarge.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Le fichier est trop volumineux", problem.GetProperty("title").GetString());
        Assert.Contains("10", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var list = await ngo.GetAllItemsAsync($"/api/v1/cases/{caseId}/attachments");
        Assert.Equal(3, list.GetArrayLength());

        // The coordinator sees that documents exist, not their names, and cannot open them; another agency sees nothing.
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var seen = await coordinator.GetAllItemsAsync($"/api/v1/cases/{caseId}/attachments");
        Assert.All(seen.EnumerateArray(), a => Assert.True(StoryJson.Absent(a, "fileName")));
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/api/v1/cases/{caseId}/attachments/{id}")).StatusCode);
        var ngo2 = await app.ApiAsAsync("ngo2@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await ngo2.GetAsync($"/api/v1/cases/{caseId}/attachments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(ngo2, caseId, Png, "x.png", "image/png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ngo.GetAsync($"/api/v1/cases/{caseId}/attachments/{Guid.NewGuid()}")).StatusCode);

        // Every upload and download audited, without the file name.
        var auditor = await app.ApiAsAsync("auditor@demo.test");
        var entries = (await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?caseId={caseId}&pageSize=200")).GetProperty("items").ToString();
        Assert.Contains("1610", entries, StringComparison.Ordinal);
        Assert.Contains("1611", entries, StringComparison.Ordinal);
        Assert.DoesNotContain("consent form", entries, StringComparison.Ordinal);
    }
}
