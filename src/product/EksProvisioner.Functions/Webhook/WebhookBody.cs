using System.Text;

namespace EksProvisioner.Functions.Webhook;

/// <summary>The raw bytes of a request body, as signed by the sender.</summary>
internal static class WebhookBody
{
    /// <summary>
    /// The body's size in bytes without decoding it, so an oversized body is refused before any work:
    /// UTF-8 bytes of text, or the decoded length of base64.
    /// </summary>
    public static long Size(string? body, bool isBase64Encoded)
    {
        if (body is null)
        {
            return 0;
        }

        if (isBase64Encoded)
        {
            var padding = body.EndsWith("==", StringComparison.Ordinal) ? 2 : body.EndsWith('=') ? 1 : 0;
            return body.Length % 4 == 0 ? (body.Length / 4 * 3L) - padding : body.Length * 3L / 4;
        }

        // A UTF-8 encoding never has fewer bytes than the string has chars: long strings need no count.
        return body.Length > WebhookFront.MaxBodyBytes ? body.Length : Encoding.UTF8.GetByteCount(body);
    }

    /// <summary>The raw bytes; null when a base64 body is not valid base64.</summary>
    public static byte[]? Bytes(string? body, bool isBase64Encoded)
    {
        if (body is null)
        {
            return [];
        }

        if (!isBase64Encoded)
        {
            return Encoding.UTF8.GetBytes(body);
        }

        try
        {
            return Convert.FromBase64String(body);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
