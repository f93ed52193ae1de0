<?xml version="1.0" encoding="UTF-8"?>
<!-- Functions every output shares: the cable's id, title, date, parties, plain text. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:cables:functions" exclude-result-prefixes="#all">

  <!-- The cable's stem (its idno type="cable"). -->
  <xsl:function name="c:stem" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="string($tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'cable'])"/>
  </xsl:function>

  <xsl:function name="c:title" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="normalize-space($tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"/>
  </xsl:function>

  <!-- The date the cable was sent, as ISO, or ''. -->
  <xsl:function name="c:when" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="string(($tei//tei:correspAction[@type = 'sent']/tei:date/@when)[1])"/>
  </xsl:function>

  <!-- The readable date the header gives, or ''. -->
  <xsl:function name="c:date-text" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="normalize-space(($tei//tei:correspAction[@type = 'sent']/tei:date)[1])"/>
  </xsl:function>

  <!-- Plain text of an element, notes left out, supplied text kept, white space normalised. -->
  <xsl:function name="c:plain" as="xs:string">
    <xsl:param name="e" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$e" mode="c:plain"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts))"/>
  </xsl:function>

  <xsl:template match="tei:note" mode="c:plain"/>
  <xsl:template match="tei:lb" mode="c:plain"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="tei:gap" mode="c:plain"><xsl:text>[illegible]</xsl:text></xsl:template>
  <xsl:template match="text()" mode="c:plain"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="*" mode="c:plain"><xsl:apply-templates mode="c:plain"/></xsl:template>

  <!-- The id of a paragraph of the text: p1, p2, … in document order. -->
  <xsl:function name="c:para-id" as="xs:string">
    <xsl:param name="p" as="element(tei:p)"/>
    <xsl:sequence select="'p' || count($p/preceding::tei:p[ancestor::tei:text]) + 1"/>
  </xsl:function>

  <!-- The cables of a corpus ordered by date, undated last, then by stem. -->
  <xsl:function name="c:by-date" as="element(tei:TEI)*">
    <xsl:param name="cables" as="element(tei:TEI)*"/>
    <xsl:perform-sort select="$cables">
      <xsl:sort select="if (c:when(.) = '') then 1 else 0"/>
      <xsl:sort select="c:when(.)"/>
      <xsl:sort select="c:stem(.)"/>
    </xsl:perform-sort>
  </xsl:function>
</xsl:stylesheet>
