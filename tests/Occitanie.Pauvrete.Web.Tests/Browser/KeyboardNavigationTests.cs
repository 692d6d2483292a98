using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;

namespace Occitanie.Pauvrete.Web.Tests.Browser;

/// <summary>
/// RGAA keyboard criteria (7.3, 10.7, 12.7, 12.8, 12.9) in Chromium: Tab reaches every control of the page in the
/// order of the document and nothing else, each with the DSFR's focus ring, the skip links lead where they
/// say, the catalogue is filtered with the keyboard alone and the mobile menu opens and closes with it.
/// </summary>
[Trait("Category", "Browser")]
public sealed class KeyboardNavigationTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly List<LentTab> _tabs = [];

    /// <summary>Indexes in <see cref="Viewport.All"/>, as theory data.</summary>
    private const int Desktop = 0;
    private const int Mobile = 1;

    /// <summary>
    /// The controls a user can reach with Tab, in the order of the document, found without the browser's
    /// own tab order: links, buttons, fields, summaries and [tabindex] ≥ 0, less what is disabled, inert,
    /// hidden (display:none, or visibility:hidden: that is how the DSFR hides a closed collapse or modal,
    /// whose classes stay the same where a wider screen shows their content, as the breadcrumb's and the
    /// header's), in a closed &lt;details&gt;, and one stop per group of radio buttons (the checked one,
    /// or else the first).
    /// They are kept in <c>window.__keyboard</c> so that each focused element can be found among them.
    /// </summary>
    internal const string CollectControlsScript = """
        () => {
            const candidates = document.querySelectorAll(
                'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable]:not([contenteditable="false"])');
            const radioGroups = new Set();
            const controls = [];
            for (const element of candidates) {
                if (element.matches(':disabled, input[type=hidden]') || element.closest('[inert]')) continue;
                if (element.hasAttribute('tabindex') && element.tabIndex < 0) continue;
                if (element.localName === 'summary' && element.parentElement.querySelector(':scope > summary') !== element
                    && !element.hasAttribute('tabindex')) continue;
                // A closed <details> hides its content, unless a stylesheet shows it (the catalogue's filters on a wide screen).
                const details = element.parentElement?.closest('details:not([open])');
                if (details && details.querySelector(':scope > summary') !== element
                    && getComputedStyle(details, '::details-content').contentVisibility !== 'visible') continue;
                if (!element.checkVisibility({ visibilityProperty: true })) continue;
                const box = element.getBoundingClientRect();
                if (box.width === 0 && box.height === 0) continue;
                if (element.matches('input[type=radio][name]')) {
                    const key = (element.form?.id ?? '') + '\u0000' + element.name;
                    if (radioGroups.has(key)) continue;
                    radioGroups.add(key);
                    const group = [...document.querySelectorAll('input[type=radio]')]
                        .filter(r => r.name === element.name && r.form === element.form);
                    controls.push(group.find(r => r.checked) ?? element);
                    continue;
                }
                controls.push(element);
            }
            const describe = element => {
                const text = (element.innerText || element.value || element.getAttribute('aria-label') || element.title || '')
                    .replace(/\s+/g, ' ').trim().slice(0, 60);
                const where = element.id ? '#' + element.id : element.getAttribute('href') ?? element.getAttribute('name') ?? '';
                return `${element.localName} ${where} « ${text} »`;
            };
            window.__keyboard = { controls, describe };
            return {
                controls: controls.map(describe),
                positiveTabIndex: [...document.querySelectorAll('[tabindex]')].filter(e => e.tabIndex > 0).map(describe),
            };
        }
        """;

    /// <summary>
    /// Where the focus is and how it shows. The DSFR 1.15 ring (dsfr.min.css) is an outline, 2px solid
    /// #0a76f6, on the focused element — on its ::before in a .fr-enlarge-link card or tile (the element
    /// itself gets outline-width:0 there) and on the label's ::before for a DSFR checkbox or radio.
    /// </summary>
    internal const string FocusScript = """
        () => {
            const element = document.activeElement;
            if (!element || element === document.body || element === document.documentElement) return null;
            const { controls, describe } = window.__keyboard;
            let ring = element, pseudo = null;
            if (element.matches('.fr-enlarge-link a[href], .fr-enlarge-button button')) {
                pseudo = '::before';
            } else if (element.matches('input[type=checkbox], input[type=radio]') && element.nextElementSibling?.matches('label')) {
                ring = element.nextElementSibling;
                pseudo = '::before';
            }
            const style = getComputedStyle(ring, pseudo);
            const box = element.getBoundingClientRect();
            const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
            const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
            const hit = document.elementFromPoint(x, y);
            // The ring's box (the card's for an enlarged link), its offset and width included, is not cut by
            // an ancestor that clips its overflow.
            const ringBox = (pseudo && ring === element ? element.closest('.fr-enlarge-link, .fr-enlarge-button') : ring).getBoundingClientRect();
            const reach = Math.max(0, parseFloat(style.outlineOffset)) + parseFloat(style.outlineWidth);
            // Shown at all: not hidden for sight only (clip, opacity 0, a speck like .fr-sr-only's 1px).
            let hiddenBy = box.width < 4 || box.height < 4 ? `a ${box.width}×${box.height} box` : null;
            // A DSFR checkbox or radio is an invisible input whose label draws the box (and the ring): from its parent up.
            for (let a = ring === element ? element : element.parentElement; a && !hiddenBy; a = a.parentElement) {
                const o = getComputedStyle(a);
                if (o.opacity === '0' || o.clip.startsWith('rect') || o.clipPath !== 'none') {
                    hiddenBy = describe(a) + ` (opacity ${o.opacity}, clip ${o.clip}, clip-path ${o.clipPath})`;
                }
            }
            let clippedBy = null;
            for (let a = ring.parentElement; a && a !== document.body; a = a.parentElement) {
                const o = getComputedStyle(a);
                if (o.overflowX === 'visible' && o.overflowY === 'visible') continue;
                const c = a.getBoundingClientRect();
                if (ringBox.left - reach < c.left - 0.5 || ringBox.right + reach > c.right + 0.5
                    || ringBox.top - reach < c.top - 0.5 || ringBox.bottom + reach > c.bottom + 0.5) {
                    clippedBy = describe(a) + ` ${a.className} (overflow ${o.overflowX} ${o.overflowY})`;
                    break;
                }
            }
            return {
                index: controls.indexOf(element),
                description: describe(element),
                focusVisible: element.matches(':focus-visible'),
                outlineStyle: style.outlineStyle,
                outlineWidth: style.outlineWidth,
                outlineColor: style.outlineColor,
                onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
                onTop: hit !== null && (hit === element || element.contains(hit) || hit.contains(element) || (hit.localName === 'label' && hit.control === element)),
                hit: hit ? describe(hit) : 'nothing',
                clippedBy,
                hiddenBy,
                inside: ['main', 'footer', 'header', '#filtres', '#resultats', '.fr-skiplinks', '.fr-modal'].filter(s => element.closest(s)),
            };
        }
        """;

    public static TheoryData<string, int> TabbedPages => new()
    {
        { "/", Desktop },
        { "/mesures", Desktop },
        { "/mesures?axe=acces-aux-droits&intention=ameliorer-l-acces-aux-droits", Desktop },
        { "/", Mobile },
        { "/mesures", Mobile },
        // A measure: « L'essentiel », the département choice when its contact is departmental, the sources and notes' accordion.
        { "/mesures/points-conseil-budget?departement=11", Desktop },
        { "/mesures/cantines-a-tarification-sociale", Mobile },
        // « Intégrer les mesures sur votre site »: its one select and button, without a frame to enter.
        { "/integrer", Desktop },
        // Charts whose labels are links, then tables.
        { "/statistiques", Desktop },
        // The search's results, a page past the first: the kinds' tags, the results, every page link.
        { "/recherche?q=emploi&page=2", Desktop },
    };

    [Theory]
    [MemberData(nameof(TabbedPages))]
    public async Task Tab_reaches_every_control_in_document_order_and_shows_the_focus(string url, int viewport)
    {
        var page = await OpenAsync(url, viewport);
        await AssertTabOrderAsync(page, $"{url} ({Viewport.All[viewport].Name})");
    }

    /// <summary>Tab, from the top of the page, reaches every control in the order of the document and nothing else, each with a visible focus.</summary>
    internal static async Task AssertTabOrderAsync(IPage page, string name)
    {
        var expected = await EvaluateAsync<PageControls>(page, CollectControlsScript);
        Assert.Empty(expected.PositiveTabIndex);
        Assert.True(expected.Controls.Length > 10, $"{name}: only {expected.Controls.Length} controls found");

        var reached = new List<Focus>();
        var problems = new List<string>();
        // Enough to see every control, plus a few to catch a focus trap that keeps the focus in the page.
        for (var step = 0; reached.Count < expected.Controls.Length + 5 && step < 3 * expected.Controls.Length; step++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await EvaluateAsync<Focus?>(page, FocusScript);
            if (focus is null || (reached.Count > 0 && focus.Index == 0))
            {
                break; // out of the page, or back to its first control
            }
            if (reached.Count > 0 && focus.Index >= 0 && focus.Index == reached[^1].Index)
            {
                continue; // a control with stops of its own: Chromium's date field stops at its day, month and year
            }
            reached.Add(focus);
            problems.AddRange(FocusProblems(focus));
        }

        // Compared by position in the list, as two controls may read the same ("Accueil" in the menu and the breadcrumb).
        Assert.True(Enumerable.Range(0, expected.Controls.Length).SequenceEqual(reached.Select(f => f.Index)),
            $"{name}: Tab order differs from the document.\n{Difference(expected.Controls, reached)}");
        Assert.True(problems.Count == 0, $"{name}: focus not visible:\n" + string.Join("\n", problems));
    }

    [Theory]
    [InlineData("/", "#content", "Contenu", "main")]
    [InlineData("/", "#footer", "Pied de page", "footer")]
    [InlineData("/mesures", "#content", "Contenu", "main")]
    [InlineData("/mesures", "#footer", "Pied de page", "footer")]
    public async Task A_skip_link_is_among_the_first_stops_and_takes_the_focus_to_its_target(string url, string target, string label, string container)
    {
        var page = await OpenAsync(url, Desktop);
        var expected = await EvaluateAsync<PageControls>(page, CollectControlsScript);

        await page.Keyboard.PressAsync("Tab");
        var first = await FocusAsync(page);
        Assert.Equal(0, first.Index);
        Assert.Contains(".fr-skiplinks", first.Inside);
        Assert.Equal("a #content « Contenu »", first.Description);
        Assert.Empty(FocusProblems(first));
        await page.SaveScreenshotIfAskedAsync($"clavier-evitement-{(url == "/" ? "accueil" : "mesures")}");

        var skipLink = target == "#content" ? first : await TabUntilAsync(page, $".fr-skiplinks a[href='{target}']", 2);
        Assert.Contains($"« {label} »", skipLink.Description, StringComparison.Ordinal);
        Assert.Empty(FocusProblems(skipLink));
        await page.Keyboard.PressAsync("Enter");
        // A move within the page fires no load: the address is polled rather than a navigation awaited.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(target) + "$"));

        await page.Keyboard.PressAsync("Tab");
        var next = await FocusAsync(page);
        Assert.Contains(container, next.Inside);
        var firstInside = await page.EvaluateAsync<int>(
            "container => window.__keyboard.controls.findIndex(c => c.closest(container))", container);
        Assert.True(firstInside > 1, $"no control in {container}");
        Assert.True(firstInside == next.Index, $"after {label}, Tab went to {next.Description}, not to {expected.Controls[firstInside]}");
    }

    [Fact]
    public async Task The_catalogue_link_to_the_results_skips_the_filters()
    {
        var page = await OpenAsync("/mesures", Desktop);
        await EvaluateAsync<PageControls>(page, CollectControlsScript);

        var skip = await TabUntilAsync(page, "#filtres a[href='#resultats']", 40);
        Assert.Empty(FocusProblems(skip));
        Assert.Contains("Aller aux résultats", skip.Description, StringComparison.Ordinal);
        // The filters follow the link in the document; the results come after all of them.
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        var next = await FocusAsync(page);
        Assert.Contains("#resultats", next.Inside);
        var firstResult = await page.EvaluateAsync<string>(
            "() => window.__keyboard.describe(document.querySelector('#mesures a[href]'))");
        Assert.Equal(firstResult, next.Description);
    }

    [Fact]
    public async Task The_search_results_are_paged_with_the_keyboard_alone()
    {
        var page = await OpenAsync("/recherche?q=emploi", Desktop);
        var first = (await ParseAsync(page)).QuerySelectorAll("main section h3 a").Select(a => a.GetAttribute("href")).ToList();

        await EvaluateAsync<PageControls>(page, CollectControlsScript);
        var next = await TabUntilAsync(page, "nav.fr-pagination a.fr-pagination__link--next", 80);
        Assert.Empty(FocusProblems(next));
        await PressAndLoadAsync(page, "Enter");

        Assert.EndsWith("/recherche?q=emploi&page=2", page.Url, StringComparison.Ordinal);
        var second = await ParseAsync(page);
        Assert.Equal("2", second.QuerySelector("nav.fr-pagination a[aria-current='page']")!.TextContent.Trim());
        var results = second.QuerySelectorAll("main section h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(results);
        Assert.Empty(results.Intersect(first));
    }

    [Fact]
    public async Task The_catalogue_is_filtered_with_the_keyboard_alone()
    {
        var page = await OpenAsync("/mesures", Desktop);
        await EvaluateAsync<PageControls>(page, CollectControlsScript);
        var everything = CountOf(await ParseAsync(page));

        // The keyword and the sort: type, change the select with an arrow key, press the button with Space.
        await TabUntilAsync(page, "#mesures-q", 40);
        await page.Keyboard.TypeAsync("cantine");
        await page.Keyboard.PressAsync("Tab");
        Assert.Contains("#mesures-tri", (await FocusAsync(page)).Description, StringComparison.Ordinal);
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        var submit = await FocusAsync(page);
        Assert.Contains("button", submit.Description, StringComparison.Ordinal);
        Assert.Empty(FocusProblems(submit));
        await PressAndLoadAsync(page, " ");

        var searched = await ParseAsync(page);
        Assert.Equal("cantine", searched.QuerySelector<IHtmlInputElement>("#mesures-q")!.Value);
        Assert.Equal("axe", searched.QuerySelector<IHtmlSelectElement>("#mesures-tri")!.Value);
        var titles = searched.QuerySelectorAll("#mesures .fr-card__title").Select(t => t.TextContent.Trim()).ToList();
        Assert.NotEmpty(titles);
        Assert.True(titles.Count < everything, $"the keyword did not narrow the {everything} measures");
        Assert.Equal(titles.Count, CountOf(searched));
        // The site's search engine ranks them (decision 0017): the word may be in a page's text only, but the first card shows it.
        Assert.Contains("cantine", searched.QuerySelector("#mesures .fr-card__content")!.TextContent, StringComparison.OrdinalIgnoreCase);

        // A filter tag: Tab to it, Enter follows it; the keyword and the sort are kept.
        await EvaluateAsync<PageControls>(page, CollectControlsScript);
        var tag = await TabUntilAsync(page, "#filtre-axis a.fr-tag", 80);
        Assert.Empty(FocusProblems(tag));
        await page.SaveScreenshotIfAskedAsync("clavier-filtre");
        var tagText = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        var tagCount = int.Parse(tagText[(tagText.LastIndexOf('(') + 1)..tagText.LastIndexOf(')')], System.Globalization.CultureInfo.InvariantCulture);
        await PressAndLoadAsync(page, "Enter");

        var filtered = await ParseAsync(page);
        Assert.Contains("q=cantine", page.Url, StringComparison.Ordinal);
        Assert.Contains("tri=axe", page.Url, StringComparison.Ordinal);
        Assert.Contains("axe=", page.Url, StringComparison.Ordinal);
        Assert.Equal(tagCount, CountOf(filtered));
        var chosen = Assert.Single(filtered.QuerySelectorAll("#filtre-axis a.fr-tag--dismiss[aria-current='true']"));
        Assert.Contains(tagText[..tagText.LastIndexOf('(')].Trim(), chosen.TextContent, StringComparison.Ordinal);
        var cards = filtered.QuerySelectorAll("#mesures .fr-card__content");
        Assert.Equal(tagCount, cards.Length);
        Assert.Single(cards.Select(c => c.QuerySelector(".fr-card__start .fr-card__detail")!.TextContent.Trim()).Distinct());
        // The keyword still applies: these are some of the measures it found.
        Assert.All(filtered.QuerySelectorAll("#mesures .fr-card__title"), title => Assert.Contains(title.TextContent.Trim(), titles));
    }

    [Fact]
    public async Task The_filter_values_beyond_the_first_ten_open_and_apply_with_the_keyboard()
    {
        var page = await OpenAsync("/mesures", Desktop);
        await EvaluateAsync<PageControls>(page, CollectControlsScript);
        var everything = CountOf(await ParseAsync(page));

        var summary = await TabUntilAsync(page, "#filtres details > summary", 120);
        Assert.Empty(FocusProblems(summary));
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.parentElement.open"));
        await page.Keyboard.PressAsync("Tab");
        var revealed = await page.EvaluateAsync<string>(
            "() => document.activeElement.matches('details[open] a.fr-tag') ? document.activeElement.textContent.trim() : document.activeElement.outerHTML");
        Assert.Matches(@"\(\d+\)$", revealed);
        Assert.Empty(FocusProblems(await FocusAsync(page)));
        await PressAndLoadAsync(page, "Enter");

        var filtered = await ParseAsync(page);
        var count = int.Parse(revealed[(revealed.LastIndexOf('(') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(count, CountOf(filtered));
        Assert.True(count < everything);
        // The chosen value stays in sight though it was among the hidden ones.
        var chosen = Assert.Single(filtered.QuerySelectorAll("#filtres a.fr-tag--dismiss[aria-current='true']"));
        Assert.Null(chosen.Closest("details:not(.catalogue-filters)"));
        Assert.Contains(revealed[..revealed.LastIndexOf('(')].Trim(), chosen.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Desktop)]
    [InlineData(Mobile)]
    public async Task The_sources_and_notes_open_and_close_with_the_keyboard(int viewport)
    {
        var page = await OpenAsync("/mesures/cantines-a-tarification-sociale", viewport);
        await EvaluateAsync<PageControls>(page, CollectControlsScript);
        const string button = "#sources-et-notes .fr-accordion__btn";
        var content = page.Locator("#sources-et-notes-contenu");
        Assert.False(await content.IsVisibleAsync());

        var focus = await TabUntilAsync(page, button, 150);
        Assert.Empty(FocusProblems(focus));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(button)).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(content.Locator("#note-de-la-redaction")).ToBeVisibleAsync();
        await page.SaveScreenshotIfAskedAsync($"clavier-sources-et-notes-{Viewport.All[viewport].Name}");
        // The next Tab goes into what opened: its links, if any, else past it; Space closes it again from the button.
        Assert.True(await page.EvaluateAsync<bool>("selector => document.activeElement === document.querySelector(selector)", button));
        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(page.Locator(button)).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(content).ToBeHiddenAsync();
    }

    [Theory]
    [InlineData("#button-menu", "#modal-menu")]
    [InlineData(".fr-header__navbar .fr-btn--search", "#modal-search")]
    public async Task On_a_phone_a_header_button_opens_its_dialog_with_the_keyboard_and_Escape_gives_the_focus_back(string button, string modal)
    {
        var page = await OpenAsync("/", Mobile);
        await EvaluateAsync<PageControls>(page, CollectControlsScript);

        var opener = await TabUntilAsync(page, button, 6);
        Assert.Empty(FocusProblems(opener));
        await page.Keyboard.PressAsync("Enter");
        await page.Locator($"{modal}.fr-modal--opened").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Equal("true", await page.GetAttributeAsync(button, "data-fr-opened"));

        // The focus moves into the dialog, stays there, and meets each of its controls in order.
        var inModal = await page.EvaluateAsync<string[]>(
            "modal => { window.__keyboard.controls = [...document.querySelectorAll(modal + ' a[href], ' + modal + ' button, ' + modal + ' input')].filter(e => e.checkVisibility({ visibilityProperty: true })); return window.__keyboard.controls.map(window.__keyboard.describe); }",
            modal);
        Assert.NotEmpty(inModal);
        var seen = new List<string>();
        var current = await FocusAsync(page);
        Assert.Contains(".fr-modal", current.Inside);
        for (var step = 0; step < inModal.Length * 2 + 2; step++)
        {
            await page.Keyboard.PressAsync("Tab");
            current = await FocusAsync(page);
            Assert.True(current.Inside.Contains(".fr-modal"), $"Tab left the open dialog for {current.Description}");
            Assert.Empty(FocusProblems(current));
            seen.Add(current.Description);
        }
        foreach (var control in inModal)
        {
            Assert.Contains(control, seen);
        }
        var order = seen.Select(s => Array.IndexOf(inModal, s)).ToList();
        for (var i = 1; i < order.Count; i++)
        {
            Assert.True(order[i] == (order[i - 1] + 1) % inModal.Length, $"out of order in the dialog: {string.Join(" → ", seen)}");
        }

        await page.SaveScreenshotIfAskedAsync($"clavier-{modal.TrimStart('#')}-mobile");

        await page.Keyboard.PressAsync("Escape");
        await page.Locator($"{modal}.fr-modal--opened").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        Assert.False(await page.Locator(modal).IsVisibleAsync());
        Assert.Equal("false", await page.GetAttributeAsync(button, "data-fr-opened"));
        Assert.True(await page.EvaluateAsync<bool>("button => document.activeElement === document.querySelector(button)", button));
        await EvaluateAsync<PageControls>(page, CollectControlsScript);
        Assert.Empty(FocusProblems(await FocusAsync(page)));
    }

    private async Task<IPage> OpenAsync(string url, int viewport)
    {
        var tab = await browser.BorrowTabAsync(Viewport.All[viewport], visitor: nameof(KeyboardNavigationTests));
        _tabs.Add(tab);
        var page = tab.Page;
        await page.GotoAsync(new Uri(browser.BaseAddress, url));
        return page;
    }

    /// <summary>Presses <paramref name="key"/> on a link or a button and waits for the page it leads to.</summary>
    private static Task PressAndLoadAsync(IPage page, string key) => page.NavigateByAsync(() => page.Keyboard.PressAsync(key));

    /// <summary>A script's result as <typeparamref name="T"/> (Playwright's own conversion needs settable properties).</summary>
    private static async Task<T> EvaluateAsync<T>(IPage page, string script) =>
        (await page.EvaluateAsync<JsonElement>(script)).Deserialize<T>(JsonSerializerOptions.Web)!;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        foreach (var tab in _tabs)
        {
            tab.Dispose();
        }
        return Task.CompletedTask;
    }

    private static async Task<Focus> FocusAsync(IPage page) =>
        await EvaluateAsync<Focus?>(page, FocusScript) ?? throw new Xunit.Sdk.XunitException("the focus is on no element of the page");

    /// <summary>Presses Tab until the element that matches <paramref name="selector"/> has the focus, at most <paramref name="limit"/> times.</summary>
    private static async Task<Focus> TabUntilAsync(IPage page, string selector, int limit)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("selector => document.activeElement?.matches(selector) ?? false", selector))
            {
                return await FocusAsync(page);
            }
        }
        throw new Xunit.Sdk.XunitException($"{selector} not reached in {limit} presses of Tab");
    }

    private static IEnumerable<string> FocusProblems(Focus focus)
    {
        if (!focus.FocusVisible)
        {
            yield return $"{focus.Description}: not :focus-visible";
        }
        if (focus.OutlineStyle != "solid" || focus.OutlineWidth != "2px" || focus.OutlineColor != "rgb(10, 118, 246)")
        {
            yield return $"{focus.Description}: outline {focus.OutlineStyle} {focus.OutlineWidth} {focus.OutlineColor}, not the DSFR's 2px solid #0a76f6";
        }
        if (!focus.OnScreen)
        {
            yield return $"{focus.Description}: off screen";
        }
        if (focus.HiddenBy is not null)
        {
            yield return $"{focus.Description}: hidden by {focus.HiddenBy}";
        }
        if (focus.ClippedBy is not null)
        {
            yield return $"{focus.Description}: focus ring cut by {focus.ClippedBy}";
        }
        if (!focus.OnTop)
        {
            yield return $"{focus.Description}: covered by {focus.Hit}";
        }
    }

    private static string Difference(string[] expected, List<Focus> reached)
    {
        var first = 0;
        while (first < expected.Length && first < reached.Count && reached[first].Index == first)
        {
            first++;
        }
        var from = Math.Max(0, first - 2);
        var missed = Enumerable.Range(0, expected.Length).Except(reached.Select(f => f.Index)).Select(i => expected[i]);
        var extra = reached.Where(f => f.Index < 0).Select(f => f.Description);
        return $"first difference at stop {first}:\n  document: {string.Join("\n            ", expected.Skip(from).Take(6))}\n"
            + $"  Tab:      {string.Join("\n            ", reached.Skip(from).Take(6).Select(f => f.Description))}\n"
            + $"({expected.Length} controls in the document, {reached.Count} reached; missed: {string.Join(", ", missed.Take(5))}; not expected: {string.Join(", ", extra.Take(5))})";
    }

    private static async Task<AngleSharp.Dom.IDocument> ParseAsync(IPage page) =>
        await new HtmlParser().ParseDocumentAsync(await page.ContentAsync());

    /// <summary>The number of measures the catalogue says it found ("12 mesures", "1 mesure", "Aucune mesure").</summary>
    private static int CountOf(AngleSharp.Dom.IDocument document)
    {
        var heading = document.QuerySelector("#nombre-de-mesures")!.TextContent.Trim();
        return heading.StartsWith("Aucune", StringComparison.Ordinal) ? 0 : int.Parse(heading.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record PageControls(
        string[] Controls,
        string[] PositiveTabIndex);

    private sealed record Focus(
        int Index,
        string Description,
        bool FocusVisible,
        string OutlineStyle,
        string OutlineWidth,
        string OutlineColor,
        bool OnScreen,
        bool OnTop,
        string Hit,
        string? ClippedBy,
        string? HiddenBy,
        string[] Inside);
}
