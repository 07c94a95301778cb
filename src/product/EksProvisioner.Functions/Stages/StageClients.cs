using EksProvisioner.Aws;
using EksProvisioner.Aws.Ec2;
using EksProvisioner.Aws.ElasticLoadBalancing;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Aws.Iam;
using EksProvisioner.Aws.Ssm;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Aws.Tagging;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;
using EksProvisioner.Core.Time;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Functions.Stages;

/// <summary>
/// The composition of every stage: one client factory per process (region, credentials and endpoints
/// from the Lambda environment), the real clock passed in explicitly. Clients are made lazily so a
/// stage only builds what it uses, during Lambda's init phase.
/// </summary>
public sealed class StageClients : IDisposable
{
    private readonly AwsClientFactory _factory;
    private readonly Lazy<IEksClient> _eks;
    private readonly Lazy<IIamClient> _iam;
    private readonly Lazy<IEc2Client> _ec2;
    private readonly Lazy<IElbv2Client> _elbv2;
    private readonly Lazy<IStepFunctionsClient> _stepFunctions;
    private readonly Lazy<ITaggingClient> _tagging;
    private readonly Lazy<SdkSsmClient> _ssm;

    public StageClients(AwsClientOptions options, TimeProvider timeProvider, Randomizer randomizer, StageSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        TimeProvider = timeProvider;
        Settings = settings ?? StageSettings.Default;
        _factory = new AwsClientFactory(options, timeProvider, randomizer);
        _eks = new Lazy<IEksClient>(_factory.CreateEks);
        _iam = new Lazy<IIamClient>(_factory.CreateIam);
        _ec2 = new Lazy<IEc2Client>(() => new SdkEc2Client(_factory.CreateEc2()));
        _elbv2 = new Lazy<IElbv2Client>(_factory.CreateElbv2);
        _stepFunctions = new Lazy<IStepFunctionsClient>(_factory.CreateStepFunctions);
        _tagging = new Lazy<ITaggingClient>(_factory.CreateTagging);
        _ssm = new Lazy<SdkSsmClient>(_factory.CreateSsm);
        Kubernetes = new KubernetesApiCleanup(_factory.CredentialsAsync, () => _factory.Region, timeProvider);
    }

    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// The stack's ceilings on requests, for the functions that validate them (ValidateRequest, webhook,
    /// events); the composition root reads them once (<see cref="GuardrailVariables"/>, or the CLI's flags).
    /// </summary>
    public Guardrails Guardrails { get; init; } = Guardrails.Default;

    /// <summary>The region the clients call (the function's own region in Lambda).</summary>
    public string Region => _factory.Region;

    /// <summary>The stack's prefix and boundary.</summary>
    public StageSettings Settings { get; }

    /// <summary>
    /// The stack's names in the region the clients call: a stage never names resources after the region a
    /// document claims, so a teardown started with another region still cannot touch that region's roles.
    /// </summary>
    public NameScope Names => new(Settings.NamePrefix, Region);

    public IEksClient Eks => _eks.Value;

    public IIamClient Iam => _iam.Value;

    public IEc2Client Ec2 => _ec2.Value;

    /// <summary>For teardown, which deletes the load balancers Kubernetes made.</summary>
    public IElbv2Client Elbv2 => _elbv2.Value;

    /// <summary>How teardown asks a cluster's Kubernetes API to delete its LoadBalancer Services and Ingresses.</summary>
    public IKubernetesCleanup Kubernetes { get; init; }

    /// <summary>For the trigger functions (webhook, reaper), which start executions.</summary>
    public IStepFunctionsClient StepFunctions => _stepFunctions.Value;

    /// <summary>For the reaper, which finds expired environments by tag.</summary>
    public ITaggingClient Tagging => _tagging.Value;

    /// <summary>For the webhook, which reads its secret from an SSM parameter.</summary>
    public ISsmClient Ssm => _ssm.Value;

    public void Dispose()
    {
        if (_ssm.IsValueCreated)
        {
            _ssm.Value.Dispose();
        }

        _factory.Dispose();
    }
}
