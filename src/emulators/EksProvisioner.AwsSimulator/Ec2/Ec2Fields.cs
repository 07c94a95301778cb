namespace EksProvisioner.AwsSimulator.Ec2;

/// <summary>
/// The filter names a Describe call supports and how to read each from a record. Names listed
/// together ("cidr cidr-block") are aliases AWS accepts for the same field.
/// </summary>
internal static class Ec2Fields
{
    public static IReadOnlyDictionary<string, Func<T, IEnumerable<string>>> Of<T>(params (string Names, Func<T, IEnumerable<string>> Values)[] fields)
    {
        var table = new Dictionary<string, Func<T, IEnumerable<string>>>(StringComparer.Ordinal);
        foreach (var (names, values) in fields)
        {
            foreach (var name in names.Split(' '))
            {
                table[name] = values;
            }
        }

        return table;
    }
}
