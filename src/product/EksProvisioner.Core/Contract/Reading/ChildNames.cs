using EksProvisioner.Core.Contract.Rules;

namespace EksProvisioner.Core.Contract.Reading;

/// <summary>Names of node groups and Fargate profiles: EKS syntax, required, unique in their list.</summary>
internal static class ChildNames
{
    public static string Read(JsonFields f, string what, Dictionary<string, int> seen, int index, string listName, ProblemList problems)
    {
        const string Rule = "use 1-63 letters, digits, hyphens or underscores, starting with a letter or digit";
        var name = f.String("name");
        if (name is null)
        {
            problems.Add(f.At("name"), $"required; give the {what} a name; " + Rule);
            return string.Empty;
        }

        if (!AwsSyntax.EksChildName().IsMatch(name))
        {
            problems.Add(f.At("name"), $"'{name}' is not a valid {what} name; " + Rule);
        }
        else if (seen.TryGetValue(name, out var first))
        {
            problems.Add(f.At("name"), $"'{name}' is already used by {listName}[{first}]; {what} names must be unique");
        }
        else
        {
            seen[name] = index;
        }

        return name;
    }
}
