using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Linkage;

/// <summary>
/// Two agencies editing their own cases of one person at the same moment both rewrite that person's statistics row
/// (its key is the person key). On PostgreSQL both transactions deleted and inserted the same row: one failed on the
/// primary key (a 500 on an ordinary edit; and a linkage run re-keying a case of that person failed the same way).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SamePersonConcurrentEditTests(PasserelleApp app)
{
    private const int EditsEach = 25;

    [Fact]
    public async Task Two_agencies_editing_cases_of_one_person_at_once_both_succeed_and_the_person_counts_once()
    {
        var police = await app.ApiAsAsync("police@demo.test");
        var ngo = await app.ApiAsAsync("ngo@demo.test");
        var coordinator = await app.ApiAsAsync("coordinator@demo.test");
        var a = await LinkageClient.CreateAsync(police, LinkageClient.Person("Ngozi Adaeze Eze", "1991-08-23", "01 99 00 52 91"));
        var b = await LinkageClient.CreateAsync(ngo, LinkageClient.Person("EZE Ngozi Adaeze", "1991-08-23", "0199005291"));
        await LinkageClient.RunAsync(coordinator);
        var person = app.WithDb(db => db.Cases.AsNoTracking().Where(c => c.Id == a || c.Id == b).Select(c => c.PersonKey).Distinct().ToList());
        Assert.Single(person);

        var statuses = await Task.WhenAll(
            EditManyAsync(police, a, "Ngozi Adaeze Eze"),
            EditManyAsync(ngo, b, "EZE Ngozi Adaeze"));

        Assert.All(statuses.SelectMany(s => s), s => Assert.Equal(HttpStatusCode.OK, s));
        var key = person[0].ToString();
        var rows = app.WithDb(db => db.Set<Passerelle.Web.Features.Statistics.StatisticsPersonRow>().AsNoTracking().Count(r => r.PersonKey == key));
        Assert.Equal(1, rows);
    }

    private static async Task<List<HttpStatusCode>> EditManyAsync(HttpClient api, Guid id, string legalName)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < EditsEach; i++)
        {
            var read = await api.GetAsync($"/api/v1/cases/{id}");
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}")
            {
                Content = JsonContent.Create(LinkageClient.Person(legalName, "1991-08-23", $"01 99 00 52 {i:D2}")),
            };
            request.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
            statuses.Add((await api.SendAsync(request)).StatusCode);
        }

        return statuses;
    }
}
