// Measurements of the built app in the browser: start to interactive, opening
// the long article (against the same text as static HTML), marking a claim,
// the Claims table (render, filter, sort, search)
// and the JS heap. Every time is taken inside the page with performance.now().

/* global document, performance, requestAnimationFrame, MutationObserver, MessageChannel, clearTimeout -- used inside page.evaluate */
/**
 * Runs `act` in the page and returns the ms until `done` holds after a DOM
 * change, plus `frames` animation frames (so the result has been painted).
 */
export async function timeInPage(page, act, done, frames = 0) {
  return page.evaluate(
    ([actSrc, doneSrc, frameCount]) =>
      new Promise((resolve, reject) => {
        const isDone = new Function(`return (${doneSrc})`);
        const t0 = performance.now();
        const timer = setTimeout(() => reject(new Error(`not done after 30 s: ${doneSrc}`)), 30_000);
        const finish = () => {
          let left = frameCount;
          const tick = () => {
            if (left-- > 0) return requestAnimationFrame(tick);
            clearTimeout(timer);
            resolve(performance.now() - t0);
          };
          tick();
        };
        const observer = new MutationObserver(() => {
          if (!isDone()) return;
          observer.disconnect();
          finish();
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        new Function(actSrc)();
      }),
    [act, done, frames],
  );
}

const clickView = (name) => `[...document.querySelectorAll('nav[aria-label="Case views"] button')].find((b) => b.textContent === '${name}').click()`;
const currentView = `document.querySelector('nav[aria-label="Case views"] [aria-current="page"]')?.textContent`;

async function openView(page, name) {
  await page.waitForFunction(`[...document.querySelectorAll('nav[aria-label="Case views"] button')].some((b) => b.textContent === '${name}')`);
  await page.evaluate(clickView(name));
  await page.waitForFunction(`${currentView} === '${name}'`);
}

/**
 * Start to interactive: from navigation start until the case's first view is
 * shown and the page answers a posted task after two frames.
 */
export async function startToInteractive(page, baseUrl) {
  await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const ready = () => document.querySelector('nav[aria-label="Case views"] [aria-current="page"]') !== null;
        const answer = () =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now());
              channel.port2.postMessage(null);
            }),
          );
        if (ready()) return answer();
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          answer();
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true });
      }),
  );
}

const marksIn = `document.querySelectorAll('.fm-article-text mark[data-claims]').length`;

/** Opens the Articles view with a small article selected, ready for timing the long one. */
export async function prepareArticles(page, baseUrl) {
  await page.goto(`${baseUrl}/`);
  await page.waitForFunction(`${currentView} !== undefined`, null, { timeout: 60_000 });
  await openView(page, 'Articles');
  await page.waitForSelector('.fm-article-item');
  await page.evaluate(`document.querySelectorAll('.fm-article-item')[1].click()`);
  await page.waitForFunction(`document.querySelector('.fm-article-text') !== null && ${marksIn} > 0`, null, { timeout: 60_000 });
}

/** Selecting the long article (first in the list) until its `marks` highlights are painted. */
export async function openLongArticle(page, marks) {
  return timeInPage(page, `document.querySelectorAll('.fm-article-item')[0].click()`, `${marksIn} >= ${marks}`, 2);
}

/** The same: a static page of the article's text with its marks, from navigation to two frames after parsing. */
export async function openStaticArticle(page, url) {
  await page.goto(url);
  return page.waitForFunction('window.__paintedAt').then((h) => h.jsonValue());
}

/** The static page: same paragraphs, same `<mark>`s, the app's paragraph style (content-visibility). */
export function staticArticleHtml(text, spans) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let html = '';
  let at = 0;
  for (const s of sorted) {
    html += `${esc(text.slice(at, s.start))}<mark data-claims="1">${esc(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  html += esc(text.slice(at));
  const body = html
    .split('\n\n')
    .map((p) => `<p class="fm-p">${p}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static article</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:46rem;margin:2rem auto}.fm-p{margin:0 0 1rem;content-visibility:auto;contain-intrinsic-size:auto 4rem}mark{background:#fde68a;color:inherit}</style></head>
<body><div class="fm-article-text">${body}</div>
<script>requestAnimationFrame(() => requestAnimationFrame(() => { window.__paintedAt = performance.now(); }));</script></body></html>`;
}

/** Unclaimed stretches of the long article, as (block, from, to) inside one paragraph, for marking. */
export function unclaimedSelections(text, spans, count) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const blockStarts = [0];
  for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 2)) blockStarts.push(i + 2);
  const out = [];
  let at = 0;
  for (const s of [...sorted, { start: text.length, end: text.length }]) {
    const gap = text.slice(at, s.start);
    // Ends on a non-space: the app trims a selection's spaces off the quote.
    const m = /[A-Z][^.\n]{20,80}[^\s.]/.exec(gap);
    if (m && out.length < count * 5) {
      const start = at + m.index;
      let block = 0;
      while (block + 1 < blockStarts.length && blockStarts[block + 1] <= start) block++;
      out.push({ block, from: start - blockStarts[block], to: start - blockStarts[block] + m[0].length, text: m[0] });
    }
    at = Math.max(at, s.end);
  }
  // Spread over the whole article, not only its start.
  const step = Math.max(1, Math.floor(out.length / count));
  return out.filter((_, i) => i % step === 0).slice(0, count);
}

/**
 * Selects `sel` in the open article and times the Mark claim button until both
 * the highlight is painted (a new mark in the DOM, then two frames) and the
 * claim's write has committed (the app's "factmark:mark-claim" User Timing
 * measure, which ends at the commit). Also checks the inspector shows it.
 */
export async function markClaim(page, sel) {
  const select = `(() => {
    const root = document.querySelector('.fm-article-text');
    const block = root.children[${sel.block}];
    block.scrollIntoView({ block: 'center' });
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const locate = (offset) => {
      let seen = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (offset <= seen + n.data.length) return [n, offset - seen];
        seen += n.data.length;
      }
      throw new Error('offset past the block');
    };
    const range = document.createRange();
    range.setStart(...locate(${sel.from}));
    walker.currentNode = block;
    range.setEnd(...locate(${sel.to}));
    const s = window.getSelection();
    s.removeAllRanges();
    s.addRange(range);
    return range.toString();
  })()`;
  const selected = await page.evaluate(select);
  if (selected !== sel.text) throw new Error(`selected “${selected}” instead of “${sel.text}”`);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  const ms = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const MEASURE = 'factmark:mark-claim';
        performance.clearMeasures(MEASURE);
        const marks = () => document.querySelectorAll('.fm-article-text mark[data-claims]').length;
        const before = marks();
        const timer = setTimeout(() => reject(new Error('no highlight or no commit after 30 s')), 30_000);
        let paintedAt = null;
        const finish = () => {
          const committed = performance.getEntriesByName(MEASURE)[0];
          if (paintedAt === null || !committed) return false;
          clearTimeout(timer);
          resolve(Math.max(paintedAt, committed.startTime + committed.duration) - t0);
          return true;
        };
        // The commit may come after the paint: look again until it has.
        const waitForCommit = () => finish() || setTimeout(waitForCommit, 1);
        const observer = new MutationObserver(() => {
          if (marks() <= before) return;
          observer.disconnect();
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              paintedAt = performance.now();
              waitForCommit();
            }),
          );
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        const t0 = performance.now();
        [...document.querySelectorAll('button')].find((b) => b.textContent === 'Mark claim').click();
      }),
  );
  // Not timed: the inspector then shows the new claim.
  await page.waitForFunction((text) => document.querySelector('[data-testid="claim-quote"]')?.textContent === text, sel.text);
  return ms;
}

/** JS heap in use after a full garbage collection, in MB. */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** Milliseconds until the Claims table no longer says it is reading claims (checked each frame). */
const untilAllClaimsRead = () =>
  new Promise((resolve) => {
    const t0 = performance.now();
    const check = () => (document.querySelector('.fm-claims-reading') ? requestAnimationFrame(check) : resolve(performance.now() - t0));
    check();
  });

/** Claims table: first render, filter, sort and search times (filter, sort and search p95 against their targets). */
export async function claimsTable(page, { runs, claimants, idleWait }) {
  const rowsShown = `document.querySelectorAll('.fm-claims-item').length > 0`;
  const firstRenders = [];
  // The first open comes right after the app starts, while the case's claims are still being read:
  // its rows are those read so far, and the time until all are in is kept apart.
  let allClaimsAfterFirst = null;
  for (let i = 0; i < runs; i++) {
    await openView(page, 'Overview');
    firstRenders.push(await timeInPage(page, clickView('Claims'), rowsShown));
    if (i === 0) allClaimsAfterFirst = firstRenders[0] + (await page.evaluate(untilAllClaimsRead));
  }
  await page.waitForFunction(rowsShown);

  const count = `document.querySelector('[role="search"] [role="status"]').textContent`;
  const setSelect = (label, value) =>
    `const l = [...document.querySelectorAll('.fm-facet')].find((x) => x.querySelector('span').textContent === '${label}'); const s = l.querySelector('select');` +
    `const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set; set.call(s, ${value}); s.dispatchEvent(new Event('change', { bubbles: true }));`;
  const filter = [];
  for (let i = 0; i < Math.max(2, runs * 2); i++) {
    // Each step goes between all claims and a strict subset, so the count always changes.
    for (const [label, value] of [['Verdict', `s.options[${2 + (i % 5)}].value`], ['Verdict', 's.options[0].value'], ['Claimant', `s.options[${1 + (i % claimants)}].value`], ['Claimant', 's.options[0].value']]) {
      const before = await page.evaluate(count);
      filter.push(await timeInPage(page, setSelect(label, value), `${count} !== ${JSON.stringify(before)}`));
    }
  }

  const sortKey = `document.querySelector('[role="columnheader"][aria-sort]')?.textContent + document.querySelector('[role="columnheader"][aria-sort]')?.getAttribute('aria-sort')`;
  const sort = [];
  for (const column of ['Quote', 'Claimant', 'Verdict', 'Status', 'Last change', 'Evidence', 'Links', 'Article']) {
    for (let i = 0; i < 2; i++) {
      const before = await page.evaluate(sortKey);
      sort.push(await timeInPage(page, `[...document.querySelectorAll('[role="columnheader"] button')].find((b) => b.textContent.startsWith('${column}')).click()`, `${sortKey} !== ${JSON.stringify(before)}`));
    }
  }

  const typeInto = (q) =>
    `const s = document.querySelector('input[type="search"]'); const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set; set.call(s, ${JSON.stringify(q)}); s.dispatchEvent(new Event('input', { bubbles: true }));`;
  const showing = (q) => `document.querySelector('.fm-claims-view').dataset.query === ${JSON.stringify(q)}`;
  // The table indexes the case in idle time after it opens (as a reviewer would wait a moment).
  await page.waitForTimeout(idleWait);
  const search = [];
  for (let round = 0; round < Math.max(1, Math.ceil(runs / 3)); round++) {
    for (const q of ['Syria', 'Putin', 'facebook', 'meddl', 'Speaker B', 'archive', 'Ukraine', 'electon', 'Kremlin', 'Trump said']) {
      if (!(await page.evaluate(showing('')))) await timeInPage(page, typeInto(''), showing(''));
      search.push(await timeInPage(page, typeInto(q), showing(q)));
    }
  }
  return { firstRenders, allClaimsAfterFirst, filter, sort, search };
}
