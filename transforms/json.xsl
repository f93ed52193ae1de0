<?xml version="1.0" encoding="UTF-8"?>
<!-- Driver: TEI to the JSON edition. A TEI document gives a cable; a teiCorpus gives the edition. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:cables:functions" xmlns="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">

  <xsl:import href="params.xsl"/>
  <xsl:import href="common.xsl"/>
  <xsl:import href="json/cable.xsl"/>
  <xsl:import href="json/corpus.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>


  <xsl:template match="/">
    <xsl:variable name="json" as="element()">
      <xsl:apply-templates select="tei:TEI | tei:teiCorpus" mode="json"/>
    </xsl:variable>
    <xsl:value-of select="xml-to-json($json, map { 'indent': $json-indent })"/>
  </xsl:template>

</xsl:stylesheet>
