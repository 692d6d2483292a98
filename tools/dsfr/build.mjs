// Builds the portal's DSFR from the npm package's per-part files: one CSS, one print CSS and one
// JS module holding only the parts the views use, plus the fonts and icons that CSS references.
// See src/Occitanie.Pauvrete.Web/wwwroot/lib/dsfr/README.md (how to run it and when).
//
// usage: node tools/dsfr/build.mjs <node_modules/@gouvfr/dsfr/dist> [<output dir>]
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// The components the views use (class prefix → component) and the ones those depend on (each
// component's README in dist/component/<name>/ lists them). Everything else of the DSFR is left
// out: connect, consent, download, follow, highlight, password, quote, range, segmented,
// share, sidemenu, stepper, tab, toggle, tooltip, transcription, translate, upload, utility (fr-icon-*
// and the other utility classes), analytics, and the legacy files (Internet Explorer 11 only).
const COMPONENTS = [
    'accordion',  // fr-accordion: « Sources et notes de la rédaction » at the end of item pages
    'alert',      // fr-alert
    'badge',      // fr-badge (and card)
    'breadcrumb', // fr-breadcrumb
    'button',     // fr-btn, fr-btns-group (and most components)
    'callout',    // fr-callout
    'card',       // fr-card
    'checkbox',   // fr-checkbox-group (admin forms; and table)
    'content',    // fr-content-media
    'display',    // fr-display: the "Paramètres d'affichage" dialog
    'footer',     // fr-footer
    'form',       // fr-label, fr-hint-text, fr-fieldset, fr-message, fr-error-text
    'header',     // fr-header
    'input',      // fr-input, fr-input-group
    'link',       // fr-link, fr-links-group
    'logo',       // fr-logo
    'modal',      // fr-modal (header menu and search, display dialog)
    'navigation', // fr-nav, fr-menu
    'notice',     // fr-notice
    'pagination', // fr-pagination
    'radio',      // fr-radio-group, fr-radio-rich
    'search',     // fr-search-bar
    'select',     // fr-select
    'skiplink',   // fr-skiplinks
    'summary',    // fr-summary
    'table',      // fr-table
    'tag',        // fr-tag, fr-tags-group
    'tile',       // fr-tile
];

const [distArg, outArg] = process.argv.slice(2);
if (!distArg) {
    console.error('usage: node tools/dsfr/build.mjs <node_modules/@gouvfr/dsfr/dist> [<output dir>]');
    process.exit(2);
}
const dist = resolve(distArg);
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(outArg ?? join(here, '../../src/Occitanie.Pauvrete.Web/wwwroot/lib/dsfr'));
const version = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')).version;

// The parts in the order of the full bundle (dist/dsfr.main.min.css: core, the components in the
// package's own order, scheme last), so the cascade is the same as with dsfr.min.css.
const bundleOrder = [];
for (const source of JSON.parse(readFileSync(join(dist, 'dsfr.main.min.css.map'), 'utf8')).sources) {
    const m = source.match(/src\/dsfr\/(core|scheme|component\/[a-z-]+)\//);
    if (m && !bundleOrder.includes(m[1])) {
        bundleOrder.push(m[1]);
    }
}
for (const c of COMPONENTS) {
    if (!bundleOrder.includes(`component/${c}`)) {
        throw new Error(`component ${c} is not in dsfr.main.min.css of @gouvfr/dsfr ${version}`);
    }
}
const parts = bundleOrder.filter((p) => p === 'core' || p === 'scheme' || COMPONENTS.includes(p.slice('component/'.length)));
const fileOf = (part, suffix) => join(dist, part, `${part.split('/').pop()}.${suffix}`);

const header = (what) => `/*! DSFR v${version} | SPDX-License-Identifier: Etalab-2.0 | License-Filename: LICENSE.md | restricted use (see terms and conditions)\n` +
    ` * ${what}, built by tools/dsfr/build.mjs from: ${parts.join(', ')} */\n`;
const licence = /\/\*!\s*\n?\s*\*?\s*DSFR v[^*]*\*\/\n?/g;
const sourceMap = /\n?\/[*/]# sourceMappingURL=[^\n]*?(\*\/)?(?=\n|$)/g;

// url(...) in a part's CSS is relative to the part's folder: make it relative to the output folder
// (the same layout as dist/) and note the file, to copy it.
const assets = new Set();
function css(part, suffix) {
    const file = fileOf(part, suffix);
    if (!existsSync(file)) {
        return '';
    }
    return readFileSync(file, 'utf8')
        .replace(licence, '')
        .replace(sourceMap, '')
        // the empty "/*! media sm */" markers each part carries
        .replace(/@media \(min-width:[\d.]+em\)\{\s*\/\*! media [a-z]+ \*\/\}/g, '')
        .replace(/url\((['"]?)([^'")]+)\1\)/g, (whole, quote, url) => {
            if (/^(data:|https?:|#)/.test(url)) {
                return whole;
            }
            const target = resolve(dirname(file), url.split(/[?#]/)[0]);
            const rel = relative(dist, target).split(sep).join(posix.sep);
            if (rel.startsWith('..')) {
                throw new Error(`${file}: ${url} points outside dist/`);
            }
            assets.add(rel);
            return `url(${rel}${url.slice(url.split(/[?#]/)[0].length)})`;
        })
        .trim();
}

// <part>.min.css = <part>.main.min.css + the legacy (Internet Explorer 11) rules + the print rules;
// a part without legacy rules (display, scheme) has no .main file.
const screen = parts.map((p) => css(p, existsSync(fileOf(p, 'main.min.css')) ? 'main.min.css' : 'min.css')).filter(Boolean).join('\n');
const print = parts.map((p) => css(p, 'print.min.css')).filter(Boolean).join('\n');

// Each part's module starts with `const t = window.dsfr` (or defines it, for core) at its top
// level: one block per part keeps those names apart inside the single module.
const js = parts
    .filter((p) => existsSync(fileOf(p, 'module.min.js')))
    .map((p) => `{\n${readFileSync(fileOf(p, 'module.min.js'), 'utf8').replace(licence, '').replace(sourceMap, '').trim()}\n}`)
    .join('\n');

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'dsfr.portal.min.css'), header('Screen styles') + screen + '\n');
writeFileSync(join(out, 'dsfr.portal.print.min.css'), header('Print styles') + print + '\n');
writeFileSync(join(out, 'dsfr.portal.module.min.js'), header('JavaScript (ES module)') + js + '\n');

// Fonts and icons: exactly the files the CSS references; anything else in those folders goes.
for (const folder of ['fonts', 'icons']) {
    rmSync(join(out, folder), { recursive: true, force: true });
}
for (const rel of assets) {
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    copyFileSync(join(dist, rel), join(out, rel));
}
// What the views link directly: the favicons and the three pictograms of the display dialog.
cpSync(join(dist, 'favicon'), join(out, 'favicon'), { recursive: true });
for (const picto of ['environment/sun', 'environment/moon', 'system/system']) {
    mkdirSync(join(out, 'artwork/pictograms', dirname(picto)), { recursive: true });
    copyFileSync(join(dist, 'artwork/pictograms', `${picto}.svg`), join(out, 'artwork/pictograms', `${picto}.svg`));
}
copyFileSync(join(dist, '..', 'LICENSE.md'), join(out, 'LICENSE.md'));

const size = (f) => statSync(join(out, f)).size;
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`DSFR ${version}: ${parts.length} parts (${parts.join(', ')})`);
for (const f of ['dsfr.portal.min.css', 'dsfr.portal.print.min.css', 'dsfr.portal.module.min.js']) {
    console.log(`  ${f}: ${kb(size(f))}`);
}
console.log(`  ${assets.size} fonts and icons: ${[...assets].sort().join(' ')}`);
