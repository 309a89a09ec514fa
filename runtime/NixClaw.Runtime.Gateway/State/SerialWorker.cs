namespace NixClaw.Runtime.Gateway.State;

/// <summary>
/// Runs work one item at a time, in order, on a dedicated thread. The state database's work goes here because a
/// commit can stall on the disk (a checkpoint's fsync): on thread-pool threads such a stall, and the lock waiters
/// behind it, would starve the pool, so even the WebSocket receive loop and unrelated HTTP work would stop. Here a
/// stall delays only the work queued behind it.
/// </summary>
internal sealed class SerialWorker : IDisposable
{
    private readonly object _gate = new();
    private readonly Queue<Action> _queue = new();
    private readonly Thread _thread;
    private bool _stopping;

    public SerialWorker(string name)
    {
        _thread = new Thread(Run) { IsBackground = true, Name = name };
        _thread.Start();
    }

    /// <summary>Queues <paramref name="work"/>; the task completes (on the thread pool) with its result or exception.</summary>
    /// <exception cref="ObjectDisposedException">The worker was disposed.</exception>
    public Task<T> RunAsync<T>(Func<T> work)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(() =>
        {
            try
            {
                completion.SetResult(work());
            }
            catch (Exception ex)
            {
                completion.SetException(ex);
            }
        });
        return completion.Task;
    }

    /// <summary>Queues <paramref name="work"/>; the task completes (on the thread pool) when it has run, or with its exception.</summary>
    /// <exception cref="ObjectDisposedException">The worker was disposed.</exception>
    public Task RunAsync(Action work) => RunAsync(() =>
    {
        work();
        return true;
    });

    /// <summary>Queues <paramref name="work"/>, which must not throw, unless the worker was disposed.</summary>
    /// <returns>False when the worker was disposed (the work does not run).</returns>
    public bool TryPost(Action work)
    {
        lock (_gate)
        {
            if (_stopping)
            {
                return false;
            }

            _queue.Enqueue(work);
            if (_queue.Count == 1)
            {
                Monitor.Pulse(_gate);
            }

            return true;
        }
    }

    private void Post(Action work)
    {
        if (!TryPost(work))
        {
            throw new ObjectDisposedException(nameof(SerialWorker));
        }
    }

    /// <summary>Runs what is queued, then ends the thread.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_stopping)
            {
                return;
            }

            _stopping = true;
            Monitor.Pulse(_gate);
        }

        if (Thread.CurrentThread != _thread)
        {
            _thread.Join();
        }
    }

    private void Run()
    {
        while (true)
        {
            Action work;
            lock (_gate)
            {
                while (_queue.Count == 0 && !_stopping)
                {
                    Monitor.Wait(_gate);
                }

                if (_queue.Count == 0)
                {
                    return;
                }

                work = _queue.Dequeue();
            }

            work();
        }
    }
}
