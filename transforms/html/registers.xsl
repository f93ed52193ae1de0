<?xml version="1.0" encoding="UTF-8"?>
<!-- The register pages: every entry the cables point at, the forms the cables use for it, what is known (life
     dates, offices, coordinates), and every mention in its context (key words in context) linked back to its
     paragraph. Built from a teiCorpus, whose cables carry the entries in their standOff. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:c="urn:cables:functions" exclude-result-prefixes="#all">

  <!-- The old ids of entries whose id changed, by the id of the entry now (the build's register-redirects, turned round). -->
  <xsl:variable name="c:former-ids" as="map(xs:string, xs:string*)">
    <xsl:variable name="redirects" select="parse-json($register-redirects)" as="map(*)"/>
    <xsl:sequence select="map:merge(map:keys($redirects) ! map { string($redirects(.)): string(.) }, map { 'duplicates': 'combine' })"/>
  </xsl:variable>

  <xsl:variable name="register-titles" select="map { 'person': 'Persons', 'place': 'Places', 'org': 'Organisations' }"/>

  <!-- How many words of context a mention gets on each side (fewer when its sentence begins or ends sooner). -->
  <xsl:variable name="c:kwic-words" as="xs:integer" select="8"/>
  <!-- How many characters of its block's text are looked at on each side for them. -->
  <xsl:variable name="c:kwic-span" as="xs:integer" select="100"/>
  <!-- The longest paragraph whose text is made once and each mention's context cut from it (SaxonJS's substring()
       reads the string from its start, so a cut costs up to this length); a longer one is read around each mention. -->
  <xsl:variable name="c:kwic-cut" as="xs:integer" select="4000"/>

  <!-- One register page: $kind is person, place or org. -->
  <xsl:template name="register-page">
    <xsl:param name="corpus" as="element(tei:teiCorpus)"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="entries" select="c:register-entries($corpus, $kind)"/>
    <!-- Every mention of the page's kind in its context, cable by cable, in the corpus's order, made block by block
         (or note by note): each block's text is made once and each of its mentions cut from it, not made again for
         every mention. The entries below find theirs by a key. Nothing here asks for generate-id() or sorts nodes:
         SaxonJS counts a node's preceding siblings at every level for either, which grows with the corpus. -->
    <xsl:variable name="element" select="map { 'person': 'persName', 'place': 'placeName', 'org': 'orgName' }($kind)"/>
    <xsl:variable name="kwic" as="document-node()">
      <xsl:document>
        <xsl:for-each select="$corpus/tei:TEI">
          <c:cable stem="{c:stem(.)}" when="{c:when(.)}" title="{c:title(.)}">
            <xsl:for-each-group select="tei:teiHeader/tei:profileDesc/tei:abstract//*[@ref][local-name() = $element],
                tei:text//*[@ref or @who][local-name() = $element or ($kind = 'person' and self::tei:said)]"
              group-adjacent="c:kwic-key(.)" composite="yes">
              <xsl:variable name="context" select="c:kwic-context(.)"/>
              <!-- A paragraph of the text longer than $c:kwic-cut needs none: its mentions' context is read around each
                   (see c:kwic); any other context's text is made once for all its mentions, and each cut from it. -->
              <xsl:variable name="walk" select="c:text-paragraph($context) and $context ! accumulator-after('c:raw-length') gt $c:kwic-cut"/>
              <xsl:variable name="raw" select="if (current-group()[not(self::tei:said)] and not($walk)) then c:raw($context) else ''"/>
              <!-- The mentions of a group share their block: the key's first part is its id. -->
              <xsl:variable name="block" select="current-grouping-key()[1]"/>
              <xsl:variable name="anchor" select="encode-for-uri($block)"/>
              <xsl:variable name="label" select="c:block-label($block)"/>
              <xsl:for-each select="current-group()">
                <c:k ref="{c:id((@ref, @who)[1])}" anchor="{$anchor}" label="{$label}">
                  <xsl:choose>
                    <xsl:when test="self::tei:said"><xsl:call-template name="c:kwic-speech"/></xsl:when>
                    <xsl:otherwise><xsl:call-template name="c:kwic"><xsl:with-param name="context" select="$context"/><xsl:with-param name="raw" select="$raw"/><xsl:with-param name="walk" select="$walk"/></xsl:call-template></xsl:otherwise>
                  </xsl:choose>
                </c:k>
              </xsl:for-each>
            </xsl:for-each-group>
          </c:cable>
        </xsl:for-each>
      </xsl:document>
    </xsl:variable>
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="$register-titles($kind) || ' · ' || $edition-title"/>
      <xsl:with-param name="content">
        <h1><xsl:value-of select="$register-titles($kind)"/></h1>
        <p><xsl:value-of select="count($entries)"/> entries, each with the words the cables use for it and every passage that names it.</p>
        <xsl:for-each select="$entries">
          <xsl:variable name="id" select="string(@xml:id)"/>
          <xsl:variable name="names" select="key('c:mentions', $id)"/>
          <section class="entry" id="{$id}" aria-labelledby="{$id}-name">
            <h2 id="{$id}-name"><xsl:value-of select="c:entry-name(.)"/><xsl:if test="tei:birth or tei:death"><xsl:text> </xsl:text><span class="life"><xsl:value-of select="c:life-span(.)"/></span></xsl:if></h2>
            <dl class="meta">
              <!-- Only the forms the cables use, each with how often. -->
              <xsl:if test="exists($names)">
                <dt>Named in the cables</dt>
                <dd>
                  <xsl:variable name="forms" as="map(*)*">
                    <xsl:for-each-group select="$names" group-by="normalize-space(c:raw(.))">
                      <xsl:sequence select="map { 'form': current-grouping-key(), 'count': count(current-group()) }"/>
                    </xsl:for-each-group>
                  </xsl:variable>
                  <xsl:for-each select="$forms">
                    <xsl:sort select="?count" order="descending"/>
                    <xsl:sort select="lower-case(?form)"/>
                    <xsl:if test="position() gt 1">, </xsl:if>
                    <span class="form"><xsl:value-of select="?form"/></span>
                    <xsl:if test="?count gt 1"> (<xsl:value-of select="?count"/>)</xsl:if>
                  </xsl:for-each>
                </dd>
              </xsl:if>
              <xsl:for-each select="tei:birth | tei:death">
                <dt><xsl:value-of select="if (self::tei:birth) then 'Born' else 'Died'"/></dt>
                <dd><xsl:value-of select="string-join((c:readable-date(@when), normalize-space(.)[. != '']), ', ')"/></dd>
              </xsl:for-each>
              <xsl:for-each select="tei:occupation">
                <dt>Office</dt>
                <dd>
                  <xsl:if test="@from or @to">
                    <span class="span"><xsl:value-of select="if (@from) then c:readable-date(@from) else '…'"/> – <xsl:value-of select="if (@to) then c:readable-date(@to) else '…'"/></span>
                    <xsl:text>: </xsl:text>
                  </xsl:if>
                  <xsl:apply-templates mode="office"/>
                </dd>
              </xsl:for-each>
              <xsl:for-each select="tei:location/tei:geo">
                <dt>Coordinates</dt>
                <dd><xsl:value-of select="."/> (<a href="map.html#{$id}">on the map</a>)</dd>
              </xsl:for-each>
              <xsl:for-each select="tei:idno[@type = 'wikidata']">
                <dt>Wikidata</dt>
                <dd><a href="https://www.wikidata.org/wiki/{encode-for-uri(.)}"><xsl:value-of select="."/></a></dd>
              </xsl:for-each>
              <!-- Its stable identifier (a link when it is a web address), and those it was published under before, each
                   an anchor of the page, so that a link made with an old id still arrives here. -->
              <xsl:variable name="uri" select="c:uri($base-uri, $kind, $id)"/>
              <xsl:if test="exists($uri)">
                <dt>Stable identifier</dt>
                <dd><xsl:call-template name="c:uri-text"><xsl:with-param name="uri" select="$uri"/></xsl:call-template></dd>
              </xsl:if>
              <xsl:for-each select="sort($c:former-ids($id))">
                <dt>Published before as</dt>
                <dd id="{.}">
                  <xsl:value-of select="."/>
                  <xsl:if test="$base-uri != ''"> (<span class="uri"><xsl:value-of select="c:uri($base-uri, $kind, .)"/></span>)</xsl:if>
                </dd>
              </xsl:for-each>
              <xsl:for-each select="tei:note">
                <dt>About</dt>
                <dd><xsl:value-of select="normalize-space(.)"/></dd>
              </xsl:for-each>
            </dl>
            <h3>Mentions</h3>
            <ul class="mentions">
              <xsl:for-each-group select="key('c:kwic', $id, $kwic)" group-by="../@stem">
                <xsl:sort select="if (../@when = '') then 1 else 0"/>
                <xsl:sort select="string(../@when)"/>
                <xsl:sort select="string(../@stem)"/>
                <xsl:variable name="href" select="encode-for-uri(../@stem) || '.html'"/>
                <li>
                  <a href="{$href}"><xsl:value-of select="../@title"/></a>
                  <ul class="kwic">
                    <xsl:for-each select="current-group()">
                      <li>
                        <a href="{$href}#{@anchor}"><xsl:value-of select="@label"/></a>
                        <xsl:text> </xsl:text>
                        <xsl:copy-of select="node()" copy-namespaces="no"/>
                      </li>
                    </xsl:for-each>
                  </ul>
                </li>
              </xsl:for-each-group>
            </ul>
          </section>
        </xsl:for-each>
        <!-- Names no entry claims, typed by the build (@cert, @resp="#pipeline"), grouped by their words. -->
        <xsl:variable name="guessed" select="$corpus/tei:TEI/tei:text//*[local-name() = $element][@cert][not(@ref)]"/>
        <xsl:if test="exists($guessed)">
          <section class="unidentified" id="not-yet-identified" aria-labelledby="not-yet-identified-h">
            <h2 id="not-yet-identified-h">Not yet identified</h2>
            <p>Names no register entry claims yet, typed by the build from the words around them; an editor can add them to the registers.</p>
            <ul class="mentions">
              <xsl:for-each-group select="$guessed" group-by="normalize-space(.)">
                <xsl:sort select="lower-case(current-grouping-key())"/>
                <li>
                  <strong><xsl:value-of select="current-grouping-key()"/></strong>
                  <xsl:text> (</xsl:text><xsl:value-of select="distinct-values(current-group()/@cert)" separator=", "/><xsl:text> certainty): </xsl:text>
                  <xsl:for-each select="current-group()">
                    <xsl:variable name="tei" select="ancestor::tei:TEI[1]"/>
                    <xsl:if test="position() gt 1">, </xsl:if>
                    <a href="{encode-for-uri(c:stem($tei))}.html#{encode-for-uri(c:block-id(.))}"><xsl:value-of select="c:stem($tei)"/> (<xsl:value-of select="c:block-id(.)"/>)</a>
                  </xsl:for-each>
                </li>
              </xsl:for-each-group>
            </ul>
          </section>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A URI as the page shows it: a link (rel bookmark, the entry's permalink) when it is a web address, else its text. -->
  <xsl:template name="c:uri-text">
    <xsl:param name="uri" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="c:web-uri($uri)"><a class="uri" rel="bookmark" href="{$uri}"><xsl:value-of select="$uri"/></a></xsl:when>
      <xsl:otherwise><span class="uri"><xsl:value-of select="$uri"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The mentions of an entry in their words, by its id. -->
  <xsl:key name="c:kwic" match="c:k" use="@ref"/>

  <!-- The entries of one kind the corpus's cables point at, each once (its first copy), by name. -->
  <xsl:function name="c:register-entries" as="element()*">
    <xsl:param name="corpus" as="element(tei:teiCorpus)"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:for-each-group select="$corpus/tei:TEI/tei:standOff//*[local-name() = $kind][@xml:id]" group-by="@xml:id">
      <xsl:sort select="lower-case(normalize-space((current-group()[1]/(tei:persName[@type = 'reg'], tei:placeName, tei:orgName))[1]))"/>
      <xsl:sequence select="current-group()[1]"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- An office as the register words it, the titles by which the cables name its holder (roleName) marked. -->
  <xsl:template match="tei:roleName" mode="office"><em class="role"><xsl:value-of select="."/></em></xsl:template>
  <xsl:template match="text()" mode="office"><xsl:value-of select="replace(., '\s+', ' ')"/></xsl:template>

  <!-- A person's life dates beside the name, by the years: (1878–1953), (born 1914), (died 2003). -->
  <xsl:function name="c:life-span" as="xs:string">
    <xsl:param name="person" as="element()"/>
    <xsl:variable name="born" select="substring(normalize-space($person/tei:birth/@when), 1, 4)"/>
    <xsl:variable name="died" select="substring(normalize-space($person/tei:death/@when), 1, 4)"/>
    <xsl:sequence select="'(' || (if ($born and $died) then $born || '–' || $died else if ($born) then 'born ' || $born else 'died ' || $died) || ')'"/>
  </xsl:function>

  <!-- A register date (1945-04-12, 1945-04, 1945) as a reader writes it: 12 April 1945, April 1945, 1945. -->
  <xsl:function name="c:readable-date" as="xs:string">
    <xsl:param name="when" as="xs:string?"/>
    <xsl:variable name="w" select="normalize-space($when)"/>
    <xsl:sequence select="if ($w castable as xs:date) then format-date(xs:date($w), '[D] [MNn] [Y]', 'en', (), ())
      else if ($w castable as xs:gYearMonth) then format-date(xs:date($w || '-01'), '[MNn] [Y]', 'en', (), ())
      else $w"/>
  </xsl:function>

  <!-- A block id as the list of mentions shows it: ¶ 3, heading, footnote 2, summary. -->
  <xsl:function name="c:block-label" as="xs:string">
    <xsl:param name="block-id" as="xs:string"/>
    <xsl:sequence select="if (starts-with($block-id, 'p') and substring($block-id, 2) castable as xs:integer) then '¶ ' || substring($block-id, 2)
      else if (starts-with($block-id, 'fn')) then 'note ' || substring($block-id, 3)
      else (map { 'head': 'heading', 'abstract': 'summary' }($block-id), $block-id)[1]"/>
  </xsl:function>

  <!-- Where a mention's context is read: the note inside its block that holds it (a gloss, an editorial note,
       whose words its block's text leaves out), else its block (the element c:block-id names). -->
  <xsl:function name="c:kwic-context" as="element()">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="block" select="$node/ancestor-or-self::*[self::tei:p[ancestor::tei:text] or self::tei:note[@place = 'foot'] or self::tei:head or self::tei:opener or self::tei:closer or self::tei:abstract][1]"/>
    <xsl:variable name="note" select="$node/ancestor::tei:note[1]"/>
    <xsl:sequence select="if ($note and (empty($block) or $note >> $block)) then $note else if ($block) then $block else $node/ancestor::tei:TEI[1]"/>
  </xsl:function>

  <!-- Whether a context is a paragraph of the text (not one inside a note). -->
  <xsl:function name="c:text-paragraph" as="xs:boolean">
    <xsl:param name="context" as="element()"/>
    <xsl:sequence select="exists($context/self::tei:p[ancestor::tei:text][not(ancestor::tei:note)])"/>
  </xsl:function>

  <!-- The first $need characters of its block's text after a node (as c:raw gives them), read from its following
       siblings, then its parent's, up to the block; it stops as soon as it has them. -->
  <xsl:function name="c:text-after" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="block" as="element()"/>
    <xsl:param name="need" as="xs:integer"/>
    <xsl:variable name="here" as="xs:string">
      <xsl:iterate select="$node/following-sibling::node()">
        <xsl:param name="got" as="xs:string" select="''"/>
        <xsl:on-completion select="$got"/>
        <xsl:variable name="part" as="xs:string*"><xsl:apply-templates select="." mode="c:raw"/></xsl:variable>
        <xsl:variable name="more" select="$got || string-join($part)"/>
        <xsl:choose>
          <xsl:when test="string-length($more) ge $need"><xsl:break select="substring($more, 1, $need)"/></xsl:when>
          <xsl:otherwise><xsl:next-iteration><xsl:with-param name="got" select="$more"/></xsl:next-iteration></xsl:otherwise>
        </xsl:choose>
      </xsl:iterate>
    </xsl:variable>
    <xsl:variable name="parent" select="$node/parent::*"/>
    <xsl:sequence select="if (string-length($here) ge $need or empty($parent) or $parent is $block) then $here
      else $here || c:text-after($parent, $block, $need - string-length($here))"/>
  </xsl:function>

  <!-- The last $need characters of its block's text before a node (as c:raw gives them, all of it when shorter),
       read from its preceding siblings, one at a time backwards, then its parent's, up to the block; it stops as
       soon as it has them. -->
  <xsl:function name="c:text-before" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:param name="block" as="element()"/>
    <xsl:param name="need" as="xs:integer"/>
    <xsl:variable name="here" select="c:siblings-before($node/preceding-sibling::node()[1], '', $need)"/>
    <xsl:variable name="parent" select="$node/parent::*"/>
    <xsl:sequence select="if (string-length($here) ge $need or empty($parent) or $parent is $block) then $here
      else c:text-before($parent, $block, $need - string-length($here)) || $here"/>
  </xsl:function>

  <xsl:function name="c:siblings-before" as="xs:string">
    <xsl:param name="sibling" as="node()?"/>
    <xsl:param name="got" as="xs:string"/>
    <xsl:param name="need" as="xs:integer"/>
    <xsl:variable name="part" as="xs:string*"><xsl:apply-templates select="$sibling" mode="c:raw"/></xsl:variable>
    <xsl:variable name="more" select="string-join($part) || $got"/>
    <xsl:sequence select="if (empty($sibling)) then $got
      else if (string-length($more) ge $need) then substring($more, string-length($more) - $need + 1)
      else c:siblings-before($sibling/preceding-sibling::node()[1], $more, $need)"/>
  </xsl:function>

  <!-- What tells the context of a mention from that of the mention before it in its cable: its block's id, and
       for a note inside the block, where the note stands in it. -->
  <xsl:function name="c:kwic-key" as="xs:anyAtomicType+">
    <xsl:param name="node" as="element()"/>
    <xsl:variable name="context" select="c:kwic-context($node)"/>
    <xsl:variable name="block" select="$node/ancestor-or-self::*[self::tei:p[ancestor::tei:text] or self::tei:note[@place = 'foot'] or self::tei:head or self::tei:opener or self::tei:closer or self::tei:abstract][1]"/>
    <xsl:sequence select="c:block-id($node), (if ($block and not($context is $block)) then c:offset($block, $context) else -1)"/>
  </xsl:function>

  <!-- Whether a word ends a sentence: one ending in ! or ?, a full stop alone (after a name), or one ending in . when it begins in lower case or with a digit,
       or is a word of four letters or more with no other dot (a title such as Mr., Gen. or Capt., an initial or
       U.S. is not), closing quotes and brackets aside. String functions, not
       regular expressions: they are asked of every word of context, and SaxonJS compiles a pattern at each call. -->
  <xsl:function name="c:ends-sentence" as="xs:boolean">
    <xsl:param name="word" as="xs:string"/>
    <xsl:variable name="w" select="translate($word, '&quot;”’)]', '')"/>
    <xsl:variable name="last" select="substring($w, string-length($w))"/>
    <xsl:variable name="first" select="substring($w, 1, 1)"/>
    <xsl:sequence select="$last = ('!', '?') or translate($w, '.', '') = '' or ($last = '.' and string-length($w) ge 3 and (
      upper-case($first) ne $first or translate($first, '0123456789', '') = ''
      or (string-length($w) ge 5 and not(contains(substring($w, 1, string-length($w) - 1), '.')) and not($w = $c:titles))))"/>
  </xsl:function>

  <!-- Whether a word holds a sign that may end a sentence (the cheap test first: most words do not). -->
  <xsl:function name="c:may-end-sentence" as="xs:boolean">
    <xsl:param name="word" as="xs:string"/>
    <xsl:sequence select="contains($word, '.') or contains($word, '!') or contains($word, '?')"/>
  </xsl:function>

  <!-- Abbreviated titles before a name, which end no sentence (shorter ones are never taken for an end). -->
  <xsl:variable name="c:titles" as="xs:string+" select="('Capt.', 'Messrs.', 'Prof.', 'Cmdr.', 'Comdr.', 'Mme.', 'Mlle.', 'Gens.', 'Sens.', 'Hon.')"/>

  <!-- Whether a string begins or ends with white space. -->
  <xsl:function name="c:space-first" as="xs:boolean">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="$s != '' and normalize-space(substring($s, 1, 1)) = ''"/>
  </xsl:function>
  <xsl:function name="c:space-last" as="xs:boolean">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="$s != '' and normalize-space(substring($s, string-length($s))) = ''"/>
  </xsl:function>

  <!-- A mention in its context: up to $c:kwic-words words either side, within its sentence, the name marked; $raw
       is the text of its context (c:kwic-context), as c:raw gives it. -->
  <xsl:template name="c:kwic">
    <xsl:param name="context" as="element()"/>
    <xsl:param name="raw" as="xs:string"/>
    <xsl:param name="walk" as="xs:boolean"/>
    <xsl:variable name="words" select="c:raw(.)"/>
    <!-- In a paragraph of the text, what stands before the name is read from the nodes before it, and what
         follows from the nodes after it, each until there are enough: a paragraph of any length is never cut into at each of
         its mentions, and the text of a cable no name of the page's kind stands in is never read (SaxonJS's substring() costs the length of the whole string). Elsewhere (a head, an opener,
         a note, a summary: short) both are cut from the context's text. -->
    <xsl:variable name="paragraph" select="$walk"/>
    <xsl:variable name="tail" select="if ($paragraph) then c:text-before(., $context, $c:kwic-span + 1) else ''"/>
    <xsl:variable name="start" select="if ($paragraph) then string-length($tail) else c:offset($context, .)"/>
    <xsl:variable name="end" select="$start + string-length($words)"/>
    <!-- What stands before the name: whole words only (the first is dropped when the span cut it), from the
         sentence's start. -->
    <xsl:variable name="before-raw" select="if ($paragraph) then substring($tail, 1 + max((0, $start - $c:kwic-span))) else substring($raw, max(($start - $c:kwic-span, 0)) + 1, min(($start, $c:kwic-span)))"/>
    <xsl:variable name="before-words" select="tokenize($before-raw)"/>
    <xsl:variable name="before-all" select="if ($start gt $c:kwic-span and not(c:space-first($before-raw))) then tail($before-words) else $before-words"/>
    <xsl:variable name="n" select="count($before-all)"/>
    <!-- The last words and the one before them, and the last sentence end among them (looked for only when the
         span has a sign that may end one). -->
    <xsl:variable name="last" select="subsequence($before-all, $n - $c:kwic-words)"/>
    <xsl:variable name="sentence-start" select="if (c:may-end-sentence($before-raw)) then (for $i in reverse(1 to count($last)) return $i[c:may-end-sentence($last[$i]) and c:ends-sentence($last[$i])])[1] else ()"/>
    <xsl:variable name="before" select="if (exists($sentence-start)) then subsequence($last, $sentence-start + 1) else subsequence($last, count($last) - $c:kwic-words + 1)"/>
    <xsl:variable name="before-more" select="empty($sentence-start) and ($n gt $c:kwic-words or $start gt $c:kwic-span)"/>
    <!-- What follows it, to the sentence's end. -->
    <xsl:variable name="after-raw" select="if ($paragraph) then c:text-after(., $context, $c:kwic-span + 1) else substring($raw, $end + 1, $c:kwic-span + 1)"/>
    <xsl:variable name="after-words" select="tokenize($after-raw)"/>
    <xsl:variable name="after-cut" select="string-length($after-raw) gt $c:kwic-span"/>
    <xsl:variable name="after-all" select="if ($after-cut and not(c:space-last($after-raw))) then $after-words[position() lt last()] else $after-words"/>
    <xsl:variable name="first" select="subsequence($after-all, 1, $c:kwic-words)"/>
    <xsl:variable name="sentence-end" select="if (c:may-end-sentence($after-raw)) then (for $i in 1 to count($first) return $i[c:may-end-sentence($first[$i]) and c:ends-sentence($first[$i])])[1] else ()"/>
    <xsl:variable name="after" select="if (exists($sentence-end)) then subsequence($first, 1, $sentence-end) else $first"/>
    <xsl:variable name="after-more" select="empty($sentence-end) and (count($after-all) gt $c:kwic-words or $after-cut)"/>
    <span class="kwic-line">
      <xsl:if test="$before-more">… </xsl:if>
      <xsl:value-of select="$before" separator=" "/>
      <xsl:if test="exists($before) and c:space-last($before-raw)"><xsl:text> </xsl:text></xsl:if>
      <mark><xsl:value-of select="normalize-space($words)"/></mark>
      <xsl:if test="exists($after) and c:space-first($after-raw) and not(substring($after[1], 1, 1) = (',', '.', ';', ':', ')'))"><xsl:text> </xsl:text></xsl:if>
      <xsl:value-of select="$after" separator=" "/>
      <xsl:if test="$after-more"> …</xsl:if>
    </span>
  </xsl:template>

  <!-- A speech in the list of its speaker's mentions: whether direct or reported, and its first words. -->
  <xsl:template name="c:kwic-speech">
    <xsl:variable name="all" select="tokenize(c:plain(.))"/>
    <span class="kwic-line">
      <span class="kind"><xsl:value-of select="if (@direct = 'true') then 'speech' else 'reported speech'"/>: </span>
      <q><xsl:value-of select="subsequence($all, 1, 2 * $c:kwic-words)" separator=" "/><xsl:if test="count($all) gt 2 * $c:kwic-words"> …</xsl:if></q>
    </span>
  </xsl:template>
</xsl:stylesheet>
