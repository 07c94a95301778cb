namespace EksProvisioner.Workflow.Support;

/// <summary>Checks on what AWS answered; a missing field is AWS (or a fake) breaking its contract.</summary>
internal static class StageError
{
    public static T Required<T>(T? value, string what)
        where T : class =>
        value ?? throw new InvalidOperationException($"AWS answered without {what}.");
}
