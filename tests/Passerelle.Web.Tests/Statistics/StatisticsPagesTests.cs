using System.Net;

namespace Passerelle.Web.Tests.Statistics;

public sealed class StatisticsPagesTests(StatisticsFixture fixture) : IClassFixture<StatisticsFixture>
{
    [Fact]
    public async Task The_dashboard_shows_the_protected_table_under_its_chart()
    {
        var client = await fixture.App.PagesAsAsync("statistician@demo.test");
        var html = await client.GetStringAsync("/Statistics?Measure=registered&By=ageGroup&Year=2025&Method=suppression");

        Assert.Contains("data-testid=\"chart-dashboard\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"table-dashboard\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>6</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>s</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>3</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chart_draws_both_breakdowns_a_group_per_category_of_the_first_a_labelled_bar_per_category_of_the_second()
    {
        var client = await fixture.App.PagesAsAsync("statistician@demo.test");
        var html = await client.GetStringAsync("/Statistics?Measure=registered&By=sex&Then=childOrAdult&Year=2025&Method=suppression");
        var chart = html[html.IndexOf("data-testid=\"chart-dashboard\"", StringComparison.Ordinal)..html.IndexOf("data-testid=\"table-dashboard\"", StringComparison.Ordinal)];

        // Sex (female, male, other) × child or adult (child, adult): three headed groups of two bars, one colour per series.
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(chart, "class=\"statistics-chart__group\""));
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(chart, "<rect "));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(chart, "statistics-chart__bar--s0\""));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(chart, "statistics-chart__bar--s1\""));
        Assert.Contains(">Femmes</text>", chart, StringComparison.Ordinal);
        Assert.Contains(">Mineur</text>", chart, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"chart-legend-dashboard\"", chart, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chart_of_one_breakdown_has_one_colour_and_no_legend()
    {
        var client = await fixture.App.PagesAsAsync("statistician@demo.test");
        var html = await client.GetStringAsync("/Statistics?Measure=registered&By=sex&Year=2025&Method=suppression");
        var chart = html[html.IndexOf("data-testid=\"chart-dashboard\"", StringComparison.Ordinal)..html.IndexOf("data-testid=\"table-dashboard\"", StringComparison.Ordinal)];

        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(chart, "statistics-chart__bar--s0\""));
        Assert.DoesNotContain("statistics-chart__bar--s1", chart, StringComparison.Ordinal);
        Assert.DoesNotContain("statistics-chart__group", chart, StringComparison.Ordinal);
        Assert.DoesNotContain("chart-legend-dashboard", chart, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_downloads_go_through_the_page_with_the_same_protection()
    {
        var client = await fixture.App.PagesAsAsync("coordinator@demo.test");
        var response = await client.GetAsync("/Statistics?handler=Download&Measure=registered&By=sex&Year=2025&Method=suppression&Format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("sex,value,suppressed,rounded,method", csv, StringComparison.Ordinal);
        Assert.Contains("female,9,false,false,suppression", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("primary", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_annual_report_lists_the_pathway_of_the_year()
    {
        var client = await fixture.App.PagesAsAsync("statistician@demo.test");
        var html = await client.GetStringAsync("/Statistics/Report?Year=2025&Method=suppression");

        Assert.Contains("data-testid=\"report-series\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"report-pathway\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>14</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("police@demo.test")]
    [InlineData("ngo@demo.test")]
    [InlineData("auditor@demo.test")]
    public async Task Other_roles_are_refused_the_pages(string email)
    {
        var client = await fixture.App.PagesAsAsync(email);

        foreach (var page in new[] { "/Statistics", "/Statistics/Report" })
        {
            var response = await client.GetAsync(page);
            Assert.True(
                response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("AccessDenied", StringComparison.Ordinal)),
                $"{page} answered {(int)response.StatusCode} {response.Headers.Location}");
        }
    }
}
