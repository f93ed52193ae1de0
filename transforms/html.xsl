<?xml version="1.0" encoding="UTF-8"?>
<!-- Driver: TEI to the HTML reading edition. A TEI document gives a cable's page; a teiCorpus gives the index. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:cables:functions" exclude-result-prefixes="#all">

  <xsl:import href="params.xsl"/>
  <xsl:import href="common.xsl"/>
  <xsl:import href="html/style.xsl"/>
  <xsl:import href="html/page.xsl"/>
  <xsl:import href="html/text.xsl"/>
  <xsl:import href="html/index.xsl"/>
  <xsl:import href="html/registers.xsl"/>
  <xsl:import href="html/timeline.xsl"/>
  <xsl:import href="html/map.xsl"/>
  <xsl:import href="html/witnesses.xsl"/>
  <xsl:import href="html/search.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI | tei:teiCorpus"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="c:title(.) || ' · ' || $edition-title"/>
      <xsl:with-param name="body" select="."/>
      <xsl:with-param name="canonical" select="string(tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URI'])"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A cable's page: its text and metadata, and links to the cables before and after. -->
  <xsl:template match="tei:TEI" mode="page-body">
    <article>
      <h1><xsl:value-of select="c:title(.)"/></h1>
      <xsl:call-template name="cable-links"><xsl:with-param name="tei" select="."/></xsl:call-template>
      <xsl:call-template name="cable-meta"><xsl:with-param name="tei" select="."/></xsl:call-template>
      <h2>Text</h2>
      <!-- Speech is shown plain; a reader who wants it tinted, its speakers named, ticks the box (no script: the
           text follows the box, and the style sheet looks at whether it is checked). -->
      <xsl:if test="tei:text//tei:said">
        <input type="checkbox" id="show-speech" class="toggle"/>
        <label for="show-speech" class="toggle-label">Show speech and its speakers</label>
      </xsl:if>
      <div class="text">
        <xsl:apply-templates select="tei:text/tei:body/*" mode="text"/>
      </div>
      <xsl:call-template name="footnotes">
        <xsl:with-param name="notes" select="tei:text//tei:note[@place = 'foot']"/>
      </xsl:call-template>
      <xsl:call-template name="citation"><xsl:with-param name="tei" select="."/></xsl:call-template>
    </article>
    <nav class="pager" aria-label="Cables by date">
      <ul>
        <li><xsl:if test="$prev != ''"><a href="{encode-for-uri($prev)}.html" rel="prev">← Previous cable</a></xsl:if></li>
        <li><a href="index.html">All cables</a></li>
        <li><xsl:if test="$next != ''"><a href="{encode-for-uri($next)}.html" rel="next">Next cable →</a></xsl:if></li>
      </ul>
    </nav>
  </xsl:template>
</xsl:stylesheet>
