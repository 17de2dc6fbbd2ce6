using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Passerelle.Web.Tests.Infrastructure;

/// <summary>Reading the API's paged collections (<c>{items, page, pageSize, total}</c>) in tests.</summary>
public static class PagedApi
{
    /// <summary>The largest page every collection accepts.</summary>
    public const int LargestPage = 100;

    /// <summary>
    /// Every item of a paged collection, page after page, as one JSON array: what a test that looks for one item
    /// needs, whatever page it is on. Fails unless every page answers 200 with the paged shape and the same total.
    /// </summary>
    public static async Task<JsonElement> GetAllItemsAsync(this HttpClient api, string url)
    {
        var items = new List<JsonElement>();
        int? total = null;
        for (var page = 1; total is null || items.Count < total; page++)
        {
            var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var response = await api.GetAsync($"{url}{separator}page={page}&pageSize={LargestPage}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} page {page}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var pageTotal = body.GetProperty("total").GetInt32();
            Assert.True(total is null || total == pageTotal, $"GET {url}: the total changed from {total} to {pageTotal} between pages");
            total = pageTotal;
            var pageItems = body.GetProperty("items").EnumerateArray().ToList();
            if (pageItems.Count == 0)
            {
                break;
            }

            items.AddRange(pageItems);
        }

        Assert.Equal(total, items.Count);
        return JsonSerializer.SerializeToElement(items);
    }
}
