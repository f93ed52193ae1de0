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

  <!-- A party or place of the header: its register id (or null), the register's name for it (or, with no entry,
       the header's words) and its name as the cable words it. -->
  <xsl:function name="c:party" as="element()">
    <xsl:param name="name" as="element()"/>
    <xsl:param name="key" as="xs:string?"/>
    <map>
      <xsl:if test="exists($key)"><xsl:attribute name="key" select="$key"/></xsl:if>
      <xsl:sequence select="c:string-or-null('id', c:id($name/@ref))"/>
      <string key="name"><xsl:value-of select="c:party-name($name)"/></string>
      <string key="wording"><xsl:value-of select="normalize-space($name)"/></string>
    </map>
  </xsl:function>

  <!-- The provenance the build gives, by stem (parameter provenance). -->
  <xsl:variable name="c:provenance" as="map(*)" select="parse-json($provenance)"/>

  <!-- The notes of a text that are not footnotes, counted so far (their ids are note1, note2, …). -->
  <xsl:accumulator name="c:other-notes" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text" select="0"/>
    <xsl:accumulator-rule match="tei:text//tei:note[not(@place = 'foot')][not(parent::tei:opener or parent::tei:closer)]" select="$value + 1"/>
  </xsl:accumulator>

  <!-- The block of the JSON a node stands in: a paragraph, the head, a line of the opener or closer, or a note
       (every note is a block of its own: its words are in the notes, not in the text around it). -->
  <xsl:function name="c:json-block" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor-or-self::*[self::tei:p or self::tei:head or self::tei:note[not(parent::tei:opener or parent::tei:closer)] or ((parent::tei:opener or parent::tei:closer) and not(self::tei:pb))][ancestor::tei:text][1]"/>
  </xsl:function>

  <!-- A block's id: p1…, head, opener1…, closer1…, fn1… (footnotes, as on the HTML page), note1… (other notes). -->
  <xsl:function name="c:json-block-id" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="if ($block/self::tei:p[not(ancestor::tei:note)]) then c:para-id($block)
      else if ($block/self::tei:head) then 'head'
      else if ($block/parent::tei:opener or $block/parent::tei:closer) then local-name($block/..) || count($block/preceding-sibling::*[not(self::tei:pb)]) + 1
      else if ($block/self::tei:note[@place = 'foot']) then c:note-id($block)
      else if ($block/self::tei:note) then 'note' || $block ! accumulator-before('c:other-notes')
      else c:json-block-id($block/ancestor::tei:note[1])"/>
  </xsl:function>

  <!-- Where a node stands: its block's id, the start and end of its words in the block's text. -->
  <xsl:function name="c:place" as="element()*">
    <xsl:param name="node" as="element()"/>
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="length" as="xs:integer"/>
    <xsl:variable name="block" select="c:json-block($node/(if (self::tei:note or self::tei:pb) then .. else .))"/>
    <xsl:choose>
      <xsl:when test="$block">
        <xsl:variable name="start" select="c:offset($block, $node)"/>
        <string key="{$key}"><xsl:value-of select="c:json-block-id($block)"/></string>
        <number key="start"><xsl:value-of select="$start"/></number>
        <number key="end"><xsl:value-of select="$start + $length"/></number>
      </xsl:when>
      <xsl:otherwise>
        <null key="{$key}"/>
        <null key="start"/>
        <null key="end"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- What a cable's entry in the corpus and its own file share: who, when, where, from what source. -->
  <xsl:template match="tei:TEI" mode="json-meta">
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="sent" select="$h//tei:correspAction[@type = 'sent']"/>
    <xsl:variable name="frus" select="$h//tei:sourceDesc/tei:bibl[@type = 'frus']"/>
    <xsl:variable name="archive" select="$h//tei:sourceDesc/tei:bibl[@type = 'archive']"/>
    <xsl:variable name="stem" select="c:stem(.)"/>
    <string key="id"><xsl:value-of select="$stem"/></string>
    <xsl:sequence select="c:string-or-null('uri', $h/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URI'])"/>
    <string key="title"><xsl:value-of select="c:title(.)"/></string>
    <map key="files">
      <string key="json"><xsl:value-of select="encode-for-uri($stem)"/>.json</string>
      <string key="html">../html/<xsl:value-of select="encode-for-uri($stem)"/>.html</string>
      <string key="tei"><xsl:value-of select="$tei-dir || encode-for-uri($stem)"/>.xml</string>
    </map>
    <xsl:variable name="prov" select="$c:provenance($stem)"/>
    <xsl:choose>
      <xsl:when test="$prov instance of map(*)">
        <map key="provenance">
          <string key="source"><xsl:value-of select="$prov?source"/></string>
          <string key="sha256"><xsl:value-of select="$prov?sha256"/></string>
        </map>
      </xsl:when>
      <xsl:otherwise><null key="provenance"/></xsl:otherwise>
    </xsl:choose>
    <map key="source">
      <string key="type"><xsl:value-of select="if ($frus) then 'frus' else if ($archive) then 'archive' else 'plain'"/></string>
      <xsl:sequence select="c:string-or-null('title', ($frus/tei:title[@level = 'a'], $archive/tei:title)[1])"/>
      <xsl:sequence select="c:string-or-null('fileNumber', $frus/tei:idno[@type = 'state-decimal'])"/>
      <xsl:sequence select="c:string-or-null('archiveFile', $frus/tei:idno[@type = 'archive-file'])"/>
      <xsl:sequence select="c:string-or-null('archive', $archive/tei:publisher)"/>
      <xsl:sequence select="c:string-or-null('collection', ($h//tei:msIdentifier/tei:collection, $archive/tei:note[@type = 'collection'])[1])"/>
      <xsl:sequence select="c:string-or-null('repository', $h//tei:msIdentifier/tei:repository)"/>
      <xsl:sequence select="c:string-or-null('url', ($archive/tei:ref/@target, $frus/tei:ref/@target)[1])"/>
      <xsl:sequence select="c:string-or-null('citation', $h//tei:sourceDesc/tei:bibl[@type = 'citation'])"/>
      <array key="pages">
        <xsl:for-each select="c:pages(.)"><string><xsl:value-of select="."/></string></xsl:for-each>
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
    <!-- The other copies of its text in the edition (its fellow witnesses), and the name of their collation
         (dist/json/collations/<name>.json), as the header's relatedItem gives them. -->
    <array key="witnesses">
      <xsl:for-each select="$h//tei:relatedItem[@type = 'witness']//tei:idno[@type = 'cable']"><string><xsl:value-of select="normalize-space(.)"/></string></xsl:for-each>
    </array>
    <xsl:sequence select="c:string-or-null('collation', replace(string(($h//tei:relatedItem[@type = 'collation']/@target)[1]), '^(.*/)?([^/]+)\.xml$', '$2'))"/>
  </xsl:template>

  <!-- A line of the opener or closer: its id, its kind and its text. -->
  <xsl:template match="tei:opener/* | tei:closer/*" mode="json-line">
    <map>
      <string key="id"><xsl:value-of select="c:json-block-id(.)"/></string>
      <string key="type"><xsl:value-of select="if (self::tei:seg) then string(@type) else if (self::tei:note) then string((@type, 'note')[1]) else local-name()"/></string>
      <string key="text"><xsl:value-of select="c:raw(.)"/></string>
    </map>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="json">
    <xsl:variable name="names" select="tei:text//(tei:persName | tei:placeName | tei:orgName)"/>
    <map>
      <xsl:apply-templates select="." mode="json-meta"/>
      <xsl:variable name="head" select="(tei:text//tei:div/tei:head)[1]"/>
      <xsl:choose>
        <xsl:when test="normalize-space(string($head ! c:raw(.))) != ''"><string key="head"><xsl:value-of select="c:raw($head)"/></string></xsl:when>
        <xsl:otherwise><null key="head"/></xsl:otherwise>
      </xsl:choose>
      <array key="opener">
        <xsl:apply-templates select="tei:text//tei:opener/*[not(self::tei:pb)]" mode="json-line"/>
      </array>
      <array key="paragraphs">
        <xsl:for-each select="tei:text//tei:p[not(ancestor::tei:note)]">
          <map>
            <string key="id"><xsl:value-of select="c:para-id(.)"/></string>
            <string key="text"><xsl:value-of select="c:raw(.)"/></string>
          </map>
        </xsl:for-each>
      </array>
      <array key="closer">
        <xsl:apply-templates select="tei:text//tei:closer/*[not(self::tei:pb)]" mode="json-line"/>
      </array>
      <array key="mentions">
        <xsl:for-each select="$names[@ref]">
          <xsl:variable name="id" select="c:id(@ref)"/>
          <xsl:variable name="entry" select="c:entry(., $id)"/>
          <xsl:variable name="surface" select="c:raw(.)"/>
          <map>
            <string key="id"><xsl:value-of select="$id"/></string>
            <string key="type"><xsl:value-of select="if ($entry) then c:entry-kind($entry) else $c:element-kinds(local-name())"/></string>
            <xsl:sequence select="c:place(., 'paragraph', string-length($surface))"/>
            <string key="surface"><xsl:value-of select="$surface"/></string>
          </map>
        </xsl:for-each>
      </array>
      <array key="unidentified">
        <xsl:for-each select="$names[@cert][not(@ref)]">
          <xsl:variable name="surface" select="c:raw(.)"/>
          <map>
            <string key="type"><xsl:value-of select="$c:element-kinds(local-name())"/></string>
            <string key="cert"><xsl:value-of select="@cert"/></string>
            <xsl:sequence select="c:place(., 'paragraph', string-length($surface))"/>
            <string key="surface"><xsl:value-of select="$surface"/></string>
          </map>
        </xsl:for-each>
      </array>
      <array key="statements">
        <xsl:for-each select="tei:text//tei:said">
          <xsl:variable name="words" select="c:raw(.)"/>
          <map>
            <string key="speaker"><xsl:value-of select="c:id(@who)"/></string>
            <boolean key="direct"><xsl:value-of select="@direct = 'true'"/></boolean>
            <string key="words"><xsl:value-of select="$words"/></string>
            <xsl:sequence select="c:place(., 'paragraph', string-length($words))"/>
          </map>
        </xsl:for-each>
      </array>
      <array key="dates">
        <xsl:for-each select="tei:text//tei:date[@when]">
          <xsl:variable name="text" select="c:raw(.)"/>
          <map>
            <string key="when"><xsl:value-of select="@when"/></string>
            <xsl:sequence select="c:string-or-null('cert', @cert)"/>
            <string key="text"><xsl:value-of select="$text"/></string>
            <xsl:sequence select="c:place(., 'block', string-length($text))"/>
          </map>
        </xsl:for-each>
      </array>
      <array key="notes">
        <xsl:for-each select="tei:text//tei:note[not(parent::tei:opener or parent::tei:closer)]">
          <map>
            <string key="id"><xsl:value-of select="c:json-block-id(.)"/></string>
            <string key="type"><xsl:value-of select="if (@place = 'foot') then 'foot' else string((@type, 'note')[1])"/></string>
            <xsl:sequence select="c:string-or-null('n', @n)"/>
            <string key="text"><xsl:value-of select="c:raw(.)"/></string>
            <xsl:sequence select="c:place(., 'paragraph', 0)"/>
          </map>
        </xsl:for-each>
      </array>
      <array key="pageBreaks">
        <xsl:for-each select="tei:text//tei:pb">
          <!-- A page that begins between blocks begins with the next block, at its start; null when none follows. -->
          <xsl:variable name="after" select="following-sibling::*[not(self::tei:pb)][1]"/>
          <xsl:variable name="next" select="if ($after/(self::tei:opener | self::tei:closer)) then $after/*[not(self::tei:pb)][1] else $after"/>
          <map>
            <string key="n"><xsl:value-of select="@n"/></string>
            <xsl:choose>
              <xsl:when test="empty(c:json-block(..)) and exists($next) and c:json-block($next) is $next">
                <string key="paragraph"><xsl:value-of select="c:json-block-id($next)"/></string>
                <number key="start">0</number>
                <number key="end">0</number>
              </xsl:when>
              <xsl:otherwise><xsl:sequence select="c:place(., 'paragraph', 0)"/></xsl:otherwise>
            </xsl:choose>
          </map>
        </xsl:for-each>
      </array>
    </map>
  </xsl:template>
</xsl:stylesheet>
