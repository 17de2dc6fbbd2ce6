using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Passerelle.Web.Platform.Demo;

namespace Passerelle.Web.Platform;

/// <summary>What a person who just typed <c>dotnet run</c> needs to see: where to go and how to sign in.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app, string? demoPassword, bool generated)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var output = Console.Out;
        output.WriteLine();
        output.WriteLine("Passerelle is running.");
        foreach (var address in addresses)
        {
            output.WriteLine($"  Open {address}");
        }

        if (demoPassword is null)
        {
            output.WriteLine("  Demo mode is off: sign in with the accounts your administrator created.");
            return;
        }

        output.WriteLine("  Demo mode: fictional data only. Demo accounts:");
        foreach (var user in DemoAccounts.Users)
        {
            output.WriteLine($"    {user.Email,-26} {user.Role}");
        }

        output.WriteLine(generated
            ? $"  Password (random, new at every start; set {DemoSeeder.PasswordVariable} to choose one): {demoPassword}"
            : $"  Password: the value of {DemoSeeder.PasswordVariable}.");
        output.WriteLine();
    }
}
