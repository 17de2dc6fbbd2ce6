using System.Net;
using Passerelle.Web.Tests.Infrastructure;
using Passerelle.Web.Tests.Linkage;

namespace Passerelle.Web.Tests.Access;

/// <summary>Issue 12, leak 3: the coordinator's linkage review shows no identifying field, even inside one agency.</summary>
[Collection(LinkageCollection.Name)]
public sealed class LinkageLeakTests(LinkageApp app)
{
    [Fact]
    public async Task Coordinator_ReviewsPairs_WithoutNamesFullBirthDatesOrPhones()
    {
        var police = await app.ApiAsAsync("police@demo.test");
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var first = await LinkageClient.CreateAsync(police, LinkageClient.Person("Zorglubia Nkemdirim Legalname", "1994-08-23", "+33 6 55 44 33 22"));
        var second = await LinkageClient.CreateAsync(ngo, LinkageClient.Person("Zorglubia Legalname", "1994-08-23", "+33 6 55 44 33 22"));
        await LinkageClient.RunAsync(coordinator);

        foreach (var url in new[] { "/api/v1/linkage/links", "/api/v1/linkage/reviews" })
        {
            var response = await coordinator.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            AssertNoIdentity(body);
        }

        var pairs = (await LinkageClient.PairsAsync(coordinator, "/api/v1/linkage/links")).Concat(await LinkageClient.PairsAsync(coordinator, "/api/v1/linkage/reviews"));
        Assert.Contains(pairs, p => LinkageClient.Joins(p, first, second));

        var pages = await app.PagesAsAsync("coordinator@demo.test");
        foreach (var page in new[] { "/Linkage" })
        {
            AssertNoIdentity(await pages.GetStringAsync(page));
        }
    }

    private static void AssertNoIdentity(string body)
    {
        Assert.DoesNotContain("Zorglubia", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Legalname", body, StringComparison.Ordinal);
        Assert.DoesNotContain("1994-08-23", body, StringComparison.Ordinal);
        Assert.DoesNotContain("55 44 33 22", body, StringComparison.Ordinal);
    }
}
