<?xml version="1.0" encoding="UTF-8"?>
<!-- Search: the box in every page's header (a plain form: it leads to the search page, no script needed), and the
     search page (search.html, made from a teiCorpus with $page = 'search'), the one page with a script. The page
     loads the index the build writes as a script (search-index.js) and the MiniSearch library (minisearch.js),
     so that it works from file://; without JavaScript it says so and links to the index and the registers. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:cables:functions" exclude-result-prefixes="#all">

  <!-- The search box of the site header; $root is the path from the page to the edition's top folder. The search
       page has its own form instead. -->
  <xsl:template name="search-box">
    <xsl:param name="root" as="xs:string" select="''"/>
    <xsl:if test="$page != 'search'">
      <form class="site-search" role="search" action="{$root}search.html" method="get">
        <label for="site-q">Search the cables</label>
        <input type="search" id="site-q" name="q" autocomplete="off"/>
        <button type="submit">Search</button>
      </form>
    </xsl:if>
  </xsl:template>

  <!-- The search page. -->
  <xsl:template match="tei:teiCorpus[$page = 'search']" priority="10">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="'Search · ' || $edition-title"/>
      <xsl:with-param name="content">
        <h1>Search the cables</h1>
        <form id="search-form" class="search-page" role="search" action="search.html" method="get">
          <p class="search-field">
            <label for="q">Words, names or dates</label>
            <input type="search" id="q" name="q" autocomplete="off" aria-describedby="search-help"/>
            <button type="submit">Search</button>
          </p>
          <p id="search-help" class="search-help">Every word of the cables’ text, their titles, the persons, places and
            organisations they name, who sent them and to whom, their dates (1945, 1945-07, 1945-07-10) and their
            sources. A word finds the words it begins (Stal finds Stalin); several words find the cables that have
            them all.</p>
          <div id="search-no-script" class="search-no-script">
            <p><strong>Search needs JavaScript</strong>, which this browser does not run for this page. Every cable can
              still be found: the <a href="index.html">list of the cables by date</a>, and the registers of
              <a href="persons.html">persons</a>, <a href="places.html">places</a> and
              <a href="orgs.html">organisations</a>, each entry with the passages of the cables that name it.</p>
          </div>
          <div id="search-app" class="search-app" hidden="hidden">
            <p id="search-status" class="search-status" role="status" aria-live="polite"></p>
            <div class="search-layout">
              <section id="facets" class="facets" aria-labelledby="facets-heading">
                <h2 id="facets-heading">Narrow the results</h2>
                <p class="search-help">Each name, year or party ticked keeps the cables that have it.</p>
                <div id="facet-groups"></div>
              </section>
              <section class="results" aria-labelledby="results-heading">
                <h2 id="results-heading">Cables</h2>
                <ol id="results" class="results-list"></ol>
                <p><button type="button" id="more-results" hidden="hidden">Show more cables</button></p>
              </section>
            </div>
          </div>
        </form>
        <script src="minisearch.js"></script>
        <script src="search-index.js"></script>
        <script src="search.js"></script>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The style of the box and of the page, added to the edition's style sheet. -->
  <xsl:variable name="search-css" as="xs:string"><![CDATA[
@media screen { header.site { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem 1.5rem; } } /* screen: the print style hides the header */
form.site-search { display: flex; flex-wrap: wrap; align-items: center; gap: .35rem .5rem; flex: 0 1 26rem; }
form.site-search input, .search-field input { font: inherit; padding: .2rem .4rem; border: 1px solid #8a8174; border-radius: 3px; background: #fff; min-width: 0; flex: 1 1 8rem; max-width: 30rem; }
form.site-search button, .search-page button { font: .9rem system-ui, sans-serif; padding: .2rem .6rem; border: 1px solid var(--accent); border-radius: 3px; background: #fff; color: var(--accent); cursor: pointer; }
.search-field { display: flex; flex-wrap: wrap; align-items: center; gap: .35rem .5rem; font-family: system-ui, sans-serif; }
.search-field label { font-weight: 600; flex-basis: 100%; }
.search-field input { font-size: 1.05rem; max-width: 30rem; }
.search-help { font: .85rem system-ui, sans-serif; color: var(--muted); }
.search-no-script { background: #f6f2ea; border-left: 3px solid var(--accent); padding: .25rem .75rem; }
.search-status { font: 600 .95rem system-ui, sans-serif; }
main:has(.search-layout) { max-width: 70rem; }
.search-layout { display: grid; grid-template-columns: minmax(12rem, 17rem) minmax(0, 1fr); gap: 2rem; }
.facets { font: .9rem system-ui, sans-serif; }
.facets h2, .results h2 { margin-top: 0; }
.facets fieldset { border: 0; border-top: 1px solid var(--rule); margin: 0 0 .75rem; padding: .4rem 0 0; min-width: 0; }
.facets legend { font-weight: 600; padding: 0; }
.facets ul { list-style: none; margin: .25rem 0; padding: 0; }
.facets li { display: flex; gap: .35rem; align-items: baseline; margin: .1rem 0; }
.facets label { overflow-wrap: anywhere; }
.facets .count { color: var(--muted); }
.facets summary { cursor: pointer; color: var(--accent); }
.results-list { padding-left: 1.5rem; }
.results-list > li { margin-bottom: 1.25rem; }
.results-list h3 { font: 600 1rem/1.35 Georgia, "Times New Roman", serif; color: var(--ink); margin: 0 0 .15rem; }
.result-date { font: .85rem system-ui, sans-serif; color: var(--muted); margin: 0 0 .25rem; }
ul.kwic { list-style: none; margin: 0; padding: 0; font-size: .95rem; }
ul.kwic li { margin: .15rem 0; overflow-wrap: anywhere; }
ul.kwic a { color: inherit; text-decoration: none; }
ul.kwic a:hover, ul.kwic a:focus { text-decoration: underline; }
mark.hit { background: #f3d98b; color: var(--ink); padding: 0 .05em; border-radius: 2px; }
@media (max-width: 40rem) {
  .search-layout { grid-template-columns: minmax(0, 1fr); gap: 1rem; }
}
@media print {
  .search-page .search-field, .search-help, .facets, #more-results { display: none; }
  .search-layout { display: block; }
  mark.hit { background: none; font-weight: bold; }
}
]]></xsl:variable>
</xsl:stylesheet>
