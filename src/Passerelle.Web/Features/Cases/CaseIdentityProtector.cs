using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Passerelle.Domain.Cases;
using Passerelle.Domain.Htcds;
using Passerelle.Web.Platform.Security;

namespace Passerelle.Web.Features.Cases;

/// <summary>
/// Encrypts a case's identifying fields as one authenticated blob (Data Protection: AES-256-CBC + HMAC, keys in
/// the key ring), and computes the blind index of the legal name: an HMAC-SHA256 of the folded name under a key
/// kept outside the database, so an exact-name search never needs the plaintext and the database alone reveals
/// nothing.
/// </summary>
public sealed class CaseIdentityProtector(IDataProtectionProvider provider, KeyRing keyRing)
{
    private readonly IDataProtector protector = provider.CreateProtector("Passerelle.Cases.Identity.v1");

    public string? Protect(IdentifyingFields identity)
    {
        if (identity == IdentifyingFields.Empty || IsEmpty(identity))
        {
            return null;
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(identity);
        return Convert.ToBase64String(protector.Protect(json));
    }

    public IdentifyingFields Unprotect(string? protectedIdentity)
    {
        if (string.IsNullOrEmpty(protectedIdentity))
        {
            return IdentifyingFields.Empty;
        }

        var json = protector.Unprotect(Convert.FromBase64String(protectedIdentity));
        return JsonSerializer.Deserialize<IdentifyingFields>(json) ?? IdentifyingFields.Empty;
    }

    /// <summary>Encrypts other free text about the person (screening notes, decision reasons).</summary>
    public string? ProtectText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Convert.ToBase64String(protector.Protect(Encoding.UTF8.GetBytes(text.Trim())));

    public string? UnprotectText(string? protectedText) =>
        string.IsNullOrEmpty(protectedText) ? null : Encoding.UTF8.GetString(protector.Unprotect(Convert.FromBase64String(protectedText)));

    /// <summary>
    /// Encrypts data that belongs to one case (a note, an attachment) under a purpose derived from the case's id: the
    /// same key ring, but a ciphertext copied to another case's row does not decrypt there.
    /// </summary>
    public byte[] ProtectFor(Guid caseId, string purpose, byte[] plaintext) => ForCase(caseId, purpose).Protect(plaintext);

    public byte[] UnprotectFor(Guid caseId, string purpose, byte[] ciphertext) => ForCase(caseId, purpose).Unprotect(ciphertext);

    public string ProtectTextFor(Guid caseId, string purpose, string text) =>
        Convert.ToBase64String(ProtectFor(caseId, purpose, Encoding.UTF8.GetBytes(text)));

    public string UnprotectTextFor(Guid caseId, string purpose, string ciphertext) =>
        Encoding.UTF8.GetString(UnprotectFor(caseId, purpose, Convert.FromBase64String(ciphertext)));

    private IDataProtector ForCase(Guid caseId, string purpose) => protector.CreateProtector(caseId.ToString("N"), purpose);
    /// <summary>The places as stored: each city encrypted, the rest in clear.</summary>
    public IReadOnlyList<StoredPlace> ProtectPlaces(IEnumerable<TraffickingPlace> places) =>
        [.. places.Select(p => new StoredPlace(p.Stage, p.Country?.ToUpperInvariant(), ProtectText(p.City), p.Type, p.Date))];

    /// <summary>The places as read; the city only when <paramref name="withCity"/> (readers of the address).</summary>
    public IReadOnlyList<TraffickingPlace> UnprotectPlaces(IEnumerable<StoredPlace> places, bool withCity) =>
        [.. places.Select(p => new TraffickingPlace { Stage = p.Stage, Country = p.Country, City = withCity ? UnprotectText(p.ProtectedCity) : null, Type = p.Type, Date = p.Date })];

    public string? BlindIndex(string? legalName)
    {
        var folded = SearchText.Normalise(legalName);
        if (folded.Length == 0)
        {
            return null;
        }

        var mac = HMACSHA256.HashData(keyRing.BlindIndexKey, Encoding.UTF8.GetBytes(folded));
        return Convert.ToHexStringLower(mac);
    }

    private static bool IsEmpty(IdentifyingFields identity) =>
        string.IsNullOrWhiteSpace(identity.LegalName) && identity.DateOfBirth is null
        && string.IsNullOrWhiteSpace(identity.Phone) && identity.Languages.Count == 0
        && string.IsNullOrWhiteSpace(identity.Notes);
}
