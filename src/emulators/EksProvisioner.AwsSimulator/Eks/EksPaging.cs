using System.Globalization;
using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>EKS list pagination.</summary>
internal static class EksPaging
{
    /// <summary>List pagination: maxResults (default 100) with an opaque nextToken (the offset here).</summary>
    public static JsonObject Page(string field, IReadOnlyList<string> names, IReadOnlyDictionary<string, string> query)
    {
        var max = query.TryGetValue("maxResults", out var m) && int.TryParse(m, CultureInfo.InvariantCulture, out var parsed) ? parsed : 100;
        if (max is < 1 or > 100)
        {
            throw EksErrors.InvalidParameter("maxResults must be between 1 and 100");
        }

        var offset = query.TryGetValue("nextToken", out var t) && int.TryParse(t, CultureInfo.InvariantCulture, out var o) ? o : 0;
        var page = names.Skip(offset).Take(max).ToList();
        var json = new JsonObject { [field] = EksJson.Strings(page) };
        if (offset + page.Count < names.Count)
        {
            json["nextToken"] = (offset + page.Count).ToString(CultureInfo.InvariantCulture);
        }

        return json;
    }
}
