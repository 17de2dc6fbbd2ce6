namespace Passerelle.Web.Platform.Mail;

/// <summary>A plain-text e-mail to one recipient. Never put a legal name or other identifying data in one.</summary>
public sealed record MailMessage(string To, string Subject, string TextBody);

/// <summary>Sends e-mail through the configured SMTP server (<see cref="SmtpOptions"/>).</summary>
public interface IMailSender
{
    /// <summary>False when no <c>Smtp:Host</c> is configured: nothing is sent.</summary>
    bool IsEnabled { get; }

    Task SendAsync(MailMessage message, CancellationToken ct);
}
