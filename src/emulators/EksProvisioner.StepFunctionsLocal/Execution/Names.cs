namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>
/// Name rules of state machines and executions: 1-80 characters, no whitespace, brackets (&lt; &gt; { } [ ]),
/// wildcards (? *), special characters (" # % \ ^ | ~ ` $ &amp; , ; : /) or control characters.
/// </summary>
internal static class Names
{
    private const string Forbidden = "<>{}[]?*\"#%\\^|~`$&,;:/";

    public static void Check(string name, string what)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 80
            || name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || Forbidden.Contains(c, StringComparison.Ordinal)))
        {
            throw new StepFunctionsApiException("InvalidName", $"Invalid Name: '{name}' is not a valid {what} name");
        }
    }
}
