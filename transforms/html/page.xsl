<?xml version="1.0" encoding="UTF-8"?>
<!-- A page of the reading edition: the frame, the metadata of a cable, its citation. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:cables:functions" exclude-result-prefixes="#all">

  <!-- The frame of every page: head, site header, main, footer. Main holds $content, or what mode page-body
       makes of $body, written in place (a cable's page: its text is not built apart and then copied). -->
  <xsl:template name="page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="content" as="node()*" select="()"/>
    <xsl:param name="body" as="node()?" select="()"/>
    <xsl:param name="canonical" as="xs:string?" select="()"/>
    <!-- The path from the page to the edition's top folder ('../' for a page in collations/). -->
    <xsl:param name="root" as="xs:string" select="''"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <xsl:if test="matches($canonical, '^https?://')"><link rel="canonical" href="{$canonical}"/></xsl:if>
        <style><xsl:value-of select="$css" disable-output-escaping="no"/></style>
      </head>
      <body>
        <a class="skip" href="#main">Skip to the text</a>
        <header class="site">
          <nav aria-label="Edition">
            <ul>
              <li><a href="{$root}index.html"><xsl:value-of select="$edition-title"/></a></li>
              <li><a href="{$root}persons.html">Persons</a></li>
              <li><a href="{$root}places.html">Places</a></li>
              <li><a href="{$root}orgs.html">Organisations</a></li>
              <li><a href="{$root}encoding.html">Encoding</a></li>
            </ul>
          </nav>
        </header>
        <main id="main">
          <xsl:sequence select="$content"/>
          <xsl:apply-templates select="$body" mode="page-body"/>
        </main>
        <footer class="site">
          <p>TEI P5 edition. The cables are works of the United States Government, in the public domain.</p>
        </footer>
        <xsl:call-template name="page-end"/>
      </body>
    </html>
  </xsl:template>

  <!-- Extension point: content at the end of every page's body. Empty here. -->
  <xsl:template name="page-end"/>

  <!-- The metadata of a cable as a description list. -->
  <xsl:template name="cable-meta">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="h" select="$tei/tei:teiHeader"/>
    <xsl:variable name="sent" select="$h//tei:correspAction[@type = 'sent']"/>
    <xsl:variable name="received" select="$h//tei:correspAction[@type = 'received']"/>
    <dl class="meta">
      <xsl:if test="$sent/tei:persName">
        <dt>From</dt>
        <dd><xsl:apply-templates select="$sent/tei:persName" mode="party"/></dd>
      </xsl:if>
      <xsl:if test="$received/tei:persName">
        <dt>To</dt>
        <dd><xsl:apply-templates select="$received/tei:persName" mode="party"/></dd>
      </xsl:if>
      <dt>Date</dt>
      <dd>
        <xsl:choose>
          <xsl:when test="$sent/tei:date">
            <time datetime="{$sent/tei:date/@when}"><xsl:value-of select="$sent/tei:date"/></time>
            <xsl:for-each select="$sent/tei:note[@type = 'date-source']"> (<xsl:value-of select="."/>)</xsl:for-each>
          </xsl:when>
          <xsl:otherwise>not known</xsl:otherwise>
        </xsl:choose>
      </dd>
      <xsl:if test="$sent/tei:placeName">
        <dt>Place</dt>
        <dd><xsl:apply-templates select="$sent/tei:placeName" mode="party"/></dd>
      </xsl:if>
      <xsl:if test="$tei//tei:opener/tei:seg[@type = 'classification']">
        <dt>Classification</dt>
        <dd><xsl:value-of select="distinct-values($tei//tei:opener/tei:seg[@type = 'classification'] ! normalize-space())" separator="; "/></dd>
      </xsl:if>
      <dt>Source</dt>
      <dd><xsl:apply-templates select="$h/tei:fileDesc/tei:sourceDesc" mode="source"/></dd>
      <xsl:for-each select="$h/tei:profileDesc/tei:abstract">
        <dt>Summary</dt>
        <dd id="abstract"><xsl:apply-templates select="tei:p/node()" mode="text"/></dd>
      </xsl:for-each>
      <xsl:for-each select="$h/tei:fileDesc/tei:notesStmt/tei:note[@type = 'editorial']">
        <dt>Editors’ note</dt>
        <dd><xsl:value-of select="."/></dd>
      </xsl:for-each>
      <xsl:for-each select="$h/tei:fileDesc/tei:notesStmt/tei:note[@type = 'credits']">
        <dt>Credits</dt>
        <dd><xsl:value-of select="."/></dd>
      </xsl:for-each>
      <xsl:apply-templates select="$h/tei:fileDesc/tei:notesStmt[tei:relatedItem]" mode="witnesses"/>
    </dl>
  </xsl:template>

  <!-- A party or place of the header, linked to its entry when it has one. -->
  <xsl:template match="tei:persName | tei:placeName" mode="party">
    <xsl:if test="position() gt 1">; </xsl:if>
    <xsl:apply-templates select="." mode="text"/>
  </xsl:template>

  <xsl:template match="tei:sourceDesc" mode="source">
    <xsl:for-each select="tei:bibl[@type = 'frus']">
      <cite><xsl:value-of select="tei:title[@level = 's']"/></cite>
      <xsl:for-each select="tei:idno">, file <xsl:value-of select="."/></xsl:for-each>
      <xsl:for-each select="tei:biblScope[@unit = 'page']">, p. <xsl:value-of select="."/></xsl:for-each>
    </xsl:for-each>
    <xsl:for-each select="tei:bibl[@type = 'archive']">
      <cite><xsl:value-of select="tei:title"/></cite>
      <xsl:for-each select="tei:publisher">, <xsl:value-of select="."/></xsl:for-each>
      <xsl:for-each select="../tei:msDesc/tei:msIdentifier">, <xsl:value-of select="(tei:collection, tei:repository)" separator=", "/></xsl:for-each>
      <xsl:for-each select="tei:ref">, <xsl:choose><xsl:when test="matches(@target, '^https?://[^\s]+$')"><a href="{@target}"><xsl:value-of select="."/></a></xsl:when><xsl:otherwise><xsl:value-of select="."/></xsl:otherwise></xsl:choose></xsl:for-each>
    </xsl:for-each>
    <xsl:for-each select="tei:p"><xsl:value-of select="."/></xsl:for-each>
  </xsl:template>

  <!-- A citation line a reader can copy. -->
  <xsl:template name="citation">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <section aria-labelledby="cite-heading">
      <h2 id="cite-heading">Cite this cable</h2>
      <p class="cite">
        <xsl:value-of select="c:title($tei)"/>
        <xsl:text>. In </xsl:text>
        <xsl:value-of select="$edition-title"/>
        <xsl:text>, cable </xsl:text>
        <xsl:value-of select="c:stem($tei)"/>
        <xsl:text>. Source: </xsl:text>
        <xsl:value-of select="normalize-space(string-join(($tei//tei:sourceDesc/tei:bibl[@type = 'citation'], $tei//tei:sourceDesc/tei:bibl[@type = 'frus']/(tei:title[@level = 's'], tei:idno)), ', '))"/>
        <xsl:text>.</xsl:text>
      </p>
    </section>
  </xsl:template>
</xsl:stylesheet>
