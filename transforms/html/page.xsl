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
        <xsl:apply-templates select="$body" mode="head-meta"/>
        <style><xsl:value-of select="$css || $search-css" disable-output-escaping="no"/></style>
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
              <li><a href="{$root}timeline.html">Timeline</a></li>
              <li><a href="{$root}map.html">Map</a></li>
              <li><a href="{$root}encoding.html">Encoding</a></li>
            </ul>
          </nav>
          <xsl:call-template name="search-box"><xsl:with-param name="root" select="$root"/></xsl:call-template>
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

  <!-- What a reference manager (Zotero, Mendeley) and a search engine read from a cable's page: the citation_*
       tags of Highwire Press (as Google Scholar reads them), Dublin Core, and the cable's other forms. -->
  <xsl:template match="tei:TEI" mode="head-meta">
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="sent" select="$h//tei:correspAction[@type = 'sent']"/>
    <xsl:variable name="pages" select="c:pages(.)"/>
    <xsl:variable name="uri" select="string($h/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URI'])"/>
    <xsl:variable name="frus" select="$h//tei:sourceDesc/tei:bibl[@type = 'frus']"/>
    <meta name="citation_title" content="{c:title(.)}"/>
    <xsl:for-each select="$sent/tei:persName">
      <meta name="citation_author" content="{c:author-name(.)}"/>
    </xsl:for-each>
    <xsl:if test="c:when(.) != ''">
      <meta name="citation_date" content="{translate(c:when(.), '-', '/')}"/>
    </xsl:if>
    <meta name="citation_publisher" content="{if ($edition-publisher != '') then $edition-publisher else normalize-space($h/tei:fileDesc/tei:publicationStmt/tei:publisher)}"/>
    <xsl:if test="$frus">
      <meta name="citation_series_title" content="{normalize-space($frus/tei:title[@level = 's'])}"/>
    </xsl:if>
    <xsl:if test="exists($pages)">
      <meta name="citation_firstpage" content="{$pages[1]}"/>
      <meta name="citation_lastpage" content="{$pages[last()]}"/>
    </xsl:if>
    <xsl:if test="matches($uri, '^https?://')">
      <meta name="citation_public_url" content="{$uri}"/>
    </xsl:if>
    <meta name="citation_language" content="{(@xml:lang, 'en')[1]}"/>
    <xsl:for-each select="$h/tei:profileDesc/tei:abstract">
      <meta name="citation_abstract" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:if test="$uri != ''"><meta name="DC.identifier" content="{$uri}"/></xsl:if>
    <xsl:for-each select="($h/tei:fileDesc/tei:publicationStmt//tei:licence)[1]">
      <meta name="DC.rights" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <link rel="alternate" type="application/tei+xml" href="{$tei-dir}{encode-for-uri(c:stem(.))}.xml"/>
    <link rel="alternate" type="application/json" href="../json/{encode-for-uri(c:stem(.))}.json"/>
  </xsl:template>
  <xsl:template match="node()" mode="head-meta"/>

  <!-- An author as a citation names one: the register's regular name, surname first (Harriman, W. Averell);
       the header's words when the registers do not know the person. -->
  <xsl:function name="c:author-name" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="entry" select="if ($name/@ref) then c:entry($name, c:id($name/@ref)) else ()"/>
    <xsl:sequence select="if ($entry/tei:persName[@type = 'reg']) then normalize-space($entry/tei:persName[@type = 'reg'][1]) else normalize-space($name)"/>
  </xsl:function>

  <!-- The cable's other forms and its source online: its TEI, its JSON, the archive's page. -->
  <xsl:template name="cable-links">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="url" select="string(($tei/tei:teiHeader//tei:sourceDesc/tei:bibl[@type = ('archive', 'frus')]/tei:ref/@target)[1])"/>
    <nav class="forms" aria-label="This cable elsewhere">
      <ul>
        <li><a href="{$tei-dir}{encode-for-uri(c:stem($tei))}.xml" type="application/tei+xml">TEI XML</a></li>
        <li><a href="../json/{encode-for-uri(c:stem($tei))}.json" type="application/json">JSON</a></li>
        <xsl:if test="matches($url, '^https?://[^\s]+$')">
          <li><a href="{$url}" class="archive-link">The archive’s page</a></li>
        </xsl:if>
      </ul>
    </nav>
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

  <!-- A party or place of the header: the register's name for it, linked to its entry, and beside it the cable's
       own words when they differ ("Franklin D. Roosevelt (the President)"). -->
  <xsl:template match="tei:persName | tei:placeName" mode="party">
    <xsl:if test="position() gt 1">; </xsl:if>
    <xsl:variable name="id" select="c:id(@ref)"/>
    <xsl:variable name="entry" select="if (@ref) then c:entry(., $id) else ()"/>
    <xsl:variable name="wording" select="normalize-space(.)"/>
    <xsl:choose>
      <xsl:when test="$entry">
        <xsl:variable name="name" select="c:entry-name($entry)"/>
        <a class="name {local-name()}" href="{c:register-page(local-name())}#{$id}" data-tei="{local-name()}"><xsl:value-of select="$name"/></a>
        <xsl:if test="$wording != $name">
          <xsl:text> </xsl:text>
          <span class="wording" title="as the cable has it">(<xsl:value-of select="$wording"/>)</span>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="." mode="text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:sourceDesc" mode="source">
    <xsl:for-each select="tei:bibl[@type = 'frus']">
      <cite><xsl:value-of select="tei:title[@level = 's']"/></cite>
      <xsl:for-each select="tei:idno">, file <xsl:value-of select="."/></xsl:for-each>
      <xsl:if test="c:page-range(ancestor::tei:TEI[1]) != ''">, <xsl:value-of select="if (count(c:pages(ancestor::tei:TEI[1])) gt 1) then 'pp.' else 'p.'"/><xsl:text> </xsl:text><xsl:value-of select="c:page-range(ancestor::tei:TEI[1])"/></xsl:if>
    </xsl:for-each>
    <xsl:for-each select="tei:bibl[@type = 'archive']">
      <cite><xsl:value-of select="tei:title"/></cite>
      <xsl:for-each select="tei:publisher">, <xsl:value-of select="."/></xsl:for-each>
      <xsl:for-each select="../tei:msDesc/tei:msIdentifier">, <xsl:value-of select="(tei:collection, tei:repository)" separator=", "/></xsl:for-each>
      <xsl:for-each select="tei:ref">, <xsl:choose><xsl:when test="matches(@target, '^https?://[^\s]+$')"><a href="{@target}"><xsl:value-of select="."/></a></xsl:when><xsl:otherwise><xsl:value-of select="."/></xsl:otherwise></xsl:choose></xsl:for-each>
    </xsl:for-each>
    <xsl:for-each select="tei:p"><xsl:value-of select="."/></xsl:for-each>
  </xsl:template>

  <!-- A citation a reader can copy: who to whom and when, the printed or archival source with its pages, the
       edition, and the cable's stable identifier. -->
  <xsl:template name="citation">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="h" select="$tei/tei:teiHeader"/>
    <xsl:variable name="frus" select="$h//tei:sourceDesc/tei:bibl[@type = 'frus']"/>
    <xsl:variable name="range" select="c:page-range($tei)"/>
    <xsl:variable name="uri" select="string($h/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URI'])"/>
    <xsl:variable name="source" as="xs:string*">
      <xsl:sequence select="normalize-space($h//tei:sourceDesc/tei:bibl[@type = 'citation'])[. != '']"/>
      <xsl:if test="$frus">
        <xsl:sequence select="string-join((normalize-space($frus/tei:title[@level = 's']), $frus/tei:idno ! ('file ' || normalize-space(.)),
          if ($range = '') then () else (if (contains($range, '–')) then 'pp. ' else 'p. ') || $range), ', ')"/>
      </xsl:if>
    </xsl:variable>
    <section aria-labelledby="cite-heading">
      <h2 id="cite-heading">Cite this cable</h2>
      <p class="cite">
        <xsl:value-of select="c:title($tei)"/>
        <xsl:text>. </xsl:text>
        <xsl:if test="exists($source)"><xsl:value-of select="string-join($source, '; ')"/><xsl:text>. </xsl:text></xsl:if>
        <xsl:text>In </xsl:text>
        <cite><xsl:value-of select="$edition-title"/></cite>
        <xsl:variable name="publisher" select="if ($edition-publisher != '') then $edition-publisher else normalize-space($h/tei:fileDesc/tei:publicationStmt/tei:publisher)"/>
        <xsl:variable name="year" select="substring(if ($edition-version != '') then $edition-version else string($h/tei:fileDesc/tei:publicationStmt/tei:date/@when), 1, 4)"/>
        <xsl:if test="$publisher != '' or $year != ''">, <xsl:value-of select="string-join(($publisher, $year)[. != ''], ', ')"/></xsl:if>
        <xsl:text>, cable </xsl:text>
        <xsl:value-of select="c:stem($tei)"/>
        <xsl:if test="$uri != ''">, <span class="uri"><xsl:value-of select="$uri"/></span></xsl:if>
        <xsl:text>.</xsl:text>
      </p>
    </section>
  </xsl:template>
</xsl:stylesheet>
