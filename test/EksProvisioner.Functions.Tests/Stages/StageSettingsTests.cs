using EksProvisioner.Core.Naming;
using EksProvisioner.Core.Time;
using EksProvisioner.Functions.Stages;
using EksProvisioner.Testing;

namespace EksProvisioner.Functions.Tests.Stages;

public class StageSettingsTests
{
    [Fact]
    public void FromEnvironment_NothingSet_DefaultPrefixAndNoBoundary()
    {
        var settings = StageSettings.FromEnvironment(_ => null);

        Assert.Equal(StageSettings.Default, settings);
        Assert.Equal(NameScope.DefaultPrefix, settings.NamePrefix);
    }

    [Fact]
    public void FromEnvironment_PrefixAndBoundarySet_TakesThem()
    {
        var variables = new Dictionary<string, string>
        {
            [StageSettings.NamePrefixVariable] = "team1",
            [StageSettings.PermissionsBoundaryVariable] = "arn:aws:iam::123456789012:policy/boundary",
        };

        var settings = StageSettings.FromEnvironment(variables.GetValueOrDefault);

        Assert.Equal(new StageSettings("team1", "arn:aws:iam::123456789012:policy/boundary"), settings);
    }

    [Fact]
    public void FromEnvironment_EmptyBoundary_IsNone() =>
        Assert.Null(StageSettings.FromEnvironment(n => n == StageSettings.PermissionsBoundaryVariable ? "" : null).PermissionsBoundaryArn);

    [Fact]
    public void FromEnvironment_InvalidPrefix_ThrowsNamingTheVariable()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            StageSettings.FromEnvironment(n => n == StageSettings.NamePrefixVariable ? "Eks-Prov" : null));

        Assert.Contains(StageSettings.NamePrefixVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_OfStageClients_UseTheSettingsPrefixAndTheClientsRegion()
    {
        using var clients = new StageClients(TestAws.Options(region: "eu-central-1"), TimeProvider.System, Randomizers.Fixed(0.5), new StageSettings("team1", null));

        Assert.Equal("team1-dev-euc1-cluster", clients.Names.For("dev").ClusterRole);
    }
}
