using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Platform;

/// <summary>
/// Issue 17 item 4: no identifying field reaches a log line or a span. The server runs with the production log
/// levels of appsettings.json (Passerelle's own categories lowered to Trace) and with OpenTelemetry on (an OTLP
/// endpoint nobody listens to); every log entry (message, state values, scopes, exception) and every span (name,
/// tags, events) produced while a case is created, read, searched by legal name, edited, shown as a page and
/// refused is captured, then searched for the case's fictional legal name, phone and notes.
/// </summary>
public sealed class TelemetryPrivacyTests : IClassFixture<TelemetryPrivacyTests.CapturedApp>
{
    private readonly CapturedApp app;

    public TelemetryPrivacyTests(CapturedApp app) => this.app = app;

    [Fact]
    public async Task NoIdentifyingField_ReachesALogLineOrASpan()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var legalName = $"Quillebœuf Zéphyrine{marker}";
        var phone = $"+33 1 77 {marker[..2]} {marker[2..4]} {marker[4..6]}".Replace("a", "1").Replace("b", "2").Replace("c", "3").Replace("d", "4").Replace("e", "5").Replace("f", "6");
        var notes = $"Note fictive {marker} sur la personne";
        var api = await app.ApiAsAsync("ngo@demo.test");
        var body = new Dictionary<string, object?>
        {
            ["pseudonym"] = CaseApi.Unique("Log"),
            ["sex"] = "female",
            ["birthYear"] = 2001,
            ["ageDisputed"] = false,
            ["nationality"] = "NG",
            ["exploitationForms"] = new[] { "sexual-exploitation" },
            ["departement"] = "93",
            ["detectedOn"] = "2026-03-02",
            ["legalName"] = legalName,
            ["phone"] = phone,
            ["languages"] = new[] { "en" },
            ["notes"] = notes,
        };

        var created = await api.PostAsJsonAsync("/api/v1/cases", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var read = await api.GetAsync($"/api/v1/cases/{id}");
        Assert.Contains(legalName, await read.Content.ReadAsStringAsync());
        var search = await api.GetAsync($"/api/v1/cases?q={Uri.EscapeDataString(legalName)}");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        body["notes"] = notes + " (complétée)";
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}") { Content = JsonContent.Create(body) };
        put.Headers.IfMatch.Add(read.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(put)).StatusCode);
        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/cases/{id}") { Content = JsonContent.Create(body) };
        stale.Headers.IfMatch.Add(read.Headers.ETag!);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await api.SendAsync(stale)).StatusCode);
        body["birthYear"] = "not a year";
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync("/api/v1/cases", body)).StatusCode);
        var pages = await app.PagesAsAsync("ngo@demo.test");
        Assert.Contains(legalName, await (await pages.GetAsync($"/Cases/Details/{id}")).Content.ReadAsStringAsync());
        var police = await app.ApiAsAsync("police@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/v1/cases/{id}")).StatusCode);

        // The capture must have seen this walk, or the test proves nothing.
        Assert.Contains(app.Spans, span => span.Contains($"/api/v1/cases/{id}", StringComparison.Ordinal) || span.Contains("/api/v1/cases/{id", StringComparison.Ordinal));
        Assert.Contains(app.Spans, span => span.Contains("db.", StringComparison.Ordinal));
        Assert.NotEmpty(app.LogLines);
        foreach (var secret in new[] { legalName, "Zéphyrine" + marker, "Quillebœuf", phone, phone.Replace(" ", ""), notes, marker })
        {
            Assert.DoesNotContain(app.LogLines, line => line.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(app.Spans, span => span.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    public sealed class CapturedApp : PasserelleApp
    {
        private readonly ActivityListener listener;

        public CapturedApp()
        {
            listener = new ActivityListener
            {
                ShouldListenTo = _ => true,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity => Spans.Add(Describe(activity)),
            };
            ActivitySource.AddActivityListener(listener);
        }

        public ConcurrentBag<string> LogLines { get; } = [];

        public ConcurrentBag<string> Spans { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OpenTelemetry:Endpoint", "http://127.0.0.1:9");
            builder.UseSetting("Logging:LogLevel:Passerelle", "Trace");
            builder.ConfigureLogging(logging => logging.AddProvider(new CapturingProvider(LogLines)));
        }

        protected override void Dispose(bool disposing)
        {
            listener.Dispose();
            base.Dispose(disposing);
        }

        private static string Describe(Activity activity) =>
            string.Join(" | ", new[] { activity.Source.Name, activity.DisplayName, activity.OperationName }
                .Concat(activity.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"))
                .Concat(activity.Events.SelectMany(e => e.Tags.Select(tag => $"{e.Name}:{tag.Key}={tag.Value}").Prepend(e.Name))));
    }

    private sealed class CapturingProvider(ConcurrentBag<string> lines) : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, lines, () => scopes);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentBag<string> lines, Func<IExternalScopeProvider> scopes) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => scopes().Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string> { category, formatter(state, exception), exception?.ToString() ?? "" };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(value => $"{value.Key}={value.Value}"));
            }

            scopes().ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), parts);
            lines.Add(string.Join(" | ", parts));
        }
    }
}
