using System.IO.Compression;
using Passerelle.Domain.Attachments;
using Passerelle.Domain.Audit;

namespace Passerelle.Domain.Tests.Attachments;

public sealed class FileSignatureTests
{
    private static byte[] Zip(string? mimetype, params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (mimetype is not null)
            {
                using var writer = new StreamWriter(zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open());
                writer.Write(mimetype);
            }

            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, AttachmentKind.Pdf)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, AttachmentKind.Png)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, AttachmentKind.Jpeg)]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0 }, AttachmentKind.Gif)]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50 }, AttachmentKind.WebP)]
    public void Images_AndPdf_AreKnownByTheirMagicBytes(byte[] content, AttachmentKind expected) =>
        Assert.Equal(expected, FileSignature.Detect(content));

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 })]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1 })]
    [InlineData(new byte[] { 0x23, 0x21, 0x2F, 0x62, 0x69, 0x6E })]
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E })]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x41, 0x56, 0x49, 0x20 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0 })]
    [InlineData(new byte[] { })]
    public void Executables_Scripts_AndAnythingElse_AreRefused(byte[] content) =>
        Assert.Null(FileSignature.Detect(content));

    [Fact]
    public void OfficeDocuments_AreKnownByTheirManifest_AndRefusedWithCodeInside()
    {
        Assert.Equal(AttachmentKind.Docx, FileSignature.Detect(Zip(null, "[Content_Types].xml", "word/document.xml")));
        Assert.Equal(AttachmentKind.Xlsx, FileSignature.Detect(Zip(null, "[Content_Types].xml", "xl/workbook.xml")));
        Assert.Equal(AttachmentKind.Odt, FileSignature.Detect(Zip("application/vnd.oasis.opendocument.text", "content.xml")));
        Assert.Equal(AttachmentKind.Ods, FileSignature.Detect(Zip("application/vnd.oasis.opendocument.spreadsheet", "content.xml")));

        // A plain archive, a macro-enabled document, an executable inside, another OpenDocument type: refused.
        Assert.Null(FileSignature.Detect(Zip(null, "readme.txt")));
        Assert.Null(FileSignature.Detect(Zip(null, "[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")));
        Assert.Null(FileSignature.Detect(Zip(null, "[Content_Types].xml", "xl/workbook.xml", "setup.exe")));
        Assert.Null(FileSignature.Detect(Zip("application/vnd.oasis.opendocument.graphics", "content.xml")));
        Assert.Null(FileSignature.Detect(Zip(null, "[Content_Types].xml", "ppt/presentation.xml")));
    }

    [Fact]
    public void EveryAuditEvent_HasAFrenchAndAnEnglishName()
    {
        foreach (var type in Enum.GetValues<AuditEventType>())
        {
            var name = AuditEventNames.Of(type);
            Assert.False(string.IsNullOrWhiteSpace(name.French), $"{type} has no French name");
            Assert.False(string.IsNullOrWhiteSpace(name.English), $"{type} has no English name");
            Assert.NotEqual(name.French, name.English);
        }

        Assert.True(AuditEventNames.IsChange(AuditEventType.NoteAdded));
        Assert.False(AuditEventNames.IsChange(AuditEventType.AttachmentDownloaded));
        Assert.False(AuditEventNames.IsChange(AuditEventType.CaseViewed));
    }
}
