namespace EksProvisioner.StepFunctionsLocal.Jsonata.Parsing;

/// <summary>A <c>/pattern/flags</c> literal as written (flags: <c>i</c>, <c>m</c>).</summary>
internal sealed record RegexLiteral(string Pattern, string Flags);
