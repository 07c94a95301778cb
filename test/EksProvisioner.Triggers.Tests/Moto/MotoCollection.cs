using EksProvisioner.Testing;

namespace EksProvisioner.Triggers.Tests.Moto;

/// <summary>One moto_server shared by the contract tests (moto's first call per service is slow).</summary>
[CollectionDefinition(Name)]
public sealed class MotoCollection : ICollectionFixture<MotoServer>
{
    public const string Name = "moto";
}
