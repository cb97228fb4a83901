using Portal.Domain.Commissions;
using static Portal.Domain.Commissions.CommissionState;

namespace Portal.Benchmark.Generation;

public sealed partial class CommissionLifecycle
{
    private DateTimeOffset _contractEnd;

    private void Award(CommissionState stop)
    {
        if (stop == Awarded)
        {
            if (random.Next(2) == 0)
            {
                Wait(1, 10);
                SignContract();
            }
            Wait(0.5, 15);
            return;
        }
        Wait(2, 10);
        SignContract();
        Wait(1, 7);
        Fire(CommissionTrigger.StartMobilisation, _owner);
    }

    /// <summary>The contract runs its initial term from signature; whole days, so the history's length never depends on the calendar.</summary>
    private void SignContract()
    {
        _contractEnd = At + TimeSpan.FromDays(_c.InitialTermMonths!.Value * DaysPerMonth);
        _c.RecordContractSigned(_procurement, DateOnly.FromDateTime(_contractEnd.UtcDateTime), At);
    }

    private void Mobilise(CommissionState stop)
    {
        var progress = slots.Take(BusyStage.Mobilisation);
        // A live mobilisation's latest report still has items outstanding.
        var outstanding = stop == Mobilisation ? random.Next(1, 6) : 0;
        Spread(progress + Math.Sign(outstanding), Days(10, 50), (i, count, at) => _c.RecordMobilisationProgress(_owner,
            i < progress ? Math.Max(1, 8 - 8 * i / count) : outstanding, routine.Next(4) == 0, at));
        if (stop == Mobilisation) return;
        _c.RecordMobilisationProgress(_owner, 0, true, At);
        Wait(1, 5);
        Fire(CommissionTrigger.CommenceService, _owner);
    }

    /// <summary>Extensions are taken a month or three before the contract would end; a closing contract then runs out.</summary>
    private void ManageContract(bool closing)
    {
        var extensions = random.Next(_c.ExtensionOptionCount + 1);
        for (var i = 0; i < extensions; i++)
        {
            var decidedAt = _contractEnd - Days(30, 90);
            At = decidedAt > At ? decidedAt : At + TimeSpan.FromDays(1);
            _contractEnd += TimeSpan.FromDays(_c.ExtensionOptionMonths * DaysPerMonth);
            Fire(CommissionTrigger.TakeExtension, _owner, "Performance was satisfactory at the annual review.", date: _contractEnd);
        }
        if (!closing)
        {
            Wait(1, Math.Max(2, (_contractEnd - At).TotalDays - 1));
            return;
        }
        At = (_contractEnd > At ? _contractEnd : At) + Days(0, 30);
        Fire(CommissionTrigger.CloseContract, _owner, "The contract ended and the service was handed over to the successor provider.");
    }
}
