package org.counterclaim.core.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns a saved news page into its article text and metadata. Page furniture (navigation, banners,
 * share buttons, footers, promotional lines) is left out; the headline comes first, then one
 * paragraph per {@code <p>}, {@code <li>}, {@code <h2>} or {@code <h3>} of the main content.
 * Thread-safe; never throws for malformed HTML or malformed JSON-LD.
 */
public final class HtmlCleaner {

  private static final String FURNITURE_TAGS =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, button, svg";

  private static final Pattern NOTICE =
      Pattern.compile("all rights reserved|©", Pattern.CASE_INSENSITIVE);

  private static final String CONTENT = "article, [itemprop=articleBody]";
  private static final String BLOCKS = "p, li, h2, h3";
  private static final Set<String> KEPT_TAGS = Set.of("html", "body", "main");

  private final ObjectMapper json = JsonMapper.builder().build();
  /**
   * Class or id words that mark page furniture ({@code clean/furniture-names.txt}). A word matches
   * where it starts a part of the name ("site-nav", "navbar", "mainNav"), so "unavailable" or
   * "canvas" do not count as "nav".
   */
  private final Pattern furnitureName;
  /** How promotional lines start ({@code clean/promotion-openings.txt}). */
  private final Pattern promotion;

  /**
   * A cleaner that knows page furniture and promotional lines by the words of {@code vocabulary};
   * it holds no state between pages.
   */
  public HtmlCleaner(Vocabulary vocabulary) {
    Objects.requireNonNull(vocabulary, "vocabulary");
    furnitureName = Pattern.compile("(?:^|[^A-Za-z]|(?<=[a-z])(?=[A-Z]))(?i:"
        + alternatives(vocabulary.list("clean/furniture-names.txt")) + ")");
    promotion = Pattern.compile("^(?:"
        + alternatives(vocabulary.list("clean/promotion-openings.txt")) + ")\\b",
        Pattern.CASE_INSENSITIVE);
  }

  private static String alternatives(List<String> phrases) {
    return String.join("|", phrases.stream().map(Pattern::quote).toList());
  }

  /**
   * The article text and metadata of {@code html}. {@code baseUri} resolves relative links (the
   * canonical URL); pass "" when unknown. The text is empty only when the page has no readable text
   * at all.
   */
  public CleanedPage clean(String html, String baseUri) {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(baseUri, "baseUri");
    Document doc = Jsoup.parse(html, baseUri);

    List<JsonNode> linkedData = linkedData(doc);
    String siteName = firstNonBlank(meta(doc, "og:site_name"), publisherName(linkedData));
    String title = headline(doc, siteName);
    String url = firstNonBlank(canonical(doc), meta(doc, "og:url"));
    LocalDate published = published(doc, linkedData);

    removeFurniture(doc);
    List<String> paragraphs = paragraphs(contentRoot(doc), title);

    StringBuilder text = new StringBuilder();
    if (title != null) {
      text.append(title);
    }
    for (String paragraph : paragraphs) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(paragraph);
    }
    return new CleanedPage(text.toString(), title, siteName, url, published);
  }

  // ---- metadata -------------------------------------------------------------------------------

  private static String meta(Document doc, String key) {
    Element el = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
    return el == null ? null : blankToNull(el.attr("content"));
  }

  private static String canonical(Document doc) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link == null) {
      return null;
    }
    return firstNonBlank(link.attr("abs:href"), link.attr("href"));
  }

  /** The headline: the article's h1, else a free-standing h1, else og:title, else the title. */
  private static String headline(Document doc, String siteName) {
    Element h1 = doc.selectFirst("article h1, [itemprop=articleBody] h1, main h1");
    if (h1 == null || text(h1).isEmpty()) {
      h1 = null;
      for (Element candidate : doc.select("h1")) {
        if (candidate.closest("header, nav, footer, aside") == null && !text(candidate).isEmpty()) {
          h1 = candidate;
          break;
        }
      }
    }
    if (h1 != null) {
      return text(h1);
    }
    String og = meta(doc, "og:title");
    if (og != null) {
      return og;
    }
    String title = blankToNull(doc.title());
    if (title != null && siteName != null) {
      for (String separator : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
        String suffix = separator + siteName;
        if (title.endsWith(suffix) && title.length() > suffix.length()) {
          return title.substring(0, title.length() - suffix.length()).strip();
        }
      }
    }
    return title;
  }

  private static LocalDate published(Document doc, List<JsonNode> linkedData) {
    Optional<LocalDate> date = PublicationDates.parseLenient(meta(doc, "article:published_time"));
    if (date.isPresent()) {
      return date.get();
    }
    for (JsonNode node : linkedData) {
      date = PublicationDates.parseLenient(node.path("datePublished").asText(null));
      if (date.isPresent()) {
        return date.get();
      }
    }
    Elements times = doc.select("article time[datetime]");
    times.addAll(doc.select("time[datetime]"));
    for (Element time : times) {
      date = PublicationDates.parseLenient(time.attr("datetime"));
      if (date.isPresent()) {
        return date.get();
      }
    }
    return null;
  }

  /**
   * Every JSON object of the page's JSON-LD blocks, flattened through arrays and {@code @graph}. A
   * block that is not valid JSON is left out: the page is still readable without it, and the
   * metadata it would have given is then simply unknown (null) in the result.
   */
  private List<JsonNode> linkedData(Document doc) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)^\\s*application/ld\\+json]")) {
      JsonNode root;
      try {
        root = json.readTree(script.data());
      } catch (JsonProcessingException malformed) {
        continue; // documented above: malformed JSON-LD contributes no metadata
      }
      flatten(root, nodes);
    }
    return nodes;
  }

  private static void flatten(JsonNode node, List<JsonNode> into) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(child -> flatten(child, into));
    } else if (node.isObject()) {
      into.add(node);
      flatten(node.get("@graph"), into);
    }
  }

  /** The name of the first publisher in the JSON-LD, following an {@code @id} reference. */
  private static String publisherName(List<JsonNode> nodes) {
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode node : nodes) {
      String id = node.path("@id").asText(null);
      if (id != null) {
        byId.putIfAbsent(id, node);
      }
    }
    for (JsonNode node : nodes) {
      JsonNode publisher = node.get("publisher");
      if (publisher != null && publisher.isArray()) {
        publisher = publisher.isEmpty() ? null : publisher.get(0);
      }
      if (publisher == null) {
        continue;
      }
      if (publisher.isTextual()) {
        String name = blankToNull(publisher.asText());
        if (name != null) {
          return name;
        }
        continue;
      }
      String name = blankToNull(publisher.path("name").asText(null));
      if (name == null && publisher.has("@id")) {
        JsonNode target = byId.get(publisher.get("@id").asText());
        name = target == null ? null : blankToNull(target.path("name").asText(null));
      }
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  // ---- content ----------------------------------------------------------------------------------

  /**
   * Removes furniture tags and elements named like furniture, but never an element that holds the
   * article or most of the page's paragraph text (an ASP.NET page wraps everything in a form; a
   * content div may be called "content-with-sidebar").
   */
  private void removeFurniture(Document doc) {
    Element body = doc.body();
    int pageText = paragraphText(body);
    List<Element> doomed = new ArrayList<>(body.select(FURNITURE_TAGS));
    for (Element el : body.getAllElements()) {
      if (furnitureName.matcher(el.className()).find() || furnitureName.matcher(el.id()).find()) {
        doomed.add(el);
      }
    }
    Map<Element, Boolean> seen = new IdentityHashMap<>();
    for (Element el : doomed) {
      if (seen.put(el, Boolean.TRUE) != null || KEPT_TAGS.contains(el.normalName())) {
        continue;
      }
      boolean holdsArticle = el.is(CONTENT) || !el.select(CONTENT).isEmpty();
      boolean holdsMostText = pageText > 0 && paragraphText(el) * 2 > pageText;
      if (!holdsArticle && !holdsMostText && el.parent() != null) {
        el.remove();
      }
    }
  }

  /** The article body, else the largest article, else the element holding the most p text. */
  private static Element contentRoot(Document doc) {
    Element best = largest(doc.select("[itemprop=articleBody]"));
    if (best == null) {
      best = largest(doc.select("article"));
    }
    if (best != null) {
      return best;
    }
    Map<Element, Integer> score = new IdentityHashMap<>();
    for (Element p : doc.body().select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, text(p).length(), Integer::sum);
      }
    }
    return score.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(doc.body());
  }

  private static Element largest(Elements candidates) {
    Element best = null;
    int bestText = -1;
    for (Element candidate : candidates) {
      int size = paragraphText(candidate);
      if (size > bestText) {
        best = candidate;
        bestText = size;
      }
    }
    return best;
  }

  private static int paragraphText(Element root) {
    int total = 0;
    for (Element p : root.select("p")) {
      total += p.text().length();
    }
    return total;
  }

  /** One string per outermost block of the root, without promotions, repeats or the headline. */
  private List<String> paragraphs(Element root, String title) {
    Elements blocks = root.select(BLOCKS);
    List<String> paragraphs = new ArrayList<>();
    if (blocks.isEmpty()) {
      addParagraph(paragraphs, text(root), title);
      return paragraphs;
    }
    Map<Element, Boolean> selected = new IdentityHashMap<>();
    blocks.forEach(b -> selected.put(b, Boolean.TRUE));
    for (Element block : blocks) {
      if (!insideAnother(block, root, selected)) {
        addParagraph(paragraphs, text(block), title);
      }
    }
    return paragraphs;
  }

  private static boolean insideAnother(
      Element block, Element root, Map<Element, Boolean> selected) {
    for (Element up = block.parent(); up != null && up != root; up = up.parent()) {
      if (selected.containsKey(up)) {
        return true;
      }
    }
    return false;
  }

  private void addParagraph(List<String> paragraphs, String paragraph, String title) {
    if (paragraph.isEmpty()
        || paragraph.equals(title)
        || promotion.matcher(paragraph).find()
        || NOTICE.matcher(paragraph).find()
        || (!paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).equals(paragraph))) {
      return;
    }
    paragraphs.add(paragraph);
  }

  // ---- strings ----------------------------------------------------------------------------------

  private static String text(Element el) {
    return el.text().replace('\u00a0', ' ').strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstNonBlank(String a, String b) {
    String first = blankToNull(a);
    return first != null ? first : blankToNull(b);
  }
}
