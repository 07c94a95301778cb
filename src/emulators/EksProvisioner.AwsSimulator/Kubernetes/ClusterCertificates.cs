using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>
/// A real CA per cluster and a serving certificate for 127.0.0.1 signed by it, so kubectl verifies the
/// endpoint with the kubeconfig's certificate-authority-data as it does against EKS.
/// </summary>
internal static class ClusterCertificates
{
    // Clients check validity against the wall clock, not the simulator's: a wide window keeps both happy.
    private static readonly TimeSpan Before = TimeSpan.FromDays(400);
    private static readonly TimeSpan After = TimeSpan.FromDays(3650);

    public static KubernetesCluster Create(string clusterName, DateTimeOffset now)
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=kubernetes", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using var ca = caRequest.CreateSelfSigned(now - Before, now + After);

        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var serverRequest = new CertificateRequest("CN=kube-apiserver", serverKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        names.AddDnsName("kubernetes.default.svc");
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var serial = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(clusterName + "/" + now.ToUnixTimeMilliseconds()))[..16];
        serial[0] &= 0x7F;
        using var server = serverRequest.Create(ca, now - Before, now + After, serial);

        return new KubernetesCluster
        {
            Port = FreePort(),
            CaCertificatePem = ca.ExportCertificatePem(),
            ServerCertificatePem = server.ExportCertificatePem(),
            ServerKeyPem = serverKey.ExportPkcs8PrivateKeyPem(),
        };
    }

    /// <summary>The serving certificate with its key, as Kestrel takes it.</summary>
    public static X509Certificate2 ServerCertificate(KubernetesCluster cluster)
    {
        using var pem = X509Certificate2.CreateFromPem(cluster.ServerCertificatePem, cluster.ServerKeyPem);
        // Re-import as PKCS#12: SslStream on Linux wants a key it can export to the TLS stack.
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>A loopback port free now, which the cluster keeps from then on.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
