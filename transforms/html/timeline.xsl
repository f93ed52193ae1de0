<?xml version="1.0" encoding="UTF-8"?>
<!-- The timeline page (timeline.html): the cables of a teiCorpus in date order, grouped by year and month, each
     with its date, title, sender and addressees; a table of how many a month, shaded in proportion; the undated
     cables apart at the end. A list, not a picture: it reads the same without style or on a screen reader. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:cables:functions" exclude-result-prefixes="#all">

  <xsl:variable name="c:month-names" as="xs:string+"
    select="('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December')"/>

  <xsl:template name="timeline-page">
    <xsl:param name="corpus" as="element(tei:teiCorpus)"/>
    <xsl:variable name="cables" select="c:by-date($corpus/tei:TEI)"/>
    <!-- A cable is dated when its date begins with a year (a date, a month or a year alone). -->
    <xsl:variable name="dated" select="$cables[c:year(.) != '']"/>
    <xsl:variable name="undated" select="$cables except $dated"/>
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="'Timeline · ' || $edition-title"/>
      <xsl:with-param name="content">
        <h1>Timeline</h1>
        <p>
          <xsl:value-of select="count($cables)"/> cables<xsl:if test="exists($dated)">, from <xsl:value-of select="c:date-text($dated[1])"/> to <xsl:value-of select="c:date-text($dated[last()])"/></xsl:if>
          <xsl:if test="exists($undated)">; <a href="#undated"><xsl:value-of select="count($undated)"/> undated</a> at the end</xsl:if>.
        </p>
        <xsl:if test="exists($dated)">
          <xsl:call-template name="timeline-overview"><xsl:with-param name="dated" select="$dated"/></xsl:call-template>
        </xsl:if>
        <xsl:for-each-group select="$dated" group-adjacent="c:year(.)">
          <xsl:variable name="year" select="current-grouping-key()"/>
          <section class="year" aria-labelledby="y{$year}">
            <h2 id="y{$year}"><xsl:value-of select="$year"/></h2>
            <xsl:for-each-group select="current-group()" group-adjacent="c:month(.)">
              <xsl:variable name="month" select="current-grouping-key()"/>
              <xsl:variable name="id" select="if ($month = '') then 'y' || $year || '-month-unknown' else 'm' || $year || '-' || $month"/>
              <h3 id="{$id}"><xsl:value-of select="if ($month = '') then 'Month not known' else $c:month-names[xs:integer($month)] || ' ' || $year"/></h3>
              <ol class="timeline" aria-labelledby="{$id}">
                <xsl:apply-templates select="current-group()" mode="timeline"/>
              </ol>
            </xsl:for-each-group>
          </section>
        </xsl:for-each-group>
        <xsl:if test="exists($undated)">
          <section class="undated" aria-labelledby="undated">
            <h2 id="undated">Undated</h2>
            <p>Cables whose date neither their text, nor their archive, nor an editor gives.</p>
            <ol class="timeline">
              <xsl:apply-templates select="$undated" mode="timeline"/>
            </ol>
          </section>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- One cable in the timeline: its date, its title linked to its page, who wrote to whom. -->
  <xsl:template match="tei:TEI" mode="timeline">
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="from" select="$h//tei:correspAction[@type = 'sent']/tei:persName"/>
    <xsl:variable name="to" select="$h//tei:correspAction[@type = 'received']/tei:persName"/>
    <li data-date="{c:when(.)}">
      <xsl:choose>
        <xsl:when test="c:when(.) != ''"><time datetime="{c:when(.)}"><xsl:value-of select="c:date-text(.)"/></time></xsl:when>
        <xsl:otherwise><span class="date">undated</span></xsl:otherwise>
      </xsl:choose>
      <xsl:text> </xsl:text>
      <a href="{encode-for-uri(c:stem(.))}.html"><xsl:value-of select="c:title(.)"/></a>
      <xsl:if test="$from or $to">
        <br/>
        <span class="parties">
          <xsl:if test="$from">From <xsl:value-of select="$from ! c:party-name(.)" separator="; "/></xsl:if>
          <xsl:if test="$from and $to"><xsl:text> </xsl:text></xsl:if>
          <xsl:if test="$to"><xsl:value-of select="if ($from) then 'to' else 'To'"/><xsl:text> </xsl:text><xsl:value-of select="$to ! c:party-name(.)" separator="; "/></xsl:if>
        </span>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- The cables a month, every month of every year from the first to the last, as a table: a cell's shade grows
       with its number, and a month with cables links to its list. -->
  <xsl:template name="timeline-overview">
    <xsl:param name="dated" as="element(tei:TEI)+"/>
    <xsl:variable name="counts" as="map(xs:string, xs:integer)">
      <xsl:map>
        <xsl:for-each-group select="$dated" group-by="c:year(.) || '-' || c:month(.)">
          <xsl:map-entry key="current-grouping-key()" select="count(current-group())"/>
        </xsl:for-each-group>
      </xsl:map>
    </xsl:variable>
    <xsl:variable name="most" select="max(for $k in map:keys($counts)[not(ends-with(., '-'))] return $counts($k))" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
    <xsl:variable name="first" select="xs:integer(c:year($dated[1]))"/>
    <xsl:variable name="last" select="xs:integer(c:year($dated[last()]))"/>
    <table class="months">
      <caption>Cables a month</caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          <xsl:for-each select="$c:month-names">
            <th scope="col"><abbr title="{.}"><xsl:value-of select="substring(., 1, 1)"/></abbr></th>
          </xsl:for-each>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$first to $last">
          <xsl:variable name="year" select="format-number(., '0000')"/>
          <tr>
            <th scope="row"><xsl:value-of select="$year"/></th>
            <xsl:for-each select="1 to 12">
              <xsl:variable name="month" select="format-number(., '00')"/>
              <xsl:variable name="n" select="($counts($year || '-' || $month), 0)[1]"/>
              <xsl:choose>
                <xsl:when test="$n gt 0">
                  <!-- The shade: a tenth of the cell's height at the least, all of it for the busiest month. -->
                  <td style="--share: {round(10 + 90 * $n div ($most, 1)[1])}%">
                    <a href="#m{$year}-{$month}" aria-label="{$c:month-names[current()]} {$year}: {$n} {if ($n = 1) then 'cable' else 'cables'}"><xsl:value-of select="$n"/></a>
                  </td>
                </xsl:when>
                <xsl:otherwise><td class="none"/></xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <!-- The year and month (two digits) of a cable's date, '' when it gives none. -->
  <xsl:function name="c:year" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="when" select="c:when($tei)"/>
    <xsl:sequence select="if (string-length($when) ge 4 and substring($when, 1, 4) castable as xs:integer) then substring($when, 1, 4) else ''"/>
  </xsl:function>
  <xsl:function name="c:month" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="month" select="substring(c:when($tei), 6, 2)"/>
    <xsl:sequence select="if ($month castable as xs:integer and xs:integer($month) = 1 to 12) then $month else ''"/>
  </xsl:function>
</xsl:stylesheet>
