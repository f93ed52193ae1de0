<?xml version="1.0" encoding="UTF-8"?>
<!-- A cable as JSON, built in the W3C XML representation of JSON (fn:xml-to-json), so key order is fixed. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:cables:functions" xmlns="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">

  <!-- A string member, or null when the value is empty. -->
  <xsl:function name="c:string-or-null" as="element()">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="value" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="normalize-space($value) != ''"><string key="{$key}"><xsl:value-of select="normalize-space($value)"/></string></xsl:when>
      <xsl:otherwise><null key="{$key}"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- A party or place of the header: its register id (or null) and its name as the header gives it. -->
  <xsl:function name="c:party" as="element()">
    <xsl:param name="name" as="element()"/>
    <xsl:param name="key" as="xs:string?"/>
    <map>
      <xsl:if test="exists($key)"><xsl:attribute name="key" select="$key"/></xsl:if>
      <xsl:sequence select="c:string-or-null('id', c:id($name/@ref))"/>
      <string key="name"><xsl:value-of select="normalize-space($name)"/></string>
    </map>
  </xsl:function>

  <!-- What a cable's entry in the corpus and its own file share: who, when, where, from what source. -->
  <xsl:template match="tei:TEI" mode="json-meta">
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="sent" select="$h//tei:correspAction[@type = 'sent']"/>
    <xsl:variable name="frus" select="$h//tei:sourceDesc/tei:bibl[@type = 'frus']"/>
    <xsl:variable name="archive" select="$h//tei:sourceDesc/tei:bibl[@type = 'archive']"/>
    <string key="id"><xsl:value-of select="c:stem(.)"/></string>
    <xsl:sequence select="c:string-or-null('uri', $h/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URI'])"/>
    <string key="title"><xsl:value-of select="c:title(.)"/></string>
    <map key="source">
      <string key="type"><xsl:value-of select="if ($frus) then 'frus' else if ($archive) then 'archive' else 'plain'"/></string>
      <xsl:sequence select="c:string-or-null('title', ($frus/tei:title[@level = 'a'], $archive/tei:title)[1])"/>
      <xsl:sequence select="c:string-or-null('fileNumber', $frus/tei:idno[@type = 'state-decimal'])"/>
      <xsl:sequence select="c:string-or-null('archiveFile', $frus/tei:idno[@type = 'archive-file'])"/>
      <xsl:sequence select="c:string-or-null('archive', $archive/tei:publisher)"/>
      <xsl:sequence select="c:string-or-null('collection', ($h//tei:msIdentifier/tei:collection, $archive/tei:note[@type = 'collection'])[1])"/>
      <xsl:sequence select="c:string-or-null('repository', $h//tei:msIdentifier/tei:repository)"/>
      <xsl:sequence select="c:string-or-null('url', $archive/tei:ref/@target)"/>
      <xsl:sequence select="c:string-or-null('citation', $h//tei:sourceDesc/tei:bibl[@type = 'citation'])"/>
      <array key="pages">
        <xsl:for-each select="tei:text//tei:pb"><string><xsl:value-of select="@n"/></string></xsl:for-each>
      </array>
    </map>
    <xsl:choose>
      <xsl:when test="$sent/tei:date/@when">
        <map key="date">
          <string key="when"><xsl:value-of select="$sent/tei:date/@when"/></string>
          <xsl:sequence select="c:string-or-null('source', $sent/tei:note[@type = 'date-source']/@subtype)"/>
          <xsl:sequence select="c:string-or-null('note', $sent/tei:note[@type = 'date-source'])"/>
        </map>
      </xsl:when>
      <xsl:otherwise><null key="date"/></xsl:otherwise>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="$sent/tei:placeName"><xsl:sequence select="c:party($sent/tei:placeName[1], 'place')"/></xsl:when>
      <xsl:otherwise><null key="place"/></xsl:otherwise>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="$sent/tei:persName"><xsl:sequence select="c:party($sent/tei:persName[1], 'sender')"/></xsl:when>
      <xsl:otherwise><null key="sender"/></xsl:otherwise>
    </xsl:choose>
    <array key="addressees">
      <xsl:for-each select="$h//tei:correspAction[@type = 'received']/tei:persName"><xsl:sequence select="c:party(., ())"/></xsl:for-each>
    </array>
    <xsl:sequence select="c:string-or-null('classification', (tei:text//tei:opener/tei:seg[@type = 'classification'])[1])"/>
    <xsl:sequence select="c:string-or-null('abstract', $h/tei:profileDesc/tei:abstract)"/>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="json">
    <map>
      <xsl:apply-templates select="." mode="json-meta"/>
      <xsl:sequence select="c:string-or-null('head', c:plain(tei:text//tei:div/tei:head[1]))"/>
      <array key="paragraphs">
        <xsl:for-each select="tei:text//tei:p">
          <map>
            <string key="id"><xsl:value-of select="c:para-id(.)"/></string>
            <string key="text"><xsl:value-of select="c:raw(.)"/></string>
          </map>
        </xsl:for-each>
      </array>
      <array key="mentions">
        <xsl:for-each select="tei:text//tei:p//(tei:persName | tei:placeName | tei:orgName)[@ref]">
          <xsl:variable name="p" select="ancestor::tei:p[1]"/>
          <xsl:variable name="start" select="c:offset($p, .)"/>
          <xsl:variable name="id" select="c:id(@ref)"/>
          <xsl:variable name="entry" select="c:entry(., $id)"/>
          <xsl:variable name="surface" select="c:raw(.)"/>
          <map>
            <string key="id"><xsl:value-of select="$id"/></string>
            <string key="type"><xsl:value-of select="if ($entry) then c:entry-kind($entry) else $c:element-kinds(local-name())"/></string>
            <string key="paragraph"><xsl:value-of select="c:para-id($p)"/></string>
            <number key="start"><xsl:value-of select="$start"/></number>
            <number key="end"><xsl:value-of select="$start + string-length($surface)"/></number>
            <string key="surface"><xsl:value-of select="$surface"/></string>
          </map>
        </xsl:for-each>
      </array>
      <array key="unidentified">
        <xsl:for-each select="tei:text//tei:p//(tei:persName | tei:placeName | tei:orgName)[@cert][not(@ref)]">
          <xsl:variable name="p" select="ancestor::tei:p[1]"/>
          <xsl:variable name="start" select="c:offset($p, .)"/>
          <xsl:variable name="surface" select="c:raw(.)"/>
          <map>
            <string key="type"><xsl:value-of select="$c:element-kinds(local-name())"/></string>
            <string key="cert"><xsl:value-of select="@cert"/></string>
            <string key="paragraph"><xsl:value-of select="c:para-id($p)"/></string>
            <number key="start"><xsl:value-of select="$start"/></number>
            <number key="end"><xsl:value-of select="$start + string-length($surface)"/></number>
            <string key="surface"><xsl:value-of select="$surface"/></string>
          </map>
        </xsl:for-each>
      </array>
      <array key="statements">
        <xsl:for-each select="tei:text//tei:p//tei:said">
          <xsl:variable name="p" select="ancestor::tei:p[1]"/>
          <xsl:variable name="start" select="c:offset($p, .)"/>
          <xsl:variable name="words" select="c:raw(.)"/>
          <map>
            <string key="speaker"><xsl:value-of select="c:id(@who)"/></string>
            <boolean key="direct"><xsl:value-of select="@direct = 'true'"/></boolean>
            <string key="words"><xsl:value-of select="$words"/></string>
            <string key="paragraph"><xsl:value-of select="c:para-id($p)"/></string>
            <number key="start"><xsl:value-of select="$start"/></number>
            <number key="end"><xsl:value-of select="$start + string-length($words)"/></number>
          </map>
        </xsl:for-each>
      </array>
      <array key="dates">
        <xsl:for-each select="tei:text//tei:date[@when]">
          <map>
            <string key="when"><xsl:value-of select="@when"/></string>
            <xsl:sequence select="c:string-or-null('cert', @cert)"/>
            <string key="text"><xsl:value-of select="normalize-space(c:raw(.))"/></string>
            <string key="block"><xsl:value-of select="c:block-id(.)"/></string>
          </map>
        </xsl:for-each>
      </array>
      <array key="notes">
        <xsl:for-each select="tei:text//tei:note[@place = 'foot']">
          <map>
            <string key="n"><xsl:value-of select="@n"/></string>
            <string key="id"><xsl:value-of select="c:note-id(.)"/></string>
            <string key="text"><xsl:value-of select="c:plain(node())"/></string>
          </map>
        </xsl:for-each>
      </array>
      <array key="pageBreaks">
        <xsl:for-each select="tei:text//tei:pb">
          <map>
            <string key="n"><xsl:value-of select="@n"/></string>
            <xsl:sequence select="c:string-or-null('paragraph', ancestor::tei:p[1] ! c:para-id(.))"/>
          </map>
        </xsl:for-each>
      </array>
    </map>
  </xsl:template>
</xsl:stylesheet>
