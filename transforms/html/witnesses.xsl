<?xml version="1.0" encoding="UTF-8"?>
<!-- Witnesses on the reading edition's pages: on a cable's page, the other copies of its text and their
     collation (from the header's relatedItem); on the index, every collation. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:cables:functions" exclude-result-prefixes="#all">

  <!-- The page of a collation, from its TEI's path relative to tei/ (collations/<group>.xml → collations/<group>.html). -->
  <xsl:function name="c:collation-page" as="xs:string">
    <xsl:param name="target" as="xs:string"/>
    <xsl:sequence select="replace($target, '\.xml$', '.html')"/>
  </xsl:function>

  <!-- In a cable's metadata: the other witnesses of its text, and their collation. -->
  <xsl:template match="tei:notesStmt" mode="witnesses">
    <dt>Other witnesses</dt>
    <dd class="witness-links">
      <xsl:for-each select="tei:relatedItem[@type = 'witness']">
        <xsl:if test="position() gt 1">; </xsl:if>
        <a href="{encode-for-uri(tei:bibl/tei:idno[@type = 'cable'])}.html"><xsl:value-of select="tei:bibl/tei:ref"/></a>
        <xsl:text> (</xsl:text><xsl:value-of select="tei:bibl/tei:idno[@type = 'cable']"/><xsl:text>)</xsl:text>
      </xsl:for-each>
      <xsl:for-each select="tei:relatedItem[@type = 'collation'][matches(@target, '^collations/[^/:]+\.xml$')]">
        <xsl:text>. </xsl:text>
        <a href="{c:collation-page(@target)}" class="collation-link">The witnesses side by side, every difference marked</a>
      </xsl:for-each>
    </dd>
  </xsl:template>

  <!-- On the index: each collation once, with the cables it collates. -->
  <xsl:template name="collations-list">
    <xsl:variable name="items" select="tei:TEI/tei:teiHeader/tei:fileDesc/tei:notesStmt/tei:relatedItem[@type = 'collation'][matches(@target, '^collations/[^/:]+\.xml$')]"/>
    <xsl:if test="$items">
      <h2 id="collations">Witnesses of one text</h2>
      <p>Cables the edition holds more than once (copies from different archives), found by their words and collated word by word.</p>
      <ul class="collations">
        <xsl:for-each-group select="$items" group-by="string(@target)">
          <xsl:sort select="current-grouping-key()"/>
          <li>
            <a href="{c:collation-page(current-grouping-key())}"><xsl:value-of select="c:title(current-group()[1]/ancestor::tei:TEI)"/></a>
            <xsl:text>: </xsl:text>
            <xsl:value-of select="count(current-group())"/>
            <xsl:text> witnesses (</xsl:text>
            <xsl:value-of select="current-group()/ancestor::tei:TEI ! c:stem(.)" separator=", "/>
            <xsl:text>)</xsl:text>
          </li>
        </xsl:for-each-group>
      </ul>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
