namespace Portal.Benchmark;

public sealed class CommandLineException(string message) : Exception(message);

/// <summary>The command and its "--name value" options.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _options;

    private CommandLine(string command, Dictionary<string, string> options)
    {
        Command = command;
        _options = options;
    }

    public string Command { get; }

    public string DataFolder => _options.TryGetValue("--data-folder", out var folder) && folder.Length > 0
        ? Path.GetFullPath(folder)
        : throw new CommandLineException("Give the database folder with --data-folder DIR.");

    public static CommandLine Parse(string[] args)
    {
        if (args.Length == 0) throw new CommandLineException("Give a command.");
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new CommandLineException($"Expected '--name value' at '{args[i]}'.");
            options[args[i]] = args[i + 1];
        }
        return new CommandLine(args[0], options);
    }

    public int Int(string name, int fallback)
    {
        if (!_options.TryGetValue(name, out var text)) return fallback;
        return int.TryParse(text, out var value) && value > 0
            ? value
            : throw new CommandLineException($"{name} needs a positive whole number, not '{text}'.");
    }

    public static int Usage(string problem)
    {
        Console.Error.WriteLine(problem);
        Console.Error.WriteLine("Usage: Portal.Benchmark generate --data-folder DIR [--commissions 10000] [--events 1000000]");
        Console.Error.WriteLine("       Portal.Benchmark run --data-folder DIR [--iterations 50]");
        Console.Error.WriteLine("       Portal.Benchmark upload");
        Console.Error.WriteLine("       Portal.Benchmark submissions [--bidders 50]");
        return 2;
    }
}
