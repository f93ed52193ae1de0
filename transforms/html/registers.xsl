<?xml version="1.0" encoding="UTF-8"?>
<!-- The register pages: every entry the cables point at, its names and what is known, and every mention
     linked back to its paragraph. Built from a teiCorpus, whose cables carry the entries in their standOff. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:cables:functions" exclude-result-prefixes="#all">

  <xsl:variable name="register-titles" select="map { 'person': 'Persons', 'place': 'Places', 'org': 'Organisations' }"/>

  <!-- One register page: $kind is person, place or org. -->
  <xsl:template name="register-page">
    <xsl:param name="corpus" as="element(tei:teiCorpus)"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="all" select="$corpus/tei:TEI/tei:standOff//*[local-name() = $kind][@xml:id]"/>
    <xsl:variable name="entries" as="element()*">
      <xsl:for-each-group select="$all" group-by="@xml:id">
        <xsl:sort select="lower-case(normalize-space((current-group()[1]/(tei:persName[@type = 'reg'], tei:placeName, tei:orgName))[1]))"/>
        <xsl:sequence select="current-group()[1]"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="$register-titles($kind) || ' · ' || $edition-title"/>
      <xsl:with-param name="content">
        <h1><xsl:value-of select="$register-titles($kind)"/></h1>
        <p><xsl:value-of select="count($entries)"/> entries, each with the passages of the cables that name it.</p>
        <xsl:for-each select="$entries">
          <xsl:variable name="id" select="string(@xml:id)"/>
          <section class="entry" id="{$id}" aria-labelledby="{$id}-name">
            <h2 id="{$id}-name"><xsl:value-of select="c:entry-name(.)"/></h2>
            <dl class="meta">
              <xsl:variable name="forms" select="distinct-values((tei:persName | tei:placeName | tei:orgName)[not(@type = 'reg')] ! normalize-space())"/>
              <xsl:if test="exists($forms)">
                <dt>Names in the cables</dt>
                <dd><xsl:value-of select="$forms" separator=", "/></dd>
              </xsl:if>
              <xsl:for-each select="tei:occupation">
                <dt>Office</dt>
                <dd><xsl:value-of select="normalize-space(.)"/><xsl:if test="@from or @to"> (<xsl:value-of select="(@from, '…')[1]"/>–<xsl:value-of select="(@to, '…')[1]"/>)</xsl:if></dd>
              </xsl:for-each>
              <xsl:for-each select="tei:location/tei:geo">
                <dt>Coordinates</dt>
                <dd><xsl:value-of select="."/></dd>
              </xsl:for-each>
              <xsl:for-each select="tei:idno[@type = 'wikidata']">
                <dt>Wikidata</dt>
                <dd><a href="https://www.wikidata.org/wiki/{encode-for-uri(.)}"><xsl:value-of select="."/></a></dd>
              </xsl:for-each>
            </dl>
            <h3>Mentions</h3>
            <ul class="mentions">
              <xsl:for-each-group select="key('c:mentions', $id) | key('c:speeches', $id)" group-by="generate-id(ancestor::tei:TEI[1])">
                <xsl:sort select="if (c:when(ancestor::tei:TEI[1]) = '') then 1 else 0"/>
                <xsl:sort select="c:when(ancestor::tei:TEI[1])"/>
                <xsl:sort select="c:stem(ancestor::tei:TEI[1])"/>
                <xsl:variable name="tei" select="ancestor::tei:TEI[1]"/>
                <xsl:variable name="here" select="current-group()"/>
                <xsl:if test="exists($here)">
                  <li>
                    <a href="{encode-for-uri(c:stem($tei))}.html"><xsl:value-of select="c:title($tei)"/></a>
                    <xsl:text>: </xsl:text>
                    <xsl:for-each select="$here">
                      <xsl:if test="position() gt 1">, </xsl:if>
                      <a href="{encode-for-uri(c:stem($tei))}.html#{encode-for-uri(c:block-id(.))}">
                        <xsl:value-of select="if (self::tei:said) then (if (@direct = 'true') then 'speech' else 'reported speech') else normalize-space(.)"/>
                        <xsl:text> (</xsl:text><xsl:value-of select="c:block-id(.)"/><xsl:text>)</xsl:text>
                      </a>
                    </xsl:for-each>
                  </li>
                </xsl:if>
              </xsl:for-each-group>
            </ul>
          </section>
        </xsl:for-each>
        <!-- Names no entry claims, typed by the build (@cert, @resp="#pipeline"), grouped by their words. -->
        <xsl:variable name="element" select="map { 'person': 'persName', 'place': 'placeName', 'org': 'orgName' }($kind)"/>
        <xsl:variable name="guessed" select="$corpus/tei:TEI/tei:text//*[local-name() = $element][@cert][not(@ref)]"/>
        <xsl:if test="exists($guessed)">
          <section class="unidentified" id="not-yet-identified" aria-labelledby="not-yet-identified-h">
            <h2 id="not-yet-identified-h">Not yet identified</h2>
            <p>Names no register entry claims yet, typed by the build from the words around them; an editor can add them to the registers.</p>
            <ul class="mentions">
              <xsl:for-each-group select="$guessed" group-by="normalize-space(.)">
                <xsl:sort select="lower-case(current-grouping-key())"/>
                <li>
                  <strong><xsl:value-of select="current-grouping-key()"/></strong>
                  <xsl:text> (</xsl:text><xsl:value-of select="distinct-values(current-group()/@cert)" separator=", "/><xsl:text> certainty): </xsl:text>
                  <xsl:for-each select="current-group()">
                    <xsl:variable name="tei" select="ancestor::tei:TEI[1]"/>
                    <xsl:if test="position() gt 1">, </xsl:if>
                    <a href="{encode-for-uri(c:stem($tei))}.html#{encode-for-uri(c:block-id(.))}"><xsl:value-of select="c:stem($tei)"/> (<xsl:value-of select="c:block-id(.)"/>)</a>
                  </xsl:for-each>
                </li>
              </xsl:for-each-group>
            </ul>
          </section>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
