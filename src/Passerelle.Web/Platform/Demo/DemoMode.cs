namespace Passerelle.Web.Platform.Demo;

/// <summary>
/// Demo mode (<c>Demo:Enabled</c>, on in Development): seeds fictional data and demo accounts, and lets those
/// accounts in without MFA. Never enable it on a deployment that holds real data.
/// </summary>
public sealed record DemoMode(bool Enabled);
