using System.Security.Cryptography;

namespace FaqBot.BotFramework.Auth;

/// <summary>One RSA key from a JWKS document, with the Bot Framework's extra <c>endorsements</c> (channel ids).</summary>
internal sealed record SigningKey(string KeyId, RSAParameters Parameters, IReadOnlyList<string>? Endorsements)
{
    /// <summary>Verifies an RS256 (PKCS#1 v1.5, SHA-256) signature.</summary>
    public bool Verify(byte[] data, byte[] signature)
    {
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportParameters(Parameters);
            return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            // A signature of the wrong size, for instance: simply not valid.
            return false;
        }
    }
}
