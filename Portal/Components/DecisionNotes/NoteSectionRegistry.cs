namespace Portal.Components.DecisionNotes;

/// <summary>The sections a decision note page has rendered, so a link in the missing-sections list can focus its section.</summary>
public sealed class NoteSectionRegistry
{
    private readonly Dictionary<string, NoteSection> _sections = new(StringComparer.Ordinal);

    public void Add(string key, NoteSection section) => _sections[key] = section;

    public void Remove(string key, NoteSection section)
    {
        if (_sections.TryGetValue(key, out var current) && ReferenceEquals(current, section)) _sections.Remove(key);
    }

    public async Task FocusAsync(string key)
    {
        if (_sections.TryGetValue(key, out var section)) await section.FocusAsync();
    }
}
