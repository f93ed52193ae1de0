<?xml version="1.0" encoding="UTF-8"?>
<!-- The reading edition's style sheet, inlined in every page so a page stands alone (file://, no network). -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" exclude-result-prefixes="#all">
  <xsl:variable name="css" as="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema"><![CDATA[
:root { --ink: #1d1d1f; --muted: #5b5b66; --rule: #d8d4cc; --paper: #fffdf8; --accent: #7a2e1c; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 1.0625rem/1.6 Georgia, "Times New Roman", serif; overflow-wrap: break-word; }
a { color: var(--accent); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .25rem .5rem; }
header.site, footer.site { padding: .75rem 1.5rem; border-bottom: 1px solid var(--rule); font-family: system-ui, sans-serif; font-size: .9rem; }
footer.site { border-top: 1px solid var(--rule); border-bottom: 0; color: var(--muted); }
header.site nav ul { list-style: none; display: flex; gap: .25rem 1.25rem; margin: 0; padding: 0; flex-wrap: wrap; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.5rem 3rem 4.5rem; overflow-x: clip; } /* a speaker's label at a line's end never widens the page */
h1 { font-size: 1.5rem; line-height: 1.3; margin: .5rem 0 1rem; }
h2 { font-size: 1.1rem; font-family: system-ui, sans-serif; margin-top: 2rem; border-bottom: 1px solid var(--rule); }
/* Long words and addresses (file numbers, URLs, URNs) break rather than widen the page. */
dl.meta dd, .cite, td, .entry, .uri, .source-note { overflow-wrap: anywhere; }
nav.forms ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0 0 1rem; padding: 0; font: .85rem system-ui, sans-serif; }
dl.meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem 1rem; font-family: system-ui, sans-serif; font-size: .9rem; background: #f6f2ea; padding: .75rem 1rem; border-radius: 4px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.wording { color: var(--muted); }
.cable .source-note { font-family: system-ui, sans-serif; font-size: .85rem; color: var(--muted); }
.cable .head { font-weight: bold; }
.cable .opener, .cable .closer { font-variant: small-caps; letter-spacing: .02em; }
.cable .closer { text-align: right; }
.cable p { position: relative; }
/* A page break: a thin mark where the page begins, its number in the margin beside that line. */
.pb-mark { color: var(--accent); font: .8em system-ui, sans-serif; padding: 0 .1em; }
.pb-n { position: absolute; left: -4.5rem; width: 4rem; white-space: nowrap; text-align: right; font: .75rem system-ui, sans-serif; color: var(--muted); }
.pb-line .pb-mark { display: none; }
.pb-line .pb-n { position: static; display: block; text-align: left; width: auto; }
.supplied, .gloss, .editorial, .gap { color: var(--muted); }
.gap { font-style: italic; }
.editorial { font-style: italic; }
a.name { color: inherit; text-decoration: underline dotted #9a8f80; text-underline-offset: .2em; }
a.name:hover, a.name:focus { color: var(--accent); }
/* Speech: plain, its speaker on hover; tinted and labelled when the reader ticks the box before the text. */
.toggle-label { font: .85rem system-ui, sans-serif; color: var(--muted); margin-left: .35rem; }
.toggle { margin: 0; vertical-align: middle; }
.said { border-radius: 3px; }
.speaker { display: none; }
.toggle:checked ~ .text p { line-height: 2.4; }
.toggle:checked ~ .text .said-reported { background: #f1ede3; }
.toggle:checked ~ .text .said-direct { background: #efe2cf; }
/* The label is out of the run of the sentence (absolute: it takes no width), in the line's leading above the said's first
   word, which a word joiner keeps it with: it never stays behind at the end of the line before. Where the browser can
   anchor it, the label ends at its words instead of running off the line's end when they begin near it. */
.toggle:checked ~ .text .said::before { content: '\2060'; }
.toggle:checked ~ .text .speaker { display: inline-block; position: absolute; white-space: nowrap; font: 600 .62rem/1 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em; color: #5b4636; pointer-events: none; }
@supports (anchor-scope: --said) {
  .toggle:checked ~ .text .said { anchor-scope: --said; }
  .toggle:checked ~ .text .said::before { anchor-name: --said; }
  .toggle:checked ~ .text .speaker { position-anchor: --said; position-area: top span-right; position-try-fallbacks: flip-inline; }
}
.entry { border-bottom: 1px solid var(--rule); padding-bottom: 1rem; }
.entry h2 { border: 0; }
.entry h2 .life { font-weight: normal; }
h3 { font: 600 .9rem system-ui, sans-serif; color: var(--muted); margin-bottom: .25rem; }
ul.mentions { font-size: .95rem; }
.fnref { font-size: .75em; vertical-align: super; line-height: 0; }
section.notes ol { padding-left: 1.5rem; }
.cite { font-family: system-ui, sans-serif; font-size: .85rem; background: #f6f2ea; padding: .5rem .75rem; border-left: 3px solid var(--accent); }
nav.pager ul { display: flex; flex-wrap: wrap; gap: .5rem; justify-content: space-between; list-style: none; padding: 0; font-family: system-ui, sans-serif; font-size: .9rem; }
table.cables { border-collapse: collapse; width: 100%; font-size: .95rem; }
table.cables th, table.cables td { text-align: left; vertical-align: top; padding: .5rem; border-bottom: 1px solid var(--rule); }
table.cables td.date { white-space: nowrap; }
/* The index's names and titles break between words: a break anywhere would let the table squeeze a name's column to a few letters. */
table.cables td { overflow-wrap: break-word; }
.seg.repetition { text-decoration: underline wavy #a3562f; text-underline-offset: .25em; }
main:has(.witnesses) { max-width: 82rem; }
.witnesses { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 2rem; }
.witness h3 { font-size: 1rem; }
a.var-link { color: inherit; text-decoration: none; }
mark.var { color: var(--ink); border-radius: 2px; padding: 0 .1em; }
mark.var-substantive { background: #f9dccd; }
mark.var-omission, mark.var-addition { background: #e6dcf5; }
mark.var-lacuna { background: #e4e4e4; outline: 1px dashed #77716a; }
mark.var-orthographic { background: #dce9f7; }
mark.var-editorial { background: #e2f0da; }
.om { font-style: italic; color: var(--muted); }
ol.apparatus { font-size: .9rem; }
ul.legend { list-style: none; padding: 0; font-size: .9rem; }
/* The register pages: each mention in its words, the name marked. */
ul.kwic { list-style: none; padding-left: .75rem; margin: .2rem 0 .6rem; font-size: .9rem; }
ul.kwic li { margin: .15rem 0; }
ul.kwic li > a:first-child { font: .8rem system-ui, sans-serif; margin-right: .25rem; }
.kwic-line mark { background: #f3e3c3; color: var(--ink); padding: 0 .1em; border-radius: 2px; }
.kwic-line .kind { font: .8rem system-ui, sans-serif; color: var(--muted); }
em.role { font-style: normal; font-weight: 600; }
/* The timeline: the cables a month as a table, each cell shaded from the bottom in proportion. */
table.months { border-collapse: collapse; width: 100%; max-width: 34rem; font: .8rem system-ui, sans-serif; margin-bottom: 1.5rem; table-layout: fixed; }
table.months caption { text-align: left; color: var(--muted); padding-bottom: .25rem; }
table.months th, table.months td { border: 1px solid var(--rule); text-align: center; padding: .3rem 0; }
table.months tr > :first-child { width: 3.4rem; }
table.months td { background: linear-gradient(to top, #e9cdb6 var(--share, 0%), transparent var(--share, 0%)); }
table.months abbr { text-decoration: none; }
ol.timeline { padding-left: 1.25rem; }
ol.timeline li { margin: .35rem 0; }
ol.timeline time, ol.timeline .date { font: .85rem system-ui, sans-serif; color: var(--muted); }
ol.timeline .parties { font-size: .9rem; color: var(--muted); }
/* The map: the land and the places, then their table. */
figure.map { margin: 0 0 1.5rem; }
figure.map svg { display: block; width: 100%; height: auto; border: 1px solid var(--rule); }
figure.map .sea { fill: #e6eef3; }
figure.map .land { fill: #f4efe4; stroke: #a99f8d; stroke-width: .5px; vector-effect: non-scaling-stroke; }
figure.map .graticule { fill: none; stroke: #c9d6de; stroke-width: .5px; vector-effect: non-scaling-stroke; }
figure.map circle.place { fill: rgba(122, 46, 28, .55); stroke: #fff; stroke-width: 1px; vector-effect: non-scaling-stroke; }
figure.map a:hover circle.place, figure.map a:focus circle.place { fill: var(--accent); stroke: var(--ink); stroke-width: 2px; }
figure.map .labels { font-family: system-ui, sans-serif; fill: var(--ink); paint-order: stroke; stroke: #fffdf8; stroke-width: 2px; stroke-linejoin: round; }
figure.map figcaption { font: .8rem system-ui, sans-serif; color: var(--muted); margin-top: .35rem; }
table.places { border-collapse: collapse; width: 100%; font-size: .95rem; }
table.places th, table.places td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
table.places th[scope="row"] { font-weight: normal; }
ul.unlocated { columns: 14rem; font-size: .95rem; }
/* The encoding page: each element's attributes as a table. */
table.attributes { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .25rem 0 1rem; }
table.attributes caption { text-align: left; color: var(--muted); font: .8rem system-ui, sans-serif; padding-bottom: .25rem; }
table.attributes th, table.attributes td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); }
table.attributes ul { margin: 0; padding-left: 1.1rem; }
/* Phones: one column; the page numbers come into the line; the metadata and the index stack. */
@media (max-width: 40rem) {
  body { font-size: 1rem; }
  header.site, footer.site { padding: .5rem .75rem; }
  main { padding: 1rem .75rem 2rem; }
  .pb-n { position: static; width: auto; margin-left: .15em; }
  dl.meta { display: block; padding: .5rem .75rem; }
  dl.meta dt { margin-top: .4rem; }
  dl.meta dt:first-child { margin-top: 0; }
  table.cables, table.cables tbody, table.cables tr, table.cables td { display: block; width: 100%; }
  table.cables thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.cables tr { border-bottom: 1px solid var(--rule); padding: .4rem 0; }
  table.cables td { border: 0; padding: .1rem 0; }
  table.cables td.date { white-space: normal; font-weight: bold; }
  table.cables td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font: .85rem system-ui, sans-serif; }
  .witnesses { grid-template-columns: minmax(0, 1fr); }
  table.places, table.places tbody, table.places tr, table.places th, table.places td { display: block; width: 100%; }
  table.places thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.places tr { border-bottom: 1px solid var(--rule); padding: .3rem 0; }
  table.places th, table.places td { border: 0; padding: .05rem 0; }
  dl.elements dd { margin-left: .75rem; }
  table.attributes, table.attributes caption, table.attributes tbody, table.attributes tr, table.attributes th, table.attributes td { display: block; width: 100%; }
  table.attributes thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.attributes tr { border-bottom: 1px solid var(--rule); padding: .3rem 0; }
  table.attributes th, table.attributes td { border: 0; padding: .1rem 0; }
}
@media print {
  header.site, footer.site, nav.pager, nav.forms, .skip, .toggle, .toggle-label { display: none; }
  .kwic-line mark { background: none; font-weight: bold; }
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0 0 0 5rem; }
  a, a.name { color: inherit; text-decoration: none; }
  .said, .toggle:checked ~ .text .said-reported, .toggle:checked ~ .text .said-direct { background: none; }
  .toggle:checked ~ .text .speaker { display: none; }
  dl.meta, .cite { background: none; border: 0; padding: 0; }
  .pb-n { position: absolute; left: -5rem; width: 4.6rem; white-space: nowrap; }
  .pb-line .pb-n { position: static; }
  p, li { orphans: 3; widows: 3; }
  h1, h2 { break-after: avoid; }
}
]]></xsl:variable>
</xsl:stylesheet>
