namespace Passerelle.Web.Features.Linkage;

public static class LinkageServices
{
    public static IServiceCollection AddLinkage(this IServiceCollection services) => services
        .AddSingleton<LinkageGate>()
        .AddSingleton<IncrementalLinkageIndex>()
        .AddScoped<IncrementalLinkage>()
        .AddScoped<LinkageRunner>()
        .AddScoped<LinkageService>()
        .AddHostedService<NightlyLinkage>();
}
