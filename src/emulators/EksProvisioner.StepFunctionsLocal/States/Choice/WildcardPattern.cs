using System.Text;
using System.Text.RegularExpressions;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>StringMatches patterns: <c>*</c> matches any run of characters; <c>\*</c> and <c>\\</c> are literal.</summary>
internal static class WildcardPattern
{
    public static Regex Compile(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length)
            {
                regex.Append(Regex.Escape(pattern[++i].ToString()));
            }
            else if (pattern[i] == '*')
            {
                regex.Append(".*");
            }
            else
            {
                regex.Append(Regex.Escape(pattern[i].ToString()));
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }
}
