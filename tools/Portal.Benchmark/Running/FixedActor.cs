using Portal.Domain.Identity;
using Portal.Infrastructure;

namespace Portal.Benchmark.Running;

/// <summary>The signed-in user the services ask for, fixed for a benchmark run.</summary>
public sealed class FixedActor(Actor actor) : ICurrentActor
{
    public Task<Actor> GetAsync() => Task.FromResult(actor);
}
