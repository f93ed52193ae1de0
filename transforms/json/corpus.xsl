<?xml version="1.0" encoding="UTF-8"?>
<!-- The edition as JSON: the cables' metadata, and the registers with each entry's mentions across the corpus. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:cables:functions" xmlns="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">

  <xsl:template match="tei:teiCorpus" mode="json">
    <xsl:variable name="cables" select="c:by-date(tei:TEI)"/>
    <map>
      <string key="title"><xsl:value-of select="$edition-title"/></string>
      <!-- The edition's version (the date of this version), publisher and licence: the build's parameters, else the first cable's header. -->
      <xsl:variable name="pub" select="($cables/tei:teiHeader/tei:fileDesc/tei:publicationStmt)[1]"/>
      <xsl:sequence select="c:string-or-null('version', if ($edition-version != '') then $edition-version else $pub/tei:date/@when)"/>
      <xsl:sequence select="c:string-or-null('publisher', if ($edition-publisher != '') then $edition-publisher else $pub/tei:publisher)"/>
      <map key="licence">
        <xsl:sequence select="c:string-or-null('name', if ($edition-licence != '') then $edition-licence else $pub//tei:licence)"/>
        <xsl:sequence select="c:string-or-null('url', if ($edition-licence-url != '') then $edition-licence-url else $pub//tei:licence/@target)"/>
      </map>
      <array key="cables">
        <xsl:for-each select="$cables">
          <map><xsl:apply-templates select="." mode="json-meta"/></map>
        </xsl:for-each>
      </array>
      <map key="registers">
        <xsl:for-each select="('person', 'place', 'org')">
          <xsl:variable name="kind" select="."/>
          <array key="{map { 'person': 'persons', 'place': 'places', 'org': 'orgs' }($kind)}">
            <xsl:for-each-group select="$cables/tei:standOff//*[local-name() = $kind][@xml:id]" group-by="@xml:id">
              <xsl:sort select="string(@xml:id)"/>
              <xsl:apply-templates select="current-group()[1]" mode="json-entry"/>
            </xsl:for-each-group>
          </array>
        </xsl:for-each>
      </map>
    </map>
  </xsl:template>

  <xsl:template match="*" mode="json-entry">
    <xsl:variable name="id" select="string(@xml:id)"/>
    <map>
      <string key="id"><xsl:value-of select="$id"/></string>
      <string key="type"><xsl:value-of select="c:entry-kind(.)"/></string>
      <!-- Its stable identifier, from the edition's base URI: base/kind/id, or base:kind:id for a URN. -->
      <xsl:sequence select="c:string-or-null('uri', c:uri($base-uri, c:entry-kind(.), $id))"/>
      <string key="name"><xsl:value-of select="c:entry-name(.)"/></string>
      <array key="forms">
        <xsl:for-each select="distinct-values((tei:persName | tei:placeName | tei:orgName)[not(@type = 'reg')] ! normalize-space())"><string><xsl:value-of select="."/></string></xsl:for-each>
      </array>
      <!-- A person's life dates as the register gives them (ISO 8601, as precise as is certain). -->
      <xsl:sequence select="c:string-or-null('birth', tei:birth/@when)"/>
      <xsl:sequence select="c:string-or-null('death', tei:death/@when)"/>
      <array key="occupations">
        <xsl:for-each select="tei:occupation">
          <map>
            <string key="text"><xsl:value-of select="normalize-space(.)"/></string>
            <xsl:sequence select="c:string-or-null('from', @from)"/>
            <xsl:sequence select="c:string-or-null('to', @to)"/>
          </map>
        </xsl:for-each>
      </array>
      <xsl:variable name="geo" select="tokenize(normalize-space(tei:location/tei:geo[1]), ' ')"/>
      <xsl:choose>
        <xsl:when test="count($geo) = 2 and (every $g in $geo satisfies $g castable as xs:double)">
          <map key="geo">
            <number key="lat"><xsl:value-of select="$geo[1]"/></number>
            <number key="lon"><xsl:value-of select="$geo[2]"/></number>
          </map>
        </xsl:when>
        <xsl:otherwise><null key="geo"/></xsl:otherwise>
      </xsl:choose>
      <xsl:sequence select="c:string-or-null('wikidata', tei:idno[@type = 'wikidata'])"/>
      <array key="mentions">
        <!-- In the corpus's order, which is the cables' order by date. -->
        <xsl:for-each select="key('c:mentions', $id)">
          <map>
            <string key="cable"><xsl:value-of select="c:stem(ancestor::tei:TEI[1])"/></string>
            <string key="block"><xsl:value-of select="c:block-id(.)"/></string>
            <string key="surface"><xsl:value-of select="normalize-space(c:raw(.))"/></string>
          </map>
        </xsl:for-each>
      </array>
    </map>
  </xsl:template>
</xsl:stylesheet>
