namespace EksProvisioner.StepFunctionsLocal.Jsonata.Parsing;

/// <summary>JSONata's operator table: left binding powers, and the characters that end a name.</summary>
internal static class Operators
{
    public static readonly IReadOnlyDictionary<string, int> BindingPower = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["."] = 75, ["["] = 80, ["]"] = 0, ["{"] = 70, ["}"] = 0, ["("] = 80, [")"] = 0, [","] = 0, ["@"] = 80,
        ["#"] = 80, [";"] = 80, [":"] = 80, ["?"] = 20, ["+"] = 50, ["-"] = 50, ["*"] = 60, ["/"] = 60, ["%"] = 60,
        ["|"] = 20, ["="] = 40, ["<"] = 40, [">"] = 40, ["^"] = 40, ["**"] = 60, [".."] = 20, [":="] = 10,
        ["!="] = 40, ["<="] = 40, [">="] = 40, ["~>"] = 40, ["?:"] = 40, ["??"] = 40, ["and"] = 30, ["or"] = 25,
        ["in"] = 40, ["&"] = 50, ["!"] = 0, ["~"] = 0,
    };

    public static bool IsSingleChar(char c) => BindingPower.ContainsKey(c.ToString());
}
