using System.Text.RegularExpressions;

namespace Passerelle.Web.Tests.Infrastructure;

/// <summary>Posts a page form the way a browser does: with the antiforgery token read from the page.</summary>
public static partial class Forms
{
    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"no antiforgery token on {page}");
        return match.Groups[1].Value;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var token = await TokenAsync(client, page);
        var all = fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(all));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
