<?xml version="1.0" encoding="UTF-8"?>
<!-- Driver: a collation's TEI (tei/collations/<group>.xml) to its page, dist/html/collations/<group>.html:
     the witnesses side by side, every variant place marked, and the apparatus. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:cables:functions" exclude-result-prefixes="#all">

  <xsl:import href="params.xsl"/>
  <xsl:import href="common.xsl"/>
  <xsl:import href="html/style.xsl"/>
  <xsl:import href="html/page.xsl"/>
  <xsl:import href="html/collation.xsl"/>
  <xsl:import href="html/search.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI" mode="collation"/>
  </xsl:template>
</xsl:stylesheet>
