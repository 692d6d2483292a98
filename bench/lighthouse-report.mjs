// Reads the JSON reports written by lighthouse.sh and prints the Markdown of a RESULTS.md section:
// the four scores per page and preset, the first-visit bytes of the first page by type, and the
// failing audits of accessibility, best practices and SEO.
//
// usage: node lighthouse-report.mjs WEIGHT_REPORT REPORT...
//   WEIGHT_REPORT  the report whose network records give the byte breakdown (the first visit of /)
//   REPORT         every report, named <page-label>.<preset>.json (page label: see lighthouse.sh)
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const [weightFile, ...files] = process.argv.slice(2);
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const names = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices', seo: 'SEO' };
const score = (c) => (c?.score == null ? 'n/a' : Math.round(c.score * 100));
const kb = (n) => (n / 1024).toFixed(1);
const out = [];

// ---- scores ------------------------------------------------------------------------------------
out.push('| page | preset | ' + categories.map((c) => names[c]).join(' | ') + ' | bytes transferred |');
out.push('|---|---|' + categories.map(() => '---:').join('|') + '|---:|');
const failing = [];
for (const f of files) {
    const r = read(f);
    const [label, preset] = basename(f, '.json').split('.');
    const path = new URL(r.finalDisplayedUrl ?? r.finalUrl).pathname;
    const total = r.audits['total-byte-weight']?.numericValue ?? 0;
    out.push(`| ${label} \`${path}\` | ${preset} | ` + categories.map((c) => score(r.categories[c])).join(' | ') + ` | ${kb(total)} KB |`);
    if (r.runtimeError) failing.push(`- ${label} (${preset}): runtime error ${r.runtimeError.code}: ${r.runtimeError.message}`);
    for (const c of categories.slice(1)) {
        for (const ref of r.categories[c]?.auditRefs ?? []) {
            const a = r.audits[ref.id];
            if (ref.weight > 0 && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable') {
                const items = (a.details?.items ?? []).slice(0, 3).map((i) => i.node?.snippet ?? i.source?.url ?? i.url ?? i.description ?? '').filter(Boolean);
                failing.push(`- ${label} (${preset}), ${names[c]}: \`${a.id}\` — ${a.title}` + (items.length ? ` (${items.map((s) => '`' + String(s).replace(/`/g, "'").slice(0, 120) + '`').join(', ')})` : ''));
            }
        }
    }
}
out.push('');

// ---- first-visit bytes by type ----------------------------------------------------------------
const w = read(weightFile);
const records = w.audits['network-requests']?.details?.items ?? [];
const kind = (i) => {
    const t = i.resourceType ?? '';
    const m = i.mimeType ?? '';
    if (t === 'Document') return 'document (HTML)';
    if (t === 'Stylesheet' || m === 'text/css') return 'CSS';
    if (t === 'Script' || m.includes('javascript')) return 'JS';
    if (t === 'Font' || m.startsWith('font/')) return 'fonts';
    if (t === 'Image' || m.startsWith('image/')) return 'images / icons';
    return 'other';
};
const order = ['document (HTML)', 'CSS', 'JS', 'fonts', 'images / icons', 'other'];
const sums = Object.fromEntries(order.map((k) => [k, { n: 0, transfer: 0, decoded: 0, files: [] }]));
for (const i of records) {
    if (!/^https?:/.test(i.url)) continue;
    const s = sums[kind(i)];
    s.n++;
    s.transfer += i.transferSize ?? 0;
    s.decoded += i.resourceSize ?? 0;
    s.files.push(new URL(i.url).pathname.split('/').pop() || '/');
}
const total = { n: 0, transfer: 0, decoded: 0 };
const [wLabel, wPreset] = basename(weightFile, '.json').split('.');
out.push(`First visit of \`${new URL(w.finalDisplayedUrl ?? w.finalUrl).pathname}\` (${wLabel}, ${wPreset} run, empty cache), from Lighthouse's network records` +
    ` (\`network-requests\`: transferred = bytes on the wire with headers, decoded = body after decompression; \`total-byte-weight\` = ${kb(w.audits['total-byte-weight']?.numericValue ?? 0)} KB):`);
out.push('');
out.push('| type | requests | transferred | decoded | files |');
out.push('|---|---:|---:|---:|---|');
for (const k of order) {
    const s = sums[k];
    if (!s.n) continue;
    total.n += s.n; total.transfer += s.transfer; total.decoded += s.decoded;
    out.push(`| ${k} | ${s.n} | ${kb(s.transfer)} KB | ${kb(s.decoded)} KB | ${[...new Set(s.files)].join(', ')} |`);
}
out.push(`| **total** | ${total.n} | **${kb(total.transfer)} KB** | **${kb(total.decoded)} KB** | |`);
out.push('');

// ---- failing audits ---------------------------------------------------------------------------
out.push(failing.length ? 'Failing audits (accessibility, best practices, SEO):' : 'No failing audit in accessibility, best practices or SEO.');
if (failing.length) { out.push(''); out.push(...failing); }
out.push('');
process.stdout.write(out.join('\n') + '\n');
