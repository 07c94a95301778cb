using System.Globalization;

namespace EksProvisioner.AwsSimulator.Ec2.Wire;

/// <summary>
/// Reads an EC2 Query request. EC2 flattens lists as <c>Name.N</c> (1-based, indexes need not be
/// contiguous) and structures as <c>Name.Member</c>, e.g. <c>TagSpecification.1.Tag.1.Key</c> and
/// <c>Filter.1.Value.1</c>; member names are the model's queryName or capitalised locationName.
/// </summary>
internal sealed class Ec2Form(IReadOnlyDictionary<string, string> values, string prefix = "")
{
    public string? String(string name) => values.TryGetValue(prefix + name, out var value) ? value : null;

    public string Required(string name) =>
        String(name) is { Length: > 0 } value ? value : throw Ec2Errors.MissingParameter(name);

    public bool? Bool(string name) => String(name) is { } value
        ? bool.TryParse(value, out var result) ? result : throw Ec2Errors.InvalidParameterValue($"Value ({value}) for parameter {name} is invalid. Expected: 'boolean'.")
        : null;

    public int? Int(string name) => String(name) is { } value
        ? int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result) ? result : throw Ec2Errors.InvalidParameterValue($"Value ({value}) for parameter {name} is invalid. Expected: 'integer'.")
        : null;

    /// <summary>The members of the flattened list <paramref name="name"/>, in index order.</summary>
    public IReadOnlyList<Ec2Form> Members(string name)
    {
        var head = prefix + name + ".";
        var indexes = new SortedSet<int>();
        foreach (var key in values.Keys)
        {
            if (!key.StartsWith(head, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = key.AsSpan(head.Length);
            var dot = rest.IndexOf('.');
            var number = dot < 0 ? rest : rest[..dot];
            if (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                indexes.Add(index);
            }
        }

        return [.. indexes.Select(i => new Ec2Form(values, $"{head}{i.ToString(CultureInfo.InvariantCulture)}."))];
    }

    /// <summary>The scalar values of the flattened list <paramref name="name"/> (<c>VpcId.1</c>, <c>VpcId.2</c>...).</summary>
    public IReadOnlyList<string> Strings(string name) =>
        [.. Members(name).Select(m => m.Value).OfType<string>()];

    /// <summary>The structure member <paramref name="name"/> (<c>EnableDnsHostnames.Value</c>).</summary>
    public Ec2Form Struct(string name) => new(values, prefix + name + ".");

    /// <summary>A single member's own value when this form addresses a scalar list member.</summary>
    public string? Value => values.TryGetValue(prefix.TrimEnd('.'), out var value) ? value : null;
}
