<?xml version="1.0" encoding="UTF-8"?>
<!-- The map page (map.html): the places of the registers that the cables point at, each a marker sized by its
     number of mentions and linked to its entry on places.html, on a base map of the land drawn at build time
     ($basemap, see src/build/basemap.ts); beside it a table of the places with their coordinates and mentions,
     and a list of those without coordinates (regions, countries, seas). No tiles, no script, no network.
     The projection is equirectangular, as the base map's: x = (lon + 180) × $map-scale, y = (90 − lat) ×
     $map-scale; the view is cropped to the places, with a margin. Positions are rounded to one decimal. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:math="http://www.w3.org/2005/xpath-functions/math"
  xmlns:c="urn:cables:functions" exclude-result-prefixes="#all">

  <!-- How many places are named beside their marker (the most mentioned). -->
  <xsl:variable name="c:map-labels" as="xs:integer" select="8"/>

  <xsl:template name="map-page">
    <xsl:param name="corpus" as="element(tei:teiCorpus)"/>
    <!-- Each place once: its entry, name, mentions, cables and (when its geo reads as "lat lon") coordinates. -->
    <xsl:variable name="places" as="map(*)*">
      <xsl:for-each select="c:register-entries($corpus, 'place')">
        <xsl:variable name="id" select="string(@xml:id)"/>
        <xsl:variable name="mentions" select="key('c:mentions', $id)"/>
        <xsl:variable name="geo" select="tokenize(normalize-space(tei:location/tei:geo[1]))"/>
        <xsl:variable name="lat" select="if (count($geo) = 2 and $geo[1] castable as xs:decimal) then xs:decimal($geo[1]) else ()"/>
        <xsl:variable name="lon" select="if (count($geo) = 2 and $geo[2] castable as xs:decimal) then xs:decimal($geo[2]) else ()"/>
        <xsl:sequence select="map {
          'id': $id, 'name': c:entry-name(.), 'mentions': count($mentions),
          'cables': count(distinct-values($mentions ! c:stem(ancestor::tei:TEI[1]))),
          'geo': if (exists($lat) and exists($lon) and abs($lat) le 90 and abs($lon) le 180) then [$lat, $lon] else ()
        }"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="located" select="$places[exists(?geo)]"/>
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="'Map · ' || $edition-title"/>
      <xsl:with-param name="content">
        <h1>Map</h1>
        <p>
          <xsl:value-of select="count($places)"/> places named in the cables; <xsl:value-of select="count($located)"/> with coordinates
          are on the map, each marker sized by its mentions and linked to its entry on the <a href="places.html">register of places</a>.
        </p>
        <xsl:if test="exists($located)">
          <xsl:call-template name="map-svg"><xsl:with-param name="located" select="$located"/></xsl:call-template>
          <section aria-labelledby="located-h">
            <h2 id="located-h">Places on the map</h2>
            <table class="places">
              <thead>
                <tr><th scope="col">Place</th><th scope="col">Latitude, longitude</th><th scope="col">Mentions</th></tr>
              </thead>
              <tbody>
                <xsl:for-each select="$located">
                  <xsl:sort select="?mentions" order="descending"/>
                  <xsl:sort select="lower-case(?name)"/>
                  <tr id="{?id}">
                    <th scope="row"><a href="places.html#{encode-for-uri(?id)}"><xsl:value-of select="?name"/></a></th>
                    <td><xsl:value-of select="c:degrees(?geo(1), 'N', 'S') || ', ' || c:degrees(?geo(2), 'E', 'W')"/></td>
                    <td><xsl:value-of select="c:mention-count(.)"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </section>
        </xsl:if>
        <xsl:variable name="unlocated" select="$places[empty(?geo)]"/>
        <xsl:if test="exists($unlocated)">
          <section aria-labelledby="unlocated-h">
            <h2 id="unlocated-h">Places without coordinates</h2>
            <p>Countries, regions, seas and rivers have no single point; they are not on the map.</p>
            <ul class="unlocated">
              <xsl:for-each select="$unlocated">
                <xsl:sort select="lower-case(?name)"/>
                <li id="{?id}"><a href="places.html#{encode-for-uri(?id)}"><xsl:value-of select="?name"/></a> (<xsl:value-of select="c:mention-count(.)"/>)</li>
              </xsl:for-each>
            </ul>
          </section>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The map: the sea, the land of $basemap, a graticule every 10 degrees, and a marker for each place. -->
  <xsl:template name="map-svg">
    <xsl:param name="located" as="map(*)+"/>
    <xsl:variable name="k" select="$map-scale"/>
    <xsl:variable name="xs" select="$located ! c:map-x(?geo(2))"/>
    <xsl:variable name="ys" select="$located ! c:map-y(?geo(1))"/>
    <!-- The view: the places' extent with a margin of 5 degrees, at least 40 degrees wide and half as high as wide
         (a phone's screen then shows it large enough), inside the world. -->
    <xsl:variable name="margin" select="5 * $k"/>
    <xsl:variable name="w" select="min((max((max($xs) - min($xs) + 2 * $margin, 40 * $k)), 360 * $k))"/>
    <xsl:variable name="h" select="min((max((max($ys) - min($ys) + 2 * $margin, 20 * $k, $w div 2)), 180 * $k))"/>
    <xsl:variable name="x0" select="max((0, min(((max($xs) + min($xs) - $w) div 2, 360 * $k - $w))))"/>
    <xsl:variable name="y0" select="max((0, min(((max($ys) + min($ys) - $h) div 2, 180 * $k - $h))))"/>
    <!-- One unit of the markers: a three-hundredth of the view's width, so that they look the same at any crop. -->
    <xsl:variable name="u" select="$w div 300"/>
    <xsl:variable name="most" select="max($located ! ?mentions)"/>
    <figure class="map">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="{c:dec($x0)} {c:dec($y0)} {c:dec($w)} {c:dec($h)}" role="group" aria-labelledby="map-title">
        <title id="map-title">Map of the <xsl:value-of select="count($located)"/> places with coordinates; each marker links to its entry</title>
        <g aria-hidden="true">
          <rect class="sea" x="{c:dec($x0)}" y="{c:dec($y0)}" width="{c:dec($w)}" height="{c:dec($h)}"/>
          <xsl:if test="$basemap != ''"><path class="land" d="{$basemap}"/></xsl:if>
          <path class="graticule" d="{string-join((
            (for $lon in -18 to 18 return $lon * 10)[c:map-x(.) ge $x0 and c:map-x(.) le $x0 + $w] ! ('M' || c:dec(c:map-x(.)) || ',' || c:dec($y0) || 'V' || c:dec($y0 + $h)),
            (for $lat in -9 to 9 return $lat * 10)[c:map-y(.) ge $y0 and c:map-y(.) le $y0 + $h] ! ('M' || c:dec($x0) || ',' || c:dec(c:map-y(.)) || 'H' || c:dec($x0 + $w))), '')}"/>
        </g>
        <!-- The most mentioned first, so that a small marker is never hidden under a large one. -->
        <xsl:variable name="order" as="map(*)*">
          <xsl:perform-sort select="$located">
            <xsl:sort select="?mentions" order="descending"/>
            <xsl:sort select="?id"/>
          </xsl:perform-sort>
        </xsl:variable>
        <xsl:for-each select="$order">
          <xsl:variable name="label" select="?name || ': ' || c:mention-count(.)"/>
          <xsl:variable name="r" select="$u * (2 + 8 * math:sqrt(?mentions div max(($most, 1))))"/>
          <a href="places.html#{encode-for-uri(?id)}" aria-label="{$label}">
            <title><xsl:value-of select="$label"/></title>
            <circle class="place" data-place="{?id}" cx="{c:dec(c:map-x(?geo(2)))}" cy="{c:dec(c:map-y(?geo(1)))}" r="{c:dec($r)}"/>
          </a>
        </xsl:for-each>
        <g class="labels" aria-hidden="true" font-size="{c:dec(5 * $u)}">
          <!-- The most mentioned, each unless it would stand on one already named (about a label's size apart). -->
          <xsl:iterate select="$order[?mentions gt 0]">
            <xsl:param name="named" as="map(*)*" select="()"/>
            <xsl:variable name="x" select="c:map-x(?geo(2))"/>
            <xsl:variable name="y" select="c:map-y(?geo(1))"/>
            <xsl:variable name="free" select="every $n in $named satisfies (abs(c:map-x($n?geo(2)) - $x) gt 40 * $u or abs(c:map-y($n?geo(1)) - $y) gt 8 * $u)"/>
            <xsl:choose>
              <xsl:when test="count($named) = $c:map-labels"><xsl:break/></xsl:when>
              <xsl:otherwise>
                <xsl:if test="$free">
                  <xsl:variable name="r" select="$u * (2 + 8 * math:sqrt(?mentions div max(($most, 1))))"/>
                  <!-- Right of the marker, or left of it when the name would run off the map (a letter is about 3 units). -->
                  <xsl:choose>
                    <xsl:when test="$x + $r + $u * (1 + 3 * string-length(?name)) gt $x0 + $w">
                      <text x="{c:dec($x - $r - $u)}" y="{c:dec($y + 1.5 * $u)}" text-anchor="end"><xsl:value-of select="?name"/></text>
                    </xsl:when>
                    <xsl:otherwise>
                      <text x="{c:dec($x + $r + $u)}" y="{c:dec($y + 1.5 * $u)}"><xsl:value-of select="?name"/></text>
                    </xsl:otherwise>
                  </xsl:choose>
                </xsl:if>
                <xsl:next-iteration>
                  <xsl:with-param name="named" select="if ($free) then ($named, .) else $named"/>
                </xsl:next-iteration>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:iterate>
        </g>
      </svg>
      <figcaption>
        Equirectangular projection, <xsl:value-of select="c:degrees(90 - ($y0 + $h) div $k, 'N', 'S')"/> to <xsl:value-of select="c:degrees(90 - $y0 div $k, 'N', 'S')"/>,
        <xsl:value-of select="c:degrees($x0 div $k - 180, 'E', 'W')"/> to <xsl:value-of select="c:degrees(($x0 + $w) div $k - 180, 'E', 'W')"/>.
        Coastlines: Natural Earth (public domain), without borders, which have changed since 1945. The table below gives the same places.
      </figcaption>
    </figure>
  </xsl:template>

  <!-- A place's position on the map. -->
  <xsl:function name="c:map-x" as="xs:decimal">
    <xsl:param name="lon" as="xs:decimal"/>
    <xsl:sequence select="round(($lon + 180) * $map-scale, 1)"/>
  </xsl:function>
  <xsl:function name="c:map-y" as="xs:decimal">
    <xsl:param name="lat" as="xs:decimal"/>
    <xsl:sequence select="round((90 - $lat) * $map-scale, 1)"/>
  </xsl:function>

  <!-- A number as the SVG has it: one decimal at most, never an exponent. -->
  <xsl:function name="c:dec" as="xs:string">
    <xsl:param name="n" as="xs:anyAtomicType"/>
    <xsl:sequence select="string(round(xs:decimal($n), 1))"/>
  </xsl:function>

  <!-- A latitude or longitude as a reader writes it: 55.76° N. -->
  <xsl:function name="c:degrees" as="xs:string">
    <xsl:param name="value" as="xs:anyAtomicType"/>
    <xsl:param name="positive" as="xs:string"/>
    <xsl:param name="negative" as="xs:string"/>
    <xsl:variable name="v" select="round(xs:decimal($value), 2)"/>
    <xsl:sequence select="string(abs($v)) || '° ' || (if ($v lt 0) then $negative else $positive)"/>
  </xsl:function>

  <!-- "12 mentions in 3 cables". -->
  <xsl:function name="c:mention-count" as="xs:string">
    <xsl:param name="place" as="map(*)"/>
    <xsl:sequence select="$place?mentions || (if ($place?mentions = 1) then ' mention' else ' mentions')
      || (if ($place?cables gt 0) then ' in ' || $place?cables || (if ($place?cables = 1) then ' cable' else ' cables') else '')"/>
  </xsl:function>
</xsl:stylesheet>
