using Passerelle.Web.Features.Alerts;
using Passerelle.Web.Features.Deadlines;
using Passerelle.Web.Features.FocalPoint;

namespace Passerelle.Web.Features.Children;

/// <summary>The services and APIs of the child mechanism, alerts and the National Focal Point, wired in one call each.</summary>
public static class ChildrenServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<CaseAge>();
        services.AddScoped<ChildProtectionService>();
        services.AddScoped<MissingChildAlerts>();
        services.AddScoped<AlertInbox>();
        services.AddScoped<FocalPointService>();
        services.AddScoped<MissingChildren>();
        services.AddScoped<ChildrenDemoSeeder>();
        services.AddScoped<IDeadlineFactsSource, ChildrenDeadlineFacts>();
    }

    public static void MapApis(RouteGroupBuilder api)
    {
        api.MapChildProtectionApi();
        api.MapAlertsApi();
        api.MapFocalPointApi();
    }
}
