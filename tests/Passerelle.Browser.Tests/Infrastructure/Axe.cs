using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Passerelle.Browser.Tests.Infrastructure;

/// <summary>axe-core scans: the bar is no violation of impact "serious" or "critical" on any page.</summary>
public static class Axe
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>The blocking violations on the page as it is now, one readable line each (empty when clean).</summary>
    public static async Task<IReadOnlyList<string>> BlockingViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var path = new Uri(page.Url).PathAndQuery;
        return
        [
            .. result.Violations
                .Where(violation => Blocking.Contains(violation.Impact))
                .Select(violation => $"{path}: {violation.Id} ({violation.Impact}) {violation.Help} at "
                    + string.Join(" | ", violation.Nodes.Select(node => $"{node.Target} {node.Html}"))),
        ];
    }

    public static async Task AssertCleanAsync(IPage page)
    {
        var violations = await BlockingViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
