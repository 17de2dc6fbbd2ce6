namespace Passerelle.Web.Platform.Mail;

/// <summary>The <c>Smtp</c> configuration section. Mail is disabled while <see cref="Host"/> is empty.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string From { get; set; } = "passerelle@localhost";

    /// <summary>True: STARTTLS (or TLS on connect on port 465) is required; false: plain SMTP, for a local relay.</summary>
    public bool UseTls { get; set; } = true;

    public string? UserName { get; set; }
    public string? Password { get; set; }
}
