using System.Diagnostics;
using Transparency.Checks.Oit;
using Transparency.Generator.Load;
using Transparency.Generator.Render;
using Transparency.Generator.Render.Data;
using Transparency.Generator.Search;
using Transparency.Generator.Write;

namespace Transparency.Generator.Build;

/// <summary>Runs the pipeline: load and check the input, render every page into a staging folder, then swap it in.</summary>
internal static class SiteBuilder
{
    /// <summary>Builds the site; throws <see cref="InputException"/> with every mistake when the input is unusable.</summary>
    public static async Task<BuildResult> BuildAsync(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var site = SiteLoader.Load(options.Input, options.Theme);
        var urls = new UrlScheme(site.Config.BaseUrl);
        var templates = new ThemeTemplates(options.Theme, new LiquidFilters(site.Strings, site.Config.ThaiDigits));
        var renderer = new PageRenderer(site, templates, urls, options.BuildTime);
        CoverageReport? coverage = null;
        var pages = await AtomicSiteWriter.WriteAsync(options.Output, async staging =>
        {
            var written = await renderer.RenderAllAsync(staging).ConfigureAwait(false);
            SitemapWriter.Write(site, urls, staging);
            AtomFeedWriter.Write(site, urls, staging, options.BuildTime);
            RootFilesWriter.Write(site, urls, staging);
            AssetCopier.Copy(options.Input, options.Theme, staging);
            DataDownloads.Write(site.Data, staging);
            DataCatalogWriter.Write(site, urls, staging);
            OcdsReleaseWriter.Write(site, urls, staging, options.BuildTime);
            coverage = await CoverageStep.RunAsync(site, renderer, urls, staging, DateOnly.FromDateTime(options.BuildTime.Date)).ConfigureAwait(false);
            SearchIndexBuilder.Build(site, urls, staging);
            return written;
        }).ConfigureAwait(false);
        return new BuildResult(pages, site.Warnings, clock.Elapsed, coverage);
    }
}
