<?xml version="1.0" encoding="UTF-8"?>
<!-- The reading edition's style sheet, inlined in every page so a page stands alone (file://, no network). -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" exclude-result-prefixes="#all">
  <xsl:variable name="css" as="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema"><![CDATA[
:root { --ink: #1d1d1f; --muted: #5b5b66; --rule: #d8d4cc; --paper: #fffdf8; --accent: #7a2e1c; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 1.0625rem/1.6 Georgia, "Times New Roman", serif; }
a { color: var(--accent); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .25rem .5rem; }
header.site, footer.site { padding: .75rem 1.5rem; border-bottom: 1px solid var(--rule); font-family: system-ui, sans-serif; font-size: .9rem; }
footer.site { border-top: 1px solid var(--rule); border-bottom: 0; color: var(--muted); }
header.site nav ul { list-style: none; display: flex; gap: 1.25rem; margin: 0; padding: 0; flex-wrap: wrap; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.5rem 3rem 4.5rem; }
h1 { font-size: 1.5rem; line-height: 1.3; margin: .5rem 0 1rem; }
h2 { font-size: 1.1rem; font-family: system-ui, sans-serif; margin-top: 2rem; border-bottom: 1px solid var(--rule); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font-family: system-ui, sans-serif; font-size: .9rem; background: #f6f2ea; padding: .75rem 1rem; border-radius: 4px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.cable .source-note { font-family: system-ui, sans-serif; font-size: .85rem; color: var(--muted); }
.cable .head { font-weight: bold; }
.cable .opener, .cable .closer { font-variant: small-caps; letter-spacing: .02em; }
.cable .closer { text-align: right; }
.cable p { position: relative; }
.pb { position: absolute; left: -4.5rem; width: 4rem; white-space: nowrap; text-align: right; font: .75rem system-ui, sans-serif; color: var(--muted); }
.pb::after { content: ""; }
.supplied, .gloss, .editorial, .gap { color: var(--muted); }
.gap { font-style: italic; }
.editorial { font-style: italic; }
a.name { color: inherit; text-decoration: underline dotted #9a8f80; text-underline-offset: .2em; }
a.name:hover, a.name:focus { color: var(--accent); }
.said { border-radius: 3px; }
.said-reported { background: #f1ede3; }
.said-direct { background: #efe2cf; }
.said .speaker { font: 600 .68rem system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em; color: #5b4636; }
.said .speaker::after { content: ":"; }
.entry { border-bottom: 1px solid var(--rule); padding-bottom: 1rem; }
.entry h2 { border: 0; }
h3 { font: 600 .9rem system-ui, sans-serif; color: var(--muted); margin-bottom: .25rem; }
ul.mentions { font-size: .95rem; }
.fnref { font-size: .75em; vertical-align: super; line-height: 0; }
section.notes ol { padding-left: 1.5rem; }
.cite { font-family: system-ui, sans-serif; font-size: .85rem; background: #f6f2ea; padding: .5rem .75rem; border-left: 3px solid var(--accent); }
nav.pager ul { display: flex; justify-content: space-between; list-style: none; padding: 0; font-family: system-ui, sans-serif; font-size: .9rem; }
table.cables { border-collapse: collapse; width: 100%; font-size: .95rem; }
table.cables th, table.cables td { text-align: left; vertical-align: top; padding: .5rem; border-bottom: 1px solid var(--rule); }
table.cables td.date { white-space: nowrap; }
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
@media print {
  header.site, footer.site, nav.pager, .skip { display: none; }
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0 0 0 3.5rem; }
  a { color: inherit; text-decoration: none; }
}
]]></xsl:variable>
</xsl:stylesheet>
