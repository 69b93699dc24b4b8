using Microsoft.Playwright;

namespace Transparency.Browser.Tests.Support;

/// <summary>Watches one page visit for console and script errors, failed requests and error responses.</summary>
internal sealed class PageWatch : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly IPage page;

    // Playwright raises page events on its connection's thread, not the test's: every field below is guarded by the lock.
    private readonly Lock guard = new();
    private readonly List<string> problems = [];
    private readonly HashSet<IRequest> started = [];
    private readonly HashSet<IRequest> pending = [];

    public PageWatch(IPage page)
    {
        this.page = page;
        page.Console += OnConsole;
        page.PageError += OnPageError;
        page.Request += OnRequest;
        page.RequestFinished += OnRequestFinished;
        page.RequestFailed += OnRequestFailed;
        page.Response += OnResponse;
    }

    /// <summary>Waits until no request of the visit is in flight and returns what went wrong.</summary>
    public async Task<IReadOnlyList<string>> SettleAsync()
    {
        // The icon is requested just after the load event: a short pause lets late requests start before counting them.
        var deadline = DateTime.UtcNow + Patience;
        do
        {
            await Task.Delay(100);
        }
        while (Pending().Count > 0 && DateTime.UtcNow < deadline);

        lock (guard)
        {
            problems.AddRange(pending.Select(r => $"no answer after {Patience.TotalSeconds} s: {r.Url}"));
            return problems.ToList();
        }
    }

    public void Dispose()
    {
        page.Console -= OnConsole;
        page.PageError -= OnPageError;
        page.Request -= OnRequest;
        page.RequestFinished -= OnRequestFinished;
        page.RequestFailed -= OnRequestFailed;
        page.Response -= OnResponse;
    }

    private List<IRequest> Pending()
    {
        lock (guard)
        {
            return pending.ToList();
        }
    }

    private void Record(string problem)
    {
        lock (guard)
        {
            problems.Add(problem);
        }
    }

    private void OnConsole(object? sender, IConsoleMessage message)
    {
        if (message.Type == "error")
        {
            Record("console error: " + message.Text);
        }
    }

    private void OnPageError(object? sender, string error) => Record("script error: " + error);

    private void OnRequest(object? sender, IRequest request)
    {
        lock (guard)
        {
            started.Add(request);

            // Chromium fetches the icon itself ("other") and Playwright does not always report the end of that fetch:
            // waiting for it could hang. Its errors are still recorded.
            if (request.ResourceType != "other")
            {
                pending.Add(request);
            }
        }
    }

    private void OnRequestFinished(object? sender, IRequest request)
    {
        lock (guard)
        {
            pending.Remove(request);
        }
    }

    // Only requests of this visit count: the previous page's unfinished fetches are aborted by the navigation.
    private void OnRequestFailed(object? sender, IRequest request)
    {
        lock (guard)
        {
            pending.Remove(request);
            if (started.Contains(request))
            {
                problems.Add($"request failed: {request.Url} ({request.Failure})");
            }
        }
    }

    private void OnResponse(object? sender, IResponse response)
    {
        lock (guard)
        {
            pending.Remove(response.Request);
            if (started.Contains(response.Request) && response.Status >= 400)
            {
                problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        }
    }
}
