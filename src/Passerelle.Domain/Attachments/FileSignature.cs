using System.IO.Compression;
using System.Text;

namespace Passerelle.Domain.Attachments;

/// <summary>A kind of document a case may hold: what its content proves it is, never what the sender declared.</summary>
public enum AttachmentKind
{
    Pdf,
    Png,
    Jpeg,
    Gif,
    WebP,
    Docx,
    Xlsx,
    Odt,
    Ods,
}

/// <summary>
/// Recognises an uploaded file by its content (magic bytes; for office documents, the zip's manifest): PDF, PNG,
/// JPEG, GIF, WebP, Word and Excel (Office Open XML, ISO/IEC 29500) and OpenDocument text and spreadsheet
/// (ISO/IEC 26300). Anything else is refused — executables, scripts, archives, macro-enabled office files — whatever
/// its name or declared type. The declared content type is ignored.
/// </summary>
public static class FileSignature
{
    /// <summary>The kind of <paramref name="content"/>, or null when it is not an accepted document.</summary>
    public static AttachmentKind? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return AttachmentKind.Pdf;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return AttachmentKind.Png;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return AttachmentKind.Jpeg;
        }

        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8))
        {
            return AttachmentKind.Gif;
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return AttachmentKind.WebP;
        }

        return content.StartsWith("PK\u0003\u0004"u8) ? OfficeKind(content.ToArray()) : null;
    }

    public static string ContentType(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Png => "image/png",
        AttachmentKind.Jpeg => "image/jpeg",
        AttachmentKind.Gif => "image/gif",
        AttachmentKind.WebP => "image/webp",
        AttachmentKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AttachmentKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        AttachmentKind.Odt => "application/vnd.oasis.opendocument.text",
        AttachmentKind.Ods => "application/vnd.oasis.opendocument.spreadsheet",
    };

    /// <summary>The file extension the kind is stored and downloaded with.</summary>
    public static string Extension(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => ".pdf",
        AttachmentKind.Png => ".png",
        AttachmentKind.Jpeg => ".jpg",
        AttachmentKind.Gif => ".gif",
        AttachmentKind.WebP => ".webp",
        AttachmentKind.Docx => ".docx",
        AttachmentKind.Xlsx => ".xlsx",
        AttachmentKind.Odt => ".odt",
        AttachmentKind.Ods => ".ods",
    };

    private static readonly string[] RefusedInside =
    [
        ".exe", ".dll", ".com", ".scr", ".msi", ".bat", ".cmd", ".ps1", ".vbs", ".js", ".jar", ".sh", ".bin", ".lnk",
    ];

    private static AttachmentKind? OfficeKind(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            // A macro project (vbaProject.bin) or any executable inside is code, not a document.
            if (names.Any(n => RefusedInside.Any(x => n.EndsWith(x, StringComparison.OrdinalIgnoreCase))))
            {
                return null;
            }

            if (zip.GetEntry("mimetype") is { Length: < 100 } mimetype)
            {
                // OpenDocument (ISO/IEC 26300, part 3 §3.3): an uncompressed first entry "mimetype" naming the type.
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                return reader.ReadToEnd().Trim() switch
                {
                    "application/vnd.oasis.opendocument.text" => AttachmentKind.Odt,
                    "application/vnd.oasis.opendocument.spreadsheet" => AttachmentKind.Ods,
                    _ => null,
                };
            }

            // Office Open XML (ISO/IEC 29500-2): a [Content_Types].xml manifest and the main part of its kind.
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }

            return names.Contains("word/document.xml") ? AttachmentKind.Docx
                : names.Contains("xl/workbook.xml") ? AttachmentKind.Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
