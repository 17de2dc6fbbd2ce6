using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Domain.Access;
using Passerelle.Domain.Screening;
using Passerelle.Web.Tests.Children;
using Passerelle.Web.Tests.Infrastructure;
using Passerelle.Web.Tests.Referrals;
using static Passerelle.Web.Tests.Access.AuthorizationMatrix;

namespace Passerelle.Web.Tests.Access;

/// <summary>
/// The generated authorization matrix (issue 12): every operation of <c>/openapi/v1.json</c> and every page route,
/// for every role and relation, against a case of the caller's own agency and one of another agency. A route without
/// an entry in <see cref="AuthorizationMatrix.Routes"/> fails <see cref="EveryOperationAndPage_HasAnEntry"/>.
/// </summary>
[Collection(MatrixCollection.Name)]
public sealed class AuthorizationMatrixTests(MatrixApp app)
{
    [Fact]
    public async Task EveryOperationAndPage_HasAnEntry()
    {
        var routes = await app.RoutesAsync();
        var missing = routes.Where(r => !Routes.ContainsKey(r)).ToList();
        Assert.True(missing.Count == 0, "Routes without an entry in AuthorizationMatrix.Routes:\n" + string.Join('\n', missing));
        var stale = Routes.Keys.Where(k => !routes.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "Entries for routes that no longer exist:\n" + string.Join('\n', stale));
    }

    [Fact]
    public async Task EveryApiOperation_FollowsTheMatrix()
    {
        var seeded = await app.SeedAsync();
        var failures = new List<string>();
        foreach (var route in (await app.RoutesAsync()).Where(r => r.Contains(" /api/", StringComparison.Ordinal)))
        {
            var rule = Routes.GetValueOrDefault(route);
            if (rule is null || rule.Gate == Gate.Public)
            {
                continue;
            }

            foreach (var principal in Principals)
            {
                await app.CheckAsync(seeded, route, rule, principal, await app.ApiClientAsync(principal.Email), failures);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} cells differ from the matrix:\n" + string.Join('\n', failures.Take(80)));
    }

    [Fact]
    public async Task EveryPage_FollowsTheMatrix()
    {
        var seeded = await app.SeedAsync();
        var failures = new List<string>();
        foreach (var route in (await app.RoutesAsync()).Where(r => r.StartsWith("PAGE ", StringComparison.Ordinal)))
        {
            var rule = Routes.GetValueOrDefault(route);
            if (rule is null || rule.Gate == Gate.Public)
            {
                continue;
            }

            foreach (var principal in Principals)
            {
                await app.CheckAsync(seeded, route, rule, principal, await app.PageClientAsync(principal.Email), failures);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} cells differ from the matrix:\n" + string.Join('\n', failures.Take(80)));
    }
}

/// <summary>The matrix app: its own database, the seeded objects and one signed-in client per principal, shared by the tests.</summary>
public sealed class MatrixApp : PasserelleApp
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, HttpClient> apiClients = [];
    private readonly Dictionary<string, HttpClient> pageClients = [];
    private Seeded? seeded;
    private List<string>? routes;

    public async Task<List<string>> RoutesAsync()
    {
        if (routes is not null)
        {
            return routes;
        }

        var found = new SortedSet<string>(StringComparer.Ordinal);
        var document = await CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                found.Add($"{operation.Name.ToUpperInvariant()} {path.Name}");
            }
        }

        foreach (var endpoint in Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            {
                found.Add("PAGE /" + endpoint.RoutePattern.RawText);
            }
        }

        routes = [.. found];
        return routes;
    }

    public async Task<HttpClient> ApiClientAsync(string email) =>
        apiClients.TryGetValue(email, out var client) ? client : apiClients[email] = await ApiAsAsync(email);

    public async Task<HttpClient> PageClientAsync(string email) =>
        pageClients.TryGetValue(email, out var client) ? client : pageClients[email] = await PagesAsAsync(email);

    /// <summary>
    /// Case S, held by the NGO: a presumed child led by child welfare, before a pending RG panel (police, labour) and
    /// referred to the demo shelter. Case T, held by the NGO too, has no relation to anyone else. Each carries its own
    /// distinctive identifying values.
    /// </summary>
    public async Task<Seeded> SeedAsync()
    {
        await gate.WaitAsync();
        try
        {
            return seeded ??= await CreateSeedAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<Seeded> CreateSeedAsync()
    {
        var ngo = await ApiClientAsync("ngo@demo.test");
        var admin = await ApiClientAsync("admin@demo.test");
        var users = (await admin.GetAllItemsAsync("/api/v1/users")).EnumerateArray()
            .ToDictionary(u => u.GetProperty("email").GetString()!, u => u.GetProperty("id").GetString()!);
        var agencies = await ChildCases.AgencyIdsByTypeAsync(this);

        async Task<string> CreateAsync(string marker, bool child)
        {
            var response = await ngo.PostAsJsonAsync("/api/v1/cases", new
            {
                pseudonym = CaseApi.Unique("Matrice"),
                sex = "female",
                birthYear = child ? 2011 : 1990,
                ageDisputed = child,
                nationality = "NG",
                exploitationForms = new[] { "sexual-exploitation" },
                departement = "93",
                detectedOn = "2026-03-02",
                legalName = Markers.Of(marker)[IdentifyingField.LegalName],
                dateOfBirth = Markers.Of(marker)[IdentifyingField.DateOfBirth],
                phone = Markers.Of(marker)[IdentifyingField.Phone],
                languages = new[] { Markers.Of(marker)[IdentifyingField.Languages] },
                notes = Markers.Of(marker)[IdentifyingField.Notes],
            });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        var s = await CreateAsync("S", child: true);
        var t = await CreateAsync("T", child: false);
        await ChildCases.PutAsync(ngo, $"/api/v1/cases/{s}/child-protection/lead-agency", new { agencyId = agencies["child-welfare"] }, HttpStatusCode.OK);
        var code = IndicatorCatalogue.Default.For(Population.Child, ExploitationList.Sexual).In(Dimension.ExploitativeConditions).First().Code;
        await ChildCases.PostAsync(ngo, $"/api/v1/cases/{s}/screenings", new { exploitation = "sexual", indicators = new[] { code } }, HttpStatusCode.Created);
        await ChildCases.PostAsync(ngo, $"/api/v1/cases/{s}/identification/rg", new { panel = new[] { users["police@demo.test"], users["labour@demo.test"] } }, HttpStatusCode.Created);
        var provider = await ReferralApi.ShelterProviderAsync(this, children: true);
        var referral = await ChildCases.PostAsync(ngo, $"/api/v1/cases/{s}/referrals", new { providerId = provider, service = "specialised-shelter" }, HttpStatusCode.Created);
        return new Seeded(s, t, referral.GetProperty("id").GetString()!, provider, users["ngo2@demo.test"], agencies["specialised-ngo"]);
    }

    /// <summary>Checks one route for one principal, on each object it applies to, adding what differs to <paramref name="failures"/>.</summary>
    public async Task CheckAsync(Seeded objects, string route, Rule rule, Principal principal, HttpClient client, List<string> failures)
    {
        var method = route[..route.IndexOf(' ', StringComparison.Ordinal)];
        var template = route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        if (method == "PAGE")
        {
            method = "GET";
        }

        var targets = rule.Target == Target.Case ? new[] { ("S", objects.S), ("T", objects.T) } : [("-", objects.IdOf(rule.Target))];
        foreach (var (name, id) in targets)
        {
            var relation = rule.Target switch
            {
                Target.Case => principal.RelationTo(name),
                Target.Referral => principal.ToS,
                _ => CaseRelation.None,
            };
            var expected = Expect(rule, principal, relation);
            if (method != "GET" && expected == Outcome.Allowed)
            {
                // Writes by those allowed are the features' own tests; the matrix proves the refusals.
                continue;
            }

            var url = Fill(template, id);
            var (status, body, location) = await SendAsync(client, method, url);
            var cell = $"{route} as {principal.Email} on {name} ({relation}): expected {expected}, got {(int)status}";
            if (!Matches(expected, status, location, method == "GET", rule))
            {
                failures.Add(cell);
                continue;
            }

            if (method != "GET" && rule.Target == Target.Case)
            {
                // A refusal never tells whether the case exists: the same request on an unknown id answers the same.
                var (unknown, _, _) = await SendAsync(client, method, Fill(template, Guid.NewGuid().ToString()));
                if (unknown != status)
                {
                    failures.Add($"{cell}, but {(int)unknown} for an unknown id");
                }
            }

            foreach (var leaked in Markers.Forbidden(principal).Where(m => body.Contains(m, StringComparison.Ordinal)))
            {
                failures.Add($"{route} as {principal.Email} on {name}: the answer holds \"{leaked}\"");
            }
        }
    }

    private static string Fill(string template, string id) =>
        System.Text.RegularExpressions.Regex.Replace(template, "\\{(\\w+)(:[^}]*)?\\}", m => m.Groups[1].Value switch
        {
            "code" => "404",
            "departement" => "93",
            "measure" => "victims",
            _ => id,
        });

    private static async Task<(HttpStatusCode Status, string Body, string? Location)> SendAsync(HttpClient client, string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            request.Headers.IfMatch.ParseAdd("\"1\"");
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.ToString());
    }

    private static bool Matches(Outcome expected, HttpStatusCode status, string? location, bool read, Rule rule)
    {
        var code = (int)status;
        var deniedPage = status == HttpStatusCode.Redirect && location?.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true;
        return expected switch
        {
            // On a case, an allowed read answers; elsewhere it may also be a 400 for a missing query parameter.
            Outcome.Allowed when read && rule.Target is Target.Case or Target.Referral => code is >= 200 and < 300 || (rule.MayBeAbsent && code == 404),
            Outcome.Allowed => code is not (401 or 403) && code < 500 && !deniedPage && (code != 404 || rule.MayBeAbsent),
            Outcome.Forbidden => status == HttpStatusCode.Forbidden || deniedPage,
            // Reading gets 404; a write on a case out of scope may first be refused for its bad body, never accepted.
            Outcome.NotFound => status == HttpStatusCode.NotFound || (!read && code is 400 or 403 or 415 or 428),
        };
    }
}

public sealed record Seeded(string S, string T, string Referral, string Provider, string User, string Agency)
{
    public string IdOf(Target target) => target switch
    {
        Target.Referral => Referral,
        Target.Provider => Provider,
        Target.User => User,
        Target.Agency => Agency,
        Target.Case => S,
        Target.None or Target.Unknown => Guid.NewGuid().ToString(),
    };
}

[CollectionDefinition(Name)]
public sealed class MatrixCollection : ICollectionFixture<MatrixApp>
{
    public const string Name = "authorization-matrix";
}
