using System.Text.RegularExpressions;

namespace Portal.Components.DecisionNotes;

/// <summary>A word-by-word comparison of two texts (longest common subsequence), for showing what a new version changed.</summary>
public static partial class WordDiff
{
    public enum Side { Both, Old, New }

    /// <summary>Beyond this many word pairs the texts are shown whole, each side marked as changed.</summary>
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<(string Token, Side Side)> Compare(string oldText, string newText)
    {
        var a = Tokens(oldText);
        var b = Tokens(newText);
        if ((long)a.Length * b.Length > MaxCells)
            return [(oldText, Side.Old), (newText, Side.New)];

        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);

        var result = new List<(string, Side)>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y]) { Add(result, a[x], Side.Both); x++; y++; }
            else if (lengths[x + 1, y] >= lengths[x, y + 1]) Add(result, a[x++], Side.Old);
            else Add(result, b[y++], Side.New);
        }
        while (x < a.Length) Add(result, a[x++], Side.Old);
        while (y < b.Length) Add(result, b[y++], Side.New);
        return result;
    }

    private static void Add(List<(string Token, Side Side)> result, string token, Side side)
    {
        if (result.Count > 0 && result[^1].Side == side) result[^1] = (result[^1].Token + token, side);
        else result.Add((token, side));
    }

    private static string[] Tokens(string text) => text.Length == 0 ? [] : TokenPattern().Matches(text).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"\s+|[^\s]+")]
    private static partial Regex TokenPattern();
}
