<?xml version="1.0" encoding="UTF-8"?>
<!-- A collation's page: the witnesses, their texts side by side with every variant place marked by its type,
     and the apparatus (each place with every reading). Links go up one folder (the page is in collations/). -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:cables:functions" exclude-result-prefixes="#all">

  <!-- What each type of variant place means, as the legend gives it. -->
  <xsl:variable name="c:variant-types" as="map(xs:string, xs:string)" select="map {
    'substantive': 'different words', 'omission': 'words the first witness has and another lacks',
    'addition': 'words another witness has and the first lacks', 'lacuna': 'a gap in a witness',
    'orthographic': 'the same words spelt or punctuated otherwise, or another form of one name',
    'editorial': 'only the editors’ additions differ' }"/>

  <!-- A witness's siglum: A, B, C … in the order of listWit. -->
  <xsl:function name="c:siglum" as="xs:string">
    <xsl:param name="witness" as="element(tei:witness)"/>
    <xsl:sequence select="codepoints-to-string(64 + count($witness/preceding-sibling::tei:witness) + 1)"/>
  </xsl:function>

  <!-- Whether a pointer list (@wit, @edRef) names a witness. -->
  <xsl:function name="c:names" as="xs:boolean">
    <xsl:param name="pointers" as="attribute()?"/>
    <xsl:param name="witness" as="element(tei:witness)"/>
    <xsl:sequence select="('#' || $witness/@xml:id) = tokenize(string($pointers), '\s+')"/>
  </xsl:function>

  <xsl:template match="tei:TEI" mode="collation">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="normalize-space(tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title) || ' · ' || $edition-title"/>
      <xsl:with-param name="root" select="'../'"/>
      <xsl:with-param name="canonical" select="string(tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URI'])"/>
      <xsl:with-param name="content">
        <xsl:apply-templates select="." mode="collation-body"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="collation-body">
    <xsl:variable name="witnesses" select="tei:teiHeader//tei:listWit/tei:witness"/>
    <xsl:variable name="apps" select="tei:text//tei:app"/>
    <article class="collation">
      <h1><xsl:value-of select="tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/></h1>
      <p>The edition holds this text <xsl:value-of select="count($witnesses)"/> times. The copies were found by their words and collated word by word against the first (A); <xsl:value-of select="count($apps)"/> places differ.</p>
      <h2>Witnesses</h2>
      <dl class="meta">
        <xsl:for-each select="$witnesses">
          <xsl:variable name="stem" select="string(tei:bibl/tei:idno[@type = 'cable'])"/>
          <dt><xsl:value-of select="c:siglum(.)"/></dt>
          <dd>
            <a href="../{encode-for-uri($stem)}.html"><xsl:value-of select="tei:bibl/tei:title[not(@level)]"/></a>
            <xsl:text> (</xsl:text><xsl:value-of select="$stem"/><xsl:text>)</xsl:text>
            <xsl:for-each select="tei:bibl/tei:title[@level = 's'] | tei:bibl/tei:publisher">, <xsl:value-of select="."/></xsl:for-each>
            <xsl:for-each select="tei:bibl/tei:note[@type = 'collection']">, <xsl:value-of select="."/></xsl:for-each>
            <xsl:for-each select="tei:bibl/tei:idno[@type = ('state-decimal', 'archive-file')]">, <xsl:value-of select="."/></xsl:for-each>
            <xsl:for-each select="tei:bibl/tei:ref[matches(@target, '^https?://[^\s]+$')]">, <a href="{@target}"><xsl:value-of select="."/></a></xsl:for-each>
          </dd>
        </xsl:for-each>
      </dl>
      <h2>Differences</h2>
      <ul class="legend">
        <xsl:for-each select="('substantive', 'omission', 'addition', 'lacuna', 'orthographic', 'editorial')">
          <xsl:variable name="type" select="."/>
          <li><mark class="var var-{$type}"><xsl:value-of select="$type"/></mark>: <xsl:value-of select="$c:variant-types($type)"/> (<xsl:value-of select="count($apps[@type = $type])"/>)</li>
        </xsl:for-each>
      </ul>
      <h2>The witnesses side by side</h2>
      <div class="witnesses">
        <xsl:for-each select="$witnesses">
          <xsl:variable name="w" select="."/>
          <section class="witness" aria-labelledby="wit-{c:siglum($w)}">
            <h3 id="wit-{c:siglum($w)}"><xsl:value-of select="c:siglum($w)"/>: <xsl:value-of select="$w/tei:bibl/tei:idno[@type = 'cable']"/></h3>
            <xsl:variable name="flat" as="node()*">
              <xsl:apply-templates select="$w/ancestor::tei:TEI/tei:text//tei:ab/node()" mode="witness-text">
                <xsl:with-param name="w" select="$w" tunnel="yes"/>
              </xsl:apply-templates>
            </xsl:variable>
            <xsl:for-each-group select="$flat" group-starting-with="*:hr[@class = 'para']">
              <xsl:if test="current-group()[not(self::*:hr[@class = 'para'])][normalize-space() or self::*]">
                <p><xsl:sequence select="current-group()[not(self::*:hr[@class = 'para'])]"/></p>
              </xsl:if>
            </xsl:for-each-group>
          </section>
        </xsl:for-each>
      </div>
      <h2>Apparatus</h2>
      <ol class="apparatus">
        <xsl:for-each select="$apps">
          <li id="{@xml:id}">
            <mark class="var var-{@type}"><xsl:value-of select="@type"/></mark>
            <xsl:text> </xsl:text>
            <xsl:for-each select="tei:rdg">
              <xsl:if test="position() gt 1"> | </xsl:if>
              <xsl:variable name="rdg" select="."/>
              <b><xsl:value-of select="$witnesses[c:names($rdg/@wit, .)] ! c:siglum(.)" separator=""/></b>
              <xsl:text> </xsl:text>
              <xsl:choose>
                <xsl:when test="normalize-space(c:plain(node())) != '' or tei:gap or tei:note"><xsl:apply-templates select="node()" mode="reading"/></xsl:when>
                <xsl:otherwise><i>om.</i></xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </li>
        </xsl:for-each>
      </ol>
    </article>
  </xsl:template>

  <!-- A witness's text: the shared text, its own reading at each variant place (marked, linked to the apparatus), its paragraphs. -->
  <xsl:template match="text()" mode="witness-text reading">
    <xsl:value-of select="."/>
  </xsl:template>
  <xsl:template match="tei:milestone" mode="witness-text">
    <xsl:param name="w" tunnel="yes"/>
    <xsl:if test="c:names(@edRef, $w)">
      <xsl:choose>
        <xsl:when test="parent::tei:ab"><hr class="para"/></xsl:when>
        <xsl:otherwise><span class="pilcrow" title="A paragraph starts here in this witness">¶ </span></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:milestone" mode="reading"/>
  <xsl:template match="tei:app" mode="witness-text">
    <xsl:param name="w" tunnel="yes"/>
    <xsl:variable name="rdg" select="tei:rdg[c:names(@wit, $w)]"/>
    <!-- A paragraph of this witness that starts with the reading starts before it. -->
    <xsl:variable name="opens" select="$rdg/node()[1][self::tei:milestone][c:names(@edRef, $w)]"/>
    <xsl:if test="$opens"><hr class="para"/></xsl:if>
    <a href="#{@xml:id}" class="var-link" title="{@type}: see the apparatus, {substring-after(@xml:id, 'app')}">
      <mark class="var var-{@type}">
        <xsl:choose>
          <xsl:when test="$rdg/node()"><xsl:apply-templates select="$rdg/node() except $opens" mode="witness-text"/></xsl:when>
          <xsl:otherwise><span class="om">[om.]</span></xsl:otherwise>
        </xsl:choose>
      </mark>
    </a>
  </xsl:template>
  <xsl:template match="tei:gap" mode="witness-text reading"><span class="gap">[illegible]</span></xsl:template>
  <xsl:template match="tei:supplied" mode="witness-text reading"><span class="supplied">[<xsl:value-of select="."/>]</span></xsl:template>
  <xsl:template match="tei:note" mode="witness-text reading"><xsl:text> </xsl:text><span class="{if (@type = 'gloss') then 'gloss' else 'editorial'}">[<xsl:value-of select="."/>]</span></xsl:template>
</xsl:stylesheet>
