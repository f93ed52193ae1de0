<?xml version="1.0" encoding="UTF-8"?>
<!-- The index page: the cables of a teiCorpus by date. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:cables:functions" exclude-result-prefixes="#all">

  <!-- A teiCorpus gives the index, or with $page a register page, the timeline or the map. -->
  <xsl:template match="tei:teiCorpus">
    <xsl:choose>
      <xsl:when test="$page = ('person', 'place', 'org')">
        <xsl:call-template name="register-page">
          <xsl:with-param name="corpus" select="."/>
          <xsl:with-param name="kind" select="$page"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$page = 'timeline'">
        <xsl:call-template name="timeline-page"><xsl:with-param name="corpus" select="."/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$page = 'map'">
        <xsl:call-template name="map-page"><xsl:with-param name="corpus" select="."/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="index-page"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="index-page">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="$edition-title"/>
      <xsl:with-param name="content">
        <h1><xsl:value-of select="$edition-title"/></h1>
        <p><xsl:value-of select="count(tei:TEI)"/> cables, by date.</p>
        <table class="cables">
          <thead>
            <tr><th scope="col">Date</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Cable</th></tr>
          </thead>
          <tbody>
            <xsl:for-each select="c:by-date(tei:TEI)">
              <xsl:variable name="sent" select="tei:teiHeader//tei:correspAction[@type = 'sent']"/>
              <tr>
                <td class="date">
                  <xsl:choose>
                    <xsl:when test="c:when(.) != ''"><time datetime="{c:when(.)}"><xsl:value-of select="c:date-text(.)"/></time></xsl:when>
                    <xsl:otherwise>undated</xsl:otherwise>
                  </xsl:choose>
                </td>
                <td data-label="From"><xsl:apply-templates select="$sent/tei:persName" mode="party-short"/></td>
                <td data-label="To"><xsl:apply-templates select="tei:teiHeader//tei:correspAction[@type = 'received']/tei:persName" mode="party-short"/></td>
                <td>
                  <a href="{encode-for-uri(c:stem(.))}.html"><xsl:value-of select="c:title(.)"/></a>
                  <br/>
                  <small><xsl:value-of select="c:teaser(.)"/></small>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
        <xsl:call-template name="collations-list"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A party in the index: the register's name, the cable's words on hover. -->
  <xsl:template match="tei:persName" mode="party-short">
    <xsl:if test="position() gt 1">; </xsl:if>
    <xsl:variable name="name" select="c:party-name(.)"/>
    <span title="{normalize-space(.)}"><xsl:value-of select="$name"/></span>
  </xsl:template>

  <!-- The abstract, or the first sentence of the text proper: the first paragraph of the body, without the
       date-time group or telegram number that opens it and without notes (at most 200 characters, cut between words). -->
  <xsl:function name="c:teaser" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="abstract" select="normalize-space($tei/tei:teiHeader/tei:profileDesc/tei:abstract)"/>
    <xsl:variable name="p" select="($tei/tei:text/tei:body//tei:p[not(ancestor::tei:note)][normalize-space(string-join(c:teaser-text(.))) != ''])[1]"/>
    <xsl:variable name="text" select="normalize-space(string-join($p ! c:teaser-text(.)))"/>
    <xsl:variable name="sentence" select="replace($text, '^(.*?[.!?][&quot;”’)]*)\s+[\p{Lu}“&quot;(].*$', '$1')"/>
    <xsl:sequence select="if ($abstract != '') then $abstract else if (string-length($sentence) gt 200) then replace(replace(substring($sentence, 1, 201), '\s+\S*$', ''), '[\s,;:]+$', '') || '…' else $sentence"/>
  </xsl:function>

  <!-- A paragraph's words for the teaser: notes and the opening date-time group or telegram number left out. -->
  <xsl:function name="c:teaser-text" as="xs:string*">
    <xsl:param name="p" as="element(tei:p)"/>
    <xsl:apply-templates select="$p/node() except $p/tei:seg[@type = ('dtg', 'telegram-number')]" mode="c:raw"/>
  </xsl:function>
</xsl:stylesheet>
