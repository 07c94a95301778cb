using EksProvisioner.Testing;

namespace EksProvisioner.Aws.Tests;

/// <summary>One moto_server shared by every contract test class (moto's first call per service is slow).</summary>
[CollectionDefinition(Name)]
public sealed class MotoCollection : ICollectionFixture<MotoServer>
{
    public const string Name = "moto";
}
