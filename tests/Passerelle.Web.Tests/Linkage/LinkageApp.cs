using Microsoft.AspNetCore.Hosting;
using Passerelle.Web.Tests.Infrastructure;

namespace Passerelle.Web.Tests.Linkage;

/// <summary>
/// Linkage runs over every case in the database: these tests get a database of their own (demo population plus
/// their fictional persons), so cases other tests create with shared phone numbers cannot join their persons.
/// The review band is widened (link from a posterior of 0.999, review from 10⁻⁶, about 30 bits apart instead of 4)
/// so that a moderately similar pair lands in the queue, and a near-identical one is linked, whatever the demo
/// population of the day does to the estimated weights. Posteriors are against the whole population (weights from
/// random pairs, prior over all pairs), so a near-identical pair sits some 15 to 25 bits above even odds.
/// </summary>
public sealed class LinkageApp : PasserelleApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Linkage:MatchProbability", "0.999");
        builder.UseSetting("Linkage:ReviewProbability", "0.000001");
        builder.UseSetting("Linkage:AtOnce", "true");
    }
}

[CollectionDefinition(Name)]
public sealed class LinkageCollection : ICollectionFixture<LinkageApp>
{
    public const string Name = "linkage";
}
