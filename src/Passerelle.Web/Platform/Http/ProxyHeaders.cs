using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Passerelle.Web.Platform.Http;

/// <summary>
/// Behind a reverse proxy, the client's address and scheme come from <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c>
/// — but only from the proxies the operator names (<c>Proxy:KnownProxies</c>, addresses; <c>Proxy:KnownNetworks</c>,
/// CIDR ranges): anyone else could write those headers and put a false address in the audit log and the rate
/// limiter. With none configured, the headers are ignored.
/// </summary>
public static class ProxyHeaders
{
    public static void Configure(IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("Proxy:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // One proxy in front (the usual deployment); set Proxy:ForwardLimit for a chain.
            options.ForwardLimit = configuration.GetValue("Proxy:ForwardLimit", 1);
        });
    }

    public static bool Configured(IConfiguration configuration) =>
        configuration.GetSection("Proxy:KnownProxies").GetChildren().Any() || configuration.GetSection("Proxy:KnownNetworks").GetChildren().Any();
}
